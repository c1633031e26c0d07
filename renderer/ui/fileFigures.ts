// Figures of the files with a given catalog id (an export may hold several, e.g. split files).

import type { Analysis } from '../../shared/analysis/buildAnalysis';
import { emptyExposure, sumExposure, type ExposureCounts } from '../../shared/analysis/exposure';
import type { ExportScan } from '../../shared/scan/scanTypes';

export interface FileFigures {
  readonly files: number;
  readonly rows: number;
  readonly words: number;
  readonly exposure: ExposureCounts;
}

export function figuresOf(scan: ExportScan, analysis: Analysis, catalogIds: readonly string[]): FileFigures {
  const exposure = emptyExposure();
  let files = 0;
  let rows = 0;
  let words = 0;
  scan.files.forEach((file, index) => {
    if (file.catalogId === null || !catalogIds.includes(file.catalogId)) return;
    files++;
    rows += file.rows;
    words += file.ownText.words;
    const analysed = analysis.files[index];
    if (analysed) sumExposure(exposure, analysed.exposure);
  });
  return { files, rows, words, exposure };
}
