// The report's JSON Schema against real reports: every object it describes is closed, real
// reports of many shapes validate, and every property it documents appears in one of them, so
// the schema neither misses a field the JSON has nor documents one it never has.

import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/archive/inputError';
import { loadedSource, type InputSource } from '../../shared/archive/types';
import { itemsView } from '../../shared/items/packedItems';
import { runAnalysis } from '../../shared/pipeline/runAnalysis';
import type { PolicySettings } from '../../shared/analysis/exposure';
import type { RedactionLevel } from '../../shared/report/redaction';
import { batchDocument } from '../../shared/report/renderDocument';
import { buildReportJson, type ReportJson } from '../../shared/report/reportJson';
import { reportJsonSchema } from '../../shared/report/reportSchema';
import { generateExport, sampleSource, type Era } from '../../shared/sample';
import { nodeInflater } from '../../node/platform/nodeInflater';
import { nodeTextDecoder } from '../../node/platform/nodeTextDecoder';
import JSZip from 'jszip';
import { validateReport } from '../support/reportSchemaValidator';
import { zipInput } from '../support/scanGenerated';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: unknown };

/** Every property path the schema documents (`files[].problems[].detail`), and every object schema in it. */
function schemaPaths(schema: Schema, path: string, paths: Set<string>, objects: { path: string; schema: Schema }[]): void {
  if (schema.type === 'object' || schema.properties) {
    objects.push({ path, schema });
    for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
      const at = path === '' ? key : `${path}.${key}`;
      paths.add(at);
      schemaPaths(child, at, paths, objects);
    }
  }
  if (schema.items) schemaPaths(schema.items as Schema, `${path}[]`, paths, objects);
  for (const branch of (schema.oneOf ?? []) as Schema[]) schemaPaths(branch, path, paths, objects);
}

function jsonPaths(value: Json, path: string, paths: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) jsonPaths(item, `${path}[]`, paths);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      paths.add(at);
      jsonPaths(child, at, paths);
    }
  }
}

const missing: InputSource = {
  name: 'Complete_LinkedInDataExport_01-02-2026 (1).zip',
  load: async () => {
    throw new InputError('Complete_LinkedInDataExport_01-02-2026 (1).zip', 'unreadable', 'This download is incomplete. Download the export again.');
  },
};

async function reportOf(sources: InputSource[], settings: PolicySettings, redaction: RedactionLevel): Promise<ReportJson> {
  const { scan, items, analysis } = await runAnalysis(sources, {
    settings,
    collectItems: redaction !== 'counts',
    platform: { inflate: nodeInflater, decoder: nodeTextDecoder },
    now: new Date('2026-11-29T12:00:00Z'),
  });
  return buildReportJson(scan, analysis, redaction, items && itemsView(items));
}

async function realReports(): Promise<ReportJson[]> {
  const era = async (e: Era, archive: 'complete' | 'basic' = 'complete') => loadedSource(await zipInput(generateExport({ era: e, archive })));
  // Problems that quote the file (an unreadable date, a one-line note): `detail` at "full".
  const zip = new JSZip();
  zip.file('Profile.csv', 'First Name,Last Name,Headline\nAda,Quill,Tinkerer\n');
  zip.file('Shares.csv', 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\nsometime last spring,x,hello there,,,MEMBER_NETWORK\n');
  zip.file('LearningCoachMessages.csv', 'No conversations found\n');
  zip.file('__MACOSX/._Profile.csv', 'AppleDouble');
  const damaged = { kind: 'zip' as const, name: 'Complete_LinkedInDataExport_03-04-2026.zip', bytes: await zip.generateAsync({ type: 'uint8array' }) };
  // A single CSV beside it (a partial export), with a copy of a file and messages no sender of which is the member.
  const loose = (name: string, text: string) => loadedSource({ kind: 'zip', name, bytes: new TextEncoder().encode(text) });
  const messages = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\nc1,,Bo Tern,,Ada Quill,2026-01-02 10:00:00 UTC,,hello,INBOX\n';
  const counted = await reportOf([await era(2026)], { region: 'us', optedOut: null, adultFrom: null }, 'counts');
  return [
    counted,
    // A record of a batch (`--each --format ndjson`), the third path given.
    JSON.parse(batchDocument('ndjson').record(counted, 2)) as ReportJson,
    await reportOf([await era(2026), missing], { region: 'eu', optedOut: '2026-01-15', adultFrom: null }, 'full'),
    await reportOf([await era(2024, 'basic')], { region: 'uk', optedOut: '2025-12-01', adultFrom: null }, 'excerpts'),
    await reportOf([await era(2018)], { region: 'ca', optedOut: null, adultFrom: null }, 'full'),
    await reportOf([await era(2022)], { region: 'hk', optedOut: '2024-10-01', adultFrom: null }, 'excerpts'),
    await reportOf([loadedSource(damaged)], { region: 'other', optedOut: null, adultFrom: null }, 'full'),
    // The built-in sample (labelled invented), for a member who turned 18 during Canada's 2024 window.
    await reportOf([sampleSource()], { region: 'ca', optedOut: '2025-06-01', adultFrom: '2024-10-01' }, 'counts'),
    // Single CSVs beside a zip (a partial export), one of them messages no sender of which is the member.
    await reportOf(
      [loadedSource(damaged), loose('Shares.csv', 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2026-01-01 10:00:00,x,hi,,,\n'), loose('messages.csv', messages)],
      { region: 'us', optedOut: null, adultFrom: null },
      'counts',
    ),
  ];
}

describe('report JSON Schema', () => {
  const paths = new Set<string>();
  const objects: { path: string; schema: Schema }[] = [];
  schemaPaths(reportJsonSchema as unknown as Schema, '', paths, objects);

  it('closes every object it describes and lists its required properties', () => {
    expect(objects.length).toBeGreaterThan(20);
    for (const { path, schema } of objects) {
      expect(schema.additionalProperties, path || '(root)').toBe(false);
      const properties = Object.keys((schema.properties ?? {}) as object);
      expect(properties.length, path).toBeGreaterThan(0);
      for (const name of schema.required as string[]) expect(properties, `${path}.${name}`).toContain(name);
    }
  });

  it('validates real reports of many shapes, and documents exactly the properties they have', async () => {
    const reports = await realReports();
    const seen = new Set<string>();
    for (const report of reports) {
      const json = JSON.parse(JSON.stringify(report)) as Json;
      expect(validateReport(json), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
      jsonPaths(json, '', seen);
    }
    expect([...seen].filter((p) => !paths.has(p)), 'in the JSON, not in the schema').toEqual([]);
    expect([...paths].filter((p) => !seen.has(p)), 'in the schema, never in a real report').toEqual([]);
  });
});
