// What was read: every input and every entry in it with its outcome (read, empty, unknown,
// damaged, a copy counted once, not read), and every problem, in plain words, so the member can
// judge how complete the figures are; each file with what the sources say about its kind of data
// in the member's region and how many of its items are exposed.

import { catalogEntryById } from '../../shared/catalog/fileCatalog';
import { CATEGORY_IDS, categoryById } from '../../shared/policy/policyModel';
import type { FileScan, Problem } from '../../shared/scan/scanTypes';
import type { ViewProps } from '../app/viewProps';
import { DataTable } from '../ui/DataTable';
import { TrainingBadge } from '../ui/TrainingBadge';
import { EXPOSURE_LABELS, dateStyleOf, entriesSummary, entryOutcome } from '../../shared/report/wording';
import { formatBytes, formatCount, formatDate, formatDateRange, plural } from '../../shared/text/format';

const ARCHIVE_KIND_TEXT = { basic: 'Basic archive', complete: 'Complete archive', unknown: 'Archive kind not known' } as const;
const INPUT_KIND_TEXT = { zip: 'zip file', folder: 'folder', file: 'single file', unknown: 'not opened' } as const;

function ProblemList({ problems, testId }: { problems: readonly Problem[]; testId?: string }) {
  return (
    <ul className="problem-list" data-testid={testId}>
      {problems.map((p, i) => (
        <li key={`${p.code}-${i}`} className={`problem problem-${p.severity}`}>
          <span className="problem-severity">{p.severity === 'error' ? 'Problem' : p.severity === 'warning' ? 'Warning' : 'Note'}:</span> {p.message}
        </li>
      ))}
    </ul>
  );
}

function fileLabel(file: FileScan): string {
  return file.catalogId ? catalogEntryById(file.catalogId).label : '—';
}

export function CoverageView({ scan, analysis }: ViewProps) {
  const { totals } = analysis;
  const style = dateStyleOf(analysis.policy.region);
  const inputName = (index: number) => scan.inputs[index]?.name ?? '';
  const outcome = (f: FileScan) =>
    entryOutcome({ status: f.status, rows: f.rows, duplicateOf: f.duplicateOf ? { ...f.duplicateOf, input: inputName(f.duplicateOf.input) } : null });
  // An identical copy's note says no more than its row in the table below.
  const fileProblems = scan.files.flatMap((f) => f.problems.filter((p) => p.code !== 'copy-identical').map((p) => ({ file: f, problem: p })));
  const unknownColumns = scan.files.filter((f) => f.unknownColumns.length > 0);
  // In the app's category order (the four in the news first); unknown files last.
  const rank = (f: FileScan) => (f.category === null ? CATEGORY_IDS.length : CATEGORY_IDS.indexOf(f.category));
  const sorted = [...scan.files].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  const analysisOf = new Map(scan.files.map((f, i) => [f, analysis.files[i]!]));
  const trainingCell = (f: FileScan) => {
    const training = analysisOf.get(f)!.training;
    return training ? <TrainingBadge status={training.status} /> : '—';
  };
  const exposureCell = (f: FileScan, key: 'exposed' | 'possiblyExposed') => {
    const fileAnalysis = analysisOf.get(f)!;
    return fileAnalysis.training === null || f.rows === 0 ? '—' : formatCount(fileAnalysis.exposure[key]);
  };
  return (
    <div className="coverage">
      <p className="coverage-summary" data-testid="coverage-summary">
        {entriesSummary(totals)}
      </p>

      {scan.problems.length > 0 && (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes on your export</h2>
          <ProblemList problems={scan.problems} testId="scan-problems" />
        </section>
      )}

      <section aria-labelledby="inputs-heading">
        <h2 id="inputs-heading">What you opened</h2>
        <ul className="input-list" data-testid="inputs">
          {scan.inputs.map((input, i) => (
            <li key={`${input.name}-${i}`}>
              <strong>{input.name}</strong> — {INPUT_KIND_TEXT[input.kind]}
              {input.error === null ? (
                <>
                  {input.kind !== 'file' && `, ${ARCHIVE_KIND_TEXT[input.archiveKind]}`}, {plural(input.files, 'file')}, {formatBytes(input.bytes)}
                  {input.exportDate && `, exported ${formatDate(input.exportDate, style)}`}.
                </>
              ) : (
                <span className="problem problem-error"> — not read: {input.error.message}</span>
              )}
            </li>
          ))}
        </ul>
      </section>

      {fileProblems.length > 0 && (
        <section aria-labelledby="problems-heading">
          <h2 id="problems-heading">Problems in files</h2>
          <ul className="problem-list" data-testid="file-problems">
            {fileProblems.map(({ file, problem }, i) => (
              <li key={i} className={`problem problem-${problem.severity}`}>
                <strong>{file.path}</strong>: {problem.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      {unknownColumns.length > 0 && (
        <section aria-labelledby="columns-heading">
          <h2 id="columns-heading">Columns this app does not know</h2>
          <p>They were counted with their rows but not interpreted. LinkedIn changes its export now and then.</p>
          <ul className="plain-list">
            {unknownColumns.map((f) => (
              <li key={f.path}>
                <strong>{f.path}</strong>: {f.unknownColumns.join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="files-heading">
        <h2 id="files-heading">Every file</h2>
        <DataTable
          caption="Every file in your export"
          captionHidden
          testId="coverage-table"
          rows={sorted}
          rowKey={(f) => `${f.input}-${f.path}`}
          columns={[
            { header: 'File', cell: (f) => f.path, rowHeader: true },
            ...(scan.inputs.length > 1 ? [{ header: 'From', cell: (f: FileScan) => inputName(f.input) }] : []),
            { header: 'What it is', cell: fileLabel },
            { header: 'Category', cell: (f) => (f.category ? categoryById(f.category).label : '—') },
            { header: 'Outcome', cell: (f) => <span className={`status status-${f.status}`}>{outcome(f)}</span> },
            { header: 'Items', cell: (f) => formatCount(f.rows), numeric: true },
            { header: 'Training status', cell: trainingCell },
            { header: EXPOSURE_LABELS.exposed, cell: (f) => exposureCell(f, 'exposed'), numeric: true },
            { header: EXPOSURE_LABELS.possiblyExposed, cell: (f) => exposureCell(f, 'possiblyExposed'), numeric: true },
            { header: 'Dates', cell: (f) => <span className="nowrap">{formatDateRange(f.firstDate, f.lastDate, style)}</span> },
          ]}
        />
      </section>
    </div>
  );
}
