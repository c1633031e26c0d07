// The headline's figures from the analysis: the same ones every report uses.

import type { Analysis } from '../../shared/analysis/buildAnalysis';
import type { HeadlineFigures } from '../../shared/report/wording';

export function headlineFigures(analysis: Analysis): HeadlineFigures {
  const { exposure, items } = analysis.totals;
  return { exposed: exposure.exposed, possiblyExposed: exposure.possiblyExposed, items, exposedWords: exposure.exposedWords };
}
