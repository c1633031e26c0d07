// Runtime: any. The generator of invented LinkedIn exports: for tests, and the app's sample.

export type {
  ArchiveKind,
  Era,
  ExpectedContent,
  ExpectedFile,
  ExportSize,
  GeneratedExport,
  GeneratedFile,
  GenerateOptions,
} from './types';
export { DEFAULT_SEED, generateExport } from './generateExport';
export { zipExport, type ZipExportOptions } from './zipExport';
export { SAMPLE_SEED, sampleExport, sampleInput, sampleSource } from './sampleExport';
export { csvText, writeCsv, backslashQuoted, unquoted, type CsvWriteOptions, type CsvCell } from './csvWriter';
export { encodeUtf16LeWithBom } from './utf16';
