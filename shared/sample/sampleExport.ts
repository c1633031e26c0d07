// Runtime: any. The app's built-in "try it with sample data": a believable active member's
// Complete 2026 export, the same every time.

import type { ExportInput, InputSource } from '../archive/types';
import { generateExport } from './generateExport';
import type { GeneratedExport } from './types';
import { zipExport } from './zipExport';

export const SAMPLE_SEED = 424_242;

export function sampleExport(): GeneratedExport {
  return generateExport({ era: 2026, seed: SAMPLE_SEED, archive: 'complete', size: 'sample' });
}

/** The sample as an input to scan: stored, not deflated (the same records, zipped in ~15 ms instead of ~240 ms). */
export async function sampleInput(): Promise<ExportInput> {
  const sample = sampleExport();
  return { kind: 'zip', name: sample.name, bytes: await zipExport(sample, { store: true }) };
}

/** The sample as every host offers it ("try it with sample data", the command line with no path). */
export function sampleSource(): InputSource {
  return { name: sampleExport().name, load: sampleInput, invented: true };
}
