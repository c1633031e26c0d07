// Runtime: any. JSON Schema (draft 2020-12) of the report's JSON (`--format json`), version 2.
// Printed by `linkedin-ai-exposure schema`. Every object is closed (no property the schema does
// not name) and names which of its properties may be absent; the tests validate real reports
// against it and check that every property it documents appears in some real report.
// A breaking change to the JSON raises SCHEMA_VERSION and this schema's `const`.

import { CATEGORY_IDS, DATA_KIND_IDS, POSSIBLE_REASONS, POSSIBLE_REASON_INFO, REGION_IDS, SOURCE_IDS } from '../policy/policyModel';
import { SCHEMA_VERSION } from './reportJson';
import { VERDICT_LINES } from './verdict';

type Schema = Record<string, unknown>;

/** A closed object: every property required unless named optional. */
function object(properties: Record<string, Schema>, optional: readonly string[] = [], description?: string): Schema {
  return { type: 'object', required: Object.keys(properties).filter((k) => !optional.includes(k)), additionalProperties: false, properties, ...(description ? { description } : {}) };
}

function arrayOf(items: Schema, extra: Schema = {}): Schema {
  return { type: 'array', items, ...extra };
}

const string = { type: 'string' };
const nullableString = { type: ['string', 'null'] };
const isoDateOrNull = { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?)?)?$' };
const isoDay = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const count = { type: 'integer', minimum: 0 };
const trainingStatus = { enum: ['used', 'unclear', 'not-used'] };
const sourceIds = arrayOf({ enum: [...SOURCE_IDS] }, { description: 'Ids of the sources behind the text; each is listed in `sources`.' });
/** A sentence about LinkedIn's practice (or the member's rights), with its sources beside it. */
const statement = object({ text: string, sources: sourceIds });
const nullableStatement = { oneOf: [{ type: 'null' }, statement] };
const isoDayOrNull = { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const rule = object({
  status: trainingStatus,
  from: { ...isoDayOrNull, description: 'The first training day the rule applies to; null: from the start.' },
  until: { ...isoDayOrNull, description: 'Exclusive; null: still in force.' },
  text: string,
  sources: sourceIds,
  note: nullableStatement,
});
const training = object({
  status: { enum: ['used', 'unclear', 'not-used', 'mixed'], description: 'What the sources say about this data in the region, whatever the dates: used if LinkedIn trained on it there at some time, else unclear if the sources leave it open, else not-used; mixed for a category whose kinds differ.' },
  rules: { ...arrayOf(rule), description: 'The training rules that applied while training was on in the region, in date order, each with its statement.' },
});
const itemsByTrainingStatus = object(
  { used: count, unclear: count, notUsed: count },
  [],
);
const categoryId = { enum: [...CATEGORY_IDS] };

const reasonCounts = object(
  Object.fromEntries(POSSIBLE_REASONS.map((r) => [r, { ...count, description: `Possibly exposed because ${POSSIBLE_REASON_INFO[r].explanation}.` }])),
);
const exposureFields = {
  exposed: { ...count, description: 'Items in a kind of data LinkedIn trains on in the region, on the account in a stated training period, before the opt-out and after the member turned 18.' },
  possiblyExposed: { ...count, description: 'Items that fall short of exposed only for a reason the sources leave open (see possiblyExposedByReason).' },
  notExposed: count,
  exposedWords: count,
  possiblyExposedWords: count,
  possiblyExposedByReason: { ...reasonCounts, description: 'Possibly exposed items by their one reason (the first that applies, in this order); they add up to possiblyExposed.' },
};
const exposure = object(exposureFields);
const exposureWithTokens = object({ ...exposureFields, estimatedExposedTokens: { ...count, description: 'An estimate: about 4 characters per token.' } });

const problemFields = { severity: { enum: ['error', 'warning', 'info'] }, code: string, message: string };
/** A file's problem may quote the file. */
const fileProblem = object({ ...problemFields, detail: { ...string, description: 'Text quoted from the file; absent at redaction "counts", contact details scrubbed at "excerpts".' } }, ['detail']);
/** The export's own problems (repeated names, a Basic archive alone) quote nothing. */
const exportProblem = object(problemFields);

const labelCounts = arrayOf(object({ label: string, count }));
/** Below "full", values off LinkedIn's fixed list are counted under OTHER. */
const knownLabelCounts = { ...labelCounts, description: 'Below "full", values off LinkedIn\'s fixed list are counted under OTHER.' };

export const reportJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'linkedin-ai-exposure/report.schema.json',
  title: 'LinkedIn AI-training exposure report',
  ...object({
    schemaVersion: { const: SCHEMA_VERSION },
    generator: object({ name: string, version: string }),
    analyzedAt: { type: 'string', format: 'date-time' },
    exportDate: isoDateOrNull,
    redaction: { enum: ['counts', 'excerpts', 'full'] },
    policy: object({
      region: { enum: [...REGION_IDS] },
      regionLabel: string,
      optedOut: isoDateOrNull,
      adultFrom: { ...isoDayOrNull, description: 'The day the member turned 18: training before it is not counted. Null: an adult throughout.' },
      asOf: isoDay,
      existedBy: { ...isoDay, description: 'Every undated item existed by this day: the export\'s date, else the analysis day.' },
      policyModelDate: string,
      windows: arrayOf(
        object({
          start: isoDay,
          startPrecision: { enum: ['day', 'month'], description: 'month: the sources give only the month; start is its first day.' },
          end: { ...isoDayOrNull, description: 'Exclusive; null while the window is open.' },
          certainty: { enum: ['stated', 'unconfirmed'] },
          endUnstated: { type: 'boolean', description: 'The day training stopped is not stated: end is the latest it can be, and only the first day is certain.' },
          pastItems: { enum: ['in-scope', 'cutoff-unknown'], description: 'cutoff-unknown: items created before start are only possibly in scope (an unpublished past cut-off).' },
          text: string,
          sources: sourceIds,
        }),
      ),
      notes: arrayOf(statement),
    }),
    verdict: object(
      Object.fromEntries(['headline', ...VERDICT_LINES].map((key) => [key, ['possibly', 'byCategory', 'sample'].includes(key) ? nullableStatement : statement])),
    ),
    inputs: arrayOf(
      object({
        name: { ...string, description: 'LinkedIn\'s archive names (and a single file\'s, when LinkedIn names it so) as they are; any other is a label such as "[zip 1]" at "counts" (its kind and place among the inputs).' },
        kind: { enum: ['zip', 'folder', 'file', 'unknown'], description: 'file: a CSV taken out of an export (a partial export); unknown: the input could not be loaded at all (see error).' },
        archiveKind: { enum: ['basic', 'complete', 'unknown'] },
        exportDate: isoDateOrNull,
        bytes: count,
        files: { ...count, description: 'Entries of this input listed in files[], whatever their outcome.' },
        duplicatesSkipped: { ...count, description: 'Files of this input that are copies of another input\'s with no item of their own (status duplicate).' },
        invented: { type: 'boolean', description: 'The built-in sample: invented data, not a real member\'s export.' },
        error: { oneOf: [{ type: 'null' }, object({ code: string, message: string })] },
      }),
    ),
    files: arrayOf(
      object(
        {
          name: {
            ...string,
            description:
              'The base name as in the archive, at every redaction level for a file the catalog knows. A name that may carry personal data (a file the catalog does not know, an article) is a label such as "[unknown file 1].csv" at "counts", and scrubbed of contact details at "excerpts".',
          },
          path: { ...string, description: 'Inside its input; folders other than LinkedIn\'s own are labels ("[folder 1]") at "counts".' },
          input: { ...string, description: 'The input\'s name as in inputs[].name.' },
          duplicateOf: {
            oneOf: [
              { type: 'null' },
              object({
                path: { ...string, description: 'The copy whose rows were counted first.' },
                input: string,
                identical: { type: 'boolean', description: 'The same rows, none more and none fewer.' },
                sharedRows: { ...count, description: 'Rows of this copy the first one holds too: counted once, there. rows are this copy\'s own.' },
              }),
            ],
          },
          catalogId: nullableString,
          label: nullableString,
          category: { enum: [...CATEGORY_IDS, null] },
          status: {
            enum: ['parsed', 'empty', 'unknown', 'error', 'duplicate', 'skipped'],
            description: 'parsed: read; empty: no items; unknown: not a file this app knows; error: damaged or unreadable; duplicate: a copy of another file with no item of its own; skipped: not read (operating-system clutter, a link, a device, a repeated name).',
          },
          rows: { ...count, description: 'Items (data rows) counted from this file; 0 for header-only or placeholder files; a copy\'s own rows only.' },
          columns: arrayOf(string, { description: 'The header; at "counts" only the columns the catalog names, in its spelling.' }),
          unknownColumns: arrayOf(string, { description: 'Header cells the catalog does not know for this file (every cell of a file it does not know); absent at "counts".' }),
          unknownColumnCount: count,
          firstDate: isoDateOrNull,
          lastDate: isoDateOrNull,
          words: count,
          wordsKnown: { type: 'boolean', description: 'False where the member\'s own text could not be told from others\' (private messages no sender of which is the member): words is then 0, not a count.' },
          training: {
            oneOf: [{ type: 'null' }, object({ dataKind: { enum: [...DATA_KIND_IDS] }, status: trainingStatus, rules: arrayOf(rule) })],
          },
          exposure,
          problems: arrayOf(fileProblem),
        },
        ['unknownColumns'],
      ),
    ),
    categories: arrayOf(
      object({
        id: categoryId,
        label: string,
        namedByReporting: { type: 'boolean' },
        description: string,
        files: count,
        items: count,
        undatedItems: count,
        words: count,
        wordsKnown: { type: 'boolean', description: 'False when a file of the category could not tell the member\'s own text from others\'.' },
        characters: count,
        firstDate: isoDateOrNull,
        lastDate: isoDateOrNull,
        itemsPerMonth: arrayOf(object({ month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' }, items: count })),
        reportedAs: { ...nullableStatement, description: 'For the four categories of the public reporting: the phrase of LinkedIn\'s Sep 2024 Q&A it stands for.' },
        training,
        itemsByTrainingStatus: { ...itemsByTrainingStatus, description: 'Items by what their kind of data is in the region, whatever the dates.' },
        exposure: exposureWithTokens,
      }),
      { minItems: CATEGORY_IDS.length, maxItems: CATEGORY_IDS.length },
    ),
    totals: object({ files: count, parsed: count, empty: count, unknown: count, errors: count, duplicates: count, skipped: count, items: count, words: count, itemsByTrainingStatus, exposure: exposureWithTokens }),
    insights: object({
      logins: object(
        {
          total: count,
          weekdayHour: arrayOf(arrayOf(count, { minItems: 24, maxItems: 24 }), { minItems: 7, maxItems: 7, description: 'Logins by weekday (0 = Monday) and hour, UTC.' }),
          distinctIps: count,
          ipv6: count,
          distinctDevices: count,
          devices: labelCounts,
          loginTypes: knownLabelCounts,
          topIps: { ...arrayOf(object({ ip: string, count })), description: 'Only at redaction "full".' },
        },
        ['topIps'],
      ),
      reactionsByType: knownLabelCounts,
      messages: object({
        total: count,
        conversations: count,
        sent: { type: ['integer', 'null'], minimum: 0, description: 'Null when no sender is recognisably the member (memberIdentifiedBy "not-found").' },
        received: { type: ['integer', 'null'], minimum: 0 },
        drafts: count,
        folders: knownLabelCounts,
        memberIdentifiedBy: {
          enum: ['direction', 'profile-name', 'profile-url', 'not-found', 'none'],
          description: 'How the member\'s own messages were told apart: the Direction column, the name on the profile, the member\'s profile address (from their invitations); not-found: no sender is the member, so which messages are theirs is unknown; none: no messages.',
        },
      }),
      aiConversations: arrayOf(object({ catalogId: string, conversations: count, memberTurns: count, assistantTurns: count, memberWords: count, firstDate: isoDateOrNull, lastDate: isoDateOrNull })),
      languages: object(
        {
          profileLanguages: arrayOf(object({ name: string, proficiency: string })),
          interfaceLocales: arrayOf(string),
          duolingo: arrayOf(object({ language: string, score: string, level: string })),
        },
        [],
        'Below "full", names are labels ("[language 1]"), and only values LinkedIn writes from a fixed list (proficiencies, locale codes such as en_US) are kept.',
      ),
    }),
    excerpts: { ...arrayOf(object({ category: categoryId, file: string, date: isoDateOrNull, words: count, text: string })), description: 'Empty at redaction "counts".' },
    problems: arrayOf(exportProblem),
    sources: arrayOf(object({ id: { enum: [...SOURCE_IDS] }, title: string, publisher: string, date: string, reference: string, url: { ...string, format: 'uri', description: 'Only where the policy reference gives the address.' } }, ['url'])),
    batchIndex: { ...count, description: 'Only in a record of `--each`: the place of this export among the paths given, from 0 (a label of its input at "counts" numbers it from 1, such as "[zip 3]" for batchIndex 2). NDJSON records come in the order the exports finish.' },
  }, ['batchIndex']),
} as const;
