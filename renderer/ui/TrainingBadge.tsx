// A category's or file's training status, as a word (never colour alone).

import type { CategoryTrainingStatus } from '../../shared/analysis/buildAnalysis';
import { TRAINING_STATUS_LABELS } from '../../shared/report/wording';

export function TrainingBadge({ status }: { status: CategoryTrainingStatus }) {
  return <span className={`badge badge-${status}`}>{TRAINING_STATUS_LABELS[status]}</span>;
}
