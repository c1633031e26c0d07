// Runtime: any. JSON Schema (draft 2020-12) of the report's JSON (`--format json`), version 1.
// Printed by `linkedin-ai-exposure schema`; the tests validate every generated report against it.
// A breaking change to the JSON raises SCHEMA_VERSION and this schema's `const`.

import { CATEGORY_IDS, REGION_IDS } from '../policy/policyModel';
import { SCHEMA_VERSION } from './reportJson';

const isoDateOrNull = { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?)?)?$' };
const count = { type: 'integer', minimum: 0 };
const trainingStatus = { enum: ['used', 'unclear', 'not-used'] };
const sourceIds = { type: 'array', items: { type: 'string' } };

const exposure = {
  type: 'object',
  required: ['exposed', 'possiblyExposed', 'notExposed', 'exposedWords', 'possiblyExposedWords'],
  properties: {
    exposed: count,
    possiblyExposed: count,
    notExposed: count,
    exposedWords: count,
    possiblyExposedWords: count,
    estimatedExposedTokens: { ...count, description: 'An estimate: about 4 characters per token.' },
  },
};

const problem = {
  type: 'object',
  required: ['severity', 'code', 'message'],
  additionalProperties: false,
  properties: {
    severity: { enum: ['error', 'warning', 'info'] },
    code: { type: 'string' },
    message: { type: 'string' },
    detail: { type: 'string', description: 'Text quoted from the file; absent at redaction "counts".' },
  },
};

const labelCounts = {
  type: 'array',
  items: { type: 'object', required: ['label', 'count'], properties: { label: { type: 'string' }, count } },
};

