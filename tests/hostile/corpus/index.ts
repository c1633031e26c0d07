// Runtime: any. The hostile and damaged inputs corpus: built from the invented-export generator,
// for the reliability tests and for any view or report test that wants to reuse the same cases.

export { HOSTILE_SEED, baseExport } from './baseExport';
export { deflateRaw, zeroBombDeflate } from './deflate';
export { crc32, storedEntry, writeZip, zipSegments, FLAG_ENCRYPTED, METHOD_BZIP2, METHOD_DEFLATE, METHOD_STORE, type RawZipEntry, type ZipLayout, type ZipSegment } from './zipWriter';
export {
  emptyFileInput,
  emptyZipInput,
  encryptedZipInput,
  holidayPhotoFiles,
  holidayPhotosZipInput,
  nestedZipInput,
  pdfInput,
  pngInput,
  textFileInput,
  truncatedZipInput,
  type HostileInput,
} from './unreadableInputs';
export {
  changedColumnsCase,
  claimedHugeSizeCase,
  cutEntryCase,
  emptyEntryCase,
  headerOnlyCase,
  invalidUtf8Case,
  longLineCase,
  manyTinyEntriesCase,
  nulBytesCase,
  unterminatedQuoteCase,
  zipBombCase,
  type DamagedExportCase,
  type ManyEntriesCase,
} from './damagedFiles';
export { ESCAPE_CANARY, hostileNamesCase, type HostileNamesCase } from './entryNames';
export { HOSTILE_COLUMNS, HOSTILE_FILE_NAMES, HOSTILE_TEXTS, hostileTextExport } from './hostileText';
export {
  badCrcCase,
  bzip2EntryCase,
  directoryPastEndCase,
  encryptedEntryCase,
  entryCountLieCase,
  manyCompressibleFilesCase,
  overlappingEntriesCase,
  selfExtractingCase,
  sizePastEndCase,
  sparseLargeZipCase,
  storedWrongSizeCase,
  zip64HangCase,
  type DamagedEntry,
  type SparseZipCase,
  type StructureCase,
} from './structureCases';
