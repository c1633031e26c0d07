// Runtime: any. The app's built-in "try it with sample data": a believable active member's
// Complete 2026 export, the same every time.

import { generateExport } from './generateExport';
import type { GeneratedExport } from './types';

export const SAMPLE_SEED = 424_242;

export function sampleExport(): GeneratedExport {
  return generateExport({ era: 2026, seed: SAMPLE_SEED, archive: 'complete', size: 'sample' });
}
