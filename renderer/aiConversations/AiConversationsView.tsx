// Conversations with LinkedIn's AI assistants: what the member wrote to them is in the
// training list, as are the assistants' answers.

import { catalogEntryById } from '../../shared/catalog/fileCatalog';
import type { ViewProps } from '../app/viewProps';
import { CategorySummary } from '../ui/CategorySummary';
import { DataTable } from '../ui/DataTable';
import { formatCount, formatDateRange } from '../../shared/text/format';
import { dateStyleOf } from '../../shared/report/wording';

export function AiConversationsView({ scan, analysis }: ViewProps) {
  const category = analysis.categories.find((c) => c.id === 'ai-conversations');
  // An export lists every assistant's file, most of them empty: those are named, not tabled.
  const assistants = scan.insights.aiConversations.filter((a) => a.conversations > 0 || a.memberTurns > 0);
  const unused = scan.insights.aiConversations.filter((a) => !assistants.includes(a));
  const totals = assistants.reduce((t, a) => ({ conversations: t.conversations + a.conversations, words: t.words + a.memberWords }), { conversations: 0, words: 0 });
  return (
    <div className="ai-conversations">
      {category && <CategorySummary category={category} region={analysis.policy.region} />}
      {assistants.length === 0 ? (
        <p className="empty">Your export holds no conversations with LinkedIn&apos;s AI assistants.</p>
      ) : (
        <>
          <p data-testid="ai-summary">
            {formatCount(totals.conversations)} conversation{totals.conversations === 1 ? '' : 's'} with {assistants.length} assistant
            {assistants.length === 1 ? '' : 's'}, in which you wrote about {formatCount(totals.words)} words.
          </p>
          <DataTable
            caption="Conversations per assistant"
            testId="ai-table"
            rows={assistants}
            rowKey={(a) => a.catalogId}
            columns={[
              { header: 'Assistant', cell: (a) => catalogEntryById(a.catalogId).label, rowHeader: true },
              { header: 'Conversations', cell: (a) => formatCount(a.conversations), numeric: true },
              { header: 'Your messages', cell: (a) => formatCount(a.memberTurns), numeric: true },
              { header: 'Assistant answers', cell: (a) => formatCount(a.assistantTurns), numeric: true },
              { header: 'Your words', cell: (a) => formatCount(a.memberWords), numeric: true },
              { header: 'Dates', cell: (a) => formatDateRange(a.firstDate, a.lastDate, dateStyleOf(analysis.policy.region)) },
            ]}
          />
        </>
      )}
      {unused.length > 0 && (
        <p className="muted" data-testid="ai-unused">
          Also in your export, with no conversations: {unused.map((a) => catalogEntryById(a.catalogId).label).join(', ')}.
        </p>
      )}
    </div>
  );
}