export const reportJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'linkedin-ai-exposure/report.schema.json',
  title: 'LinkedIn AI-training exposure report',
  type: 'object',
  required: ['schemaVersion', 'generator', 'analyzedAt', 'exportDate', 'redaction', 'policy', 'inputs', 'files', 'categories', 'totals', 'insights', 'excerpts', 'problems', 'sources'],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: SCHEMA_VERSION },
    generator: {
      type: 'object',
      required: ['name', 'version'],
      properties: { name: { type: 'string' }, version: { type: 'string' } },
    },
    analyzedAt: { type: 'string', format: 'date-time' },
    exportDate: isoDateOrNull,
    redaction: { enum: ['counts', 'excerpts', 'full'] },
    policy: {
      type: 'object',
      required: ['region', 'regionLabel', 'optedOut', 'asOf', 'policyModelDate', 'windows'],
      properties: {
        region: { enum: [...REGION_IDS] },
        regionLabel: { type: 'string' },
        optedOut: isoDateOrNull,
        asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        policyModelDate: { type: 'string' },
        windows: {
          type: 'array',
          items: {
            type: 'object',
            required: ['start', 'end', 'certainty', 'note'],
            properties: { start: { type: 'string' }, end: isoDateOrNull, certainty: { enum: ['stated', 'unconfirmed'] }, note: { type: 'string' } },
          },
        },
      },
    },
    inputs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'kind', 'archiveKind', 'exportDate', 'bytes', 'files', 'duplicatesSkipped', 'error'],
        properties: {
          name: { type: 'string' },
          kind: { enum: ['zip', 'folder', 'unknown'], description: 'unknown: the input could not be loaded at all (see error).' },
          archiveKind: { enum: ['basic', 'complete', 'unknown'] },
          exportDate: isoDateOrNull,
          bytes: count,
          files: count,
          duplicatesSkipped: count,
          error: {
            oneOf: [{ type: 'null' }, { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } }],
          },
        },
      },
    },
    files: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'path', 'input', 'catalogId', 'label', 'category', 'status', 'rows', 'columns', 'unknownColumns', 'firstDate', 'lastDate', 'words', 'training', 'exposure', 'problems'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', description: 'The base name as in the archive.' },
          path: { type: 'string' },
          input: { type: 'string' },
          catalogId: { type: ['string', 'null'] },
          label: { type: ['string', 'null'] },
          category: { enum: [...CATEGORY_IDS, null] },
          status: { enum: ['parsed', 'empty', 'unknown', 'error'] },
          rows: { ...count, description: 'Data records; 0 for header-only or placeholder files.' },
          columns: { type: 'array', items: { type: 'string' } },
          unknownColumns: { type: 'array', items: { type: 'string' } },
          firstDate: isoDateOrNull,
          lastDate: isoDateOrNull,
          words: count,
          training: {
            oneOf: [
              { type: 'null' },
              { type: 'object', required: ['status', 'note', 'sources'], properties: { status: trainingStatus, note: { type: 'string' }, sources: sourceIds } },
            ],
          },
          exposure,
          problems: { type: 'array', items: problem },
        },
      },
    },
    categories: {
      type: 'array',
      minItems: CATEGORY_IDS.length,
      maxItems: CATEGORY_IDS.length,
      items: {
        type: 'object',
        required: ['id', 'label', 'namedByReporting', 'items', 'words', 'characters', 'firstDate', 'lastDate', 'itemsPerMonth', 'training', 'exposure'],
        properties: {
          id: { enum: [...CATEGORY_IDS] },
          label: { type: 'string' },
          namedByReporting: { type: 'boolean' },
          description: { type: 'string' },
          files: count,
          items: count,
          undatedItems: count,
          words: count,
          characters: count,
          firstDate: isoDateOrNull,
          lastDate: isoDateOrNull,
          itemsPerMonth: {
            type: 'array',
            items: { type: 'object', required: ['month', 'items'], properties: { month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' }, items: count } },
          },
          training: {
            type: 'object',
            required: ['status', 'policy', 'sources'],
            properties: { status: { enum: ['used', 'unclear', 'not-used', 'mixed'] }, policy: { type: 'string' }, sources: sourceIds },
          },
          exposure: { ...exposure, required: [...exposure.required, 'estimatedExposedTokens'] },
        },
      },
    },
    totals: {
      type: 'object',
      required: ['files', 'parsed', 'empty', 'unknown', 'errors', 'items', 'words', 'exposure'],
      properties: {
        files: count,
        parsed: count,
        empty: count,
        unknown: count,
        errors: count,
        items: count,
        words: count,
        exposure: { ...exposure, required: [...exposure.required, 'estimatedExposedTokens'] },
      },
    },
    insights: {
      type: 'object',
      required: ['logins', 'reactionsByType', 'messages', 'aiConversations', 'languages'],
      properties: {
        logins: {
          type: 'object',
          required: ['total', 'weekdayHour', 'distinctIps', 'distinctDevices', 'devices', 'loginTypes'],
          properties: {
            total: count,
            weekdayHour: { type: 'array', minItems: 7, maxItems: 7, items: { type: 'array', minItems: 24, maxItems: 24, items: count } },
            distinctIps: count,
            ipv6: count,
            distinctDevices: count,
            devices: labelCounts,
            loginTypes: labelCounts,
            topIps: { type: 'array', description: 'Only at redaction "full".' },
          },
        },
        reactionsByType: labelCounts,
        messages: { type: 'object' },
        aiConversations: { type: 'array' },
        languages: { type: 'object' },
      },
    },
    excerpts: {
      type: 'array',
      description: 'Empty at redaction "counts".',
      items: {
        type: 'object',
        required: ['category', 'file', 'date', 'words', 'text'],
        properties: { category: { enum: [...CATEGORY_IDS] }, file: { type: 'string' }, date: isoDateOrNull, words: count, text: { type: 'string' } },
      },
    },
    problems: { type: 'array', items: problem },
    sources: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'title', 'publisher', 'date', 'reference'],
        properties: { id: { type: 'string' }, title: { type: 'string' }, publisher: { type: 'string' }, date: { type: 'string' }, reference: { type: 'string' } },
      },
    },
  },
} as const;
