// Runtime: Node. The command line's arguments, checked; a mistake is a UsageError (exit 2).

import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, LIMIT_OPTIONS, type ReadLimits } from '../../shared/archive/types';
import { REGION_IDS, type RegionId } from '../../shared/policy/policyModel';
import { REDACTION_LEVELS, type RedactionLevel } from '../../shared/report/redaction';
import { BATCH_FORMATS, CLI_FORMATS, REPORT_FORMATS, type CliFormat } from '../../shared/report/reportFormats';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'schema' }
  | { readonly kind: 'sample'; readonly out: string }
  | {
      readonly kind: 'analyze';
      readonly paths: readonly string[];
      readonly region: RegionId;
      /** `today`: the day of the analysis (--as-of or today). */
      readonly optedOut: string | 'today' | null;
      readonly adultFrom: string | null;
      readonly asOf: string | null;
      readonly format: CliFormat;
      readonly redact: RedactionLevel;
      readonly out: string | null;
      readonly each: boolean;
      /** --each: how many exports are analyzed at once, each on its own thread (null: one per core). */
      readonly jobs: number | null;
      readonly paper: 'a4' | 'letter';
      readonly objection: boolean;
      /** Limits raised (or lowered) with --limit NAME=N. */
      readonly limits: Partial<ReadLimits>;
    };

/** The limits and their defaults, three to a line. */
const LIMIT_USAGE = Object.entries(LIMIT_OPTIONS)
  .map(([name, key]) => `${name}=${DEFAULT_LIMITS[key]}`)
  .reduce<string[][]>((lines, item, i) => (i % 3 === 0 ? [...lines, [item]] : [...lines.slice(0, -1), [...lines.at(-1)!, item]]), [])
  .map((line) => line.join('  '))
  .join('\n                          ');

export const USAGE = `Usage:
  linkedin-ai-exposure analyze [<zip|folder>...] [options]
      Analyzes one LinkedIn data export (its Basic and Complete zips, or an unpacked folder).
      With no path it analyzes the built-in sample export (invented data, labelled so).
    --region R          us | eu (EU/EEA/Switzerland) | uk | ca | hk | other   (default: us)
    --opted-out DATE    the day you switched off "Data for Generative AI Improvement" (YYYY-MM-DD,
                        or "today"); omit it if you have not opted out (the count then runs to today)
    --adult-from DATE   the day you turned 18, if you were under 18 during part of this time
                        (YYYY-MM-DD): training before it is not counted
    --as-of DATE        count up to this day instead of today (YYYY-MM-DD)
    --format F          md | json | html | csv | pdf | ndjson   (default: md; ndjson with --each)
    --redact LEVEL      counts | excerpts | full   (default: counts, safe to share)
    --objection         include the draft objection letter (EU/EEA, UK, Switzerland)
    --paper SIZE        a4 | letter, for pdf   (default: a4)
    --out FILE          write the report to FILE instead of the terminal (pdf needs --out)
    --each              analyze each path as a separate export (for many exports): json (an array)
                        or csv in the order of the paths, or ndjson (one report per line, written
                        as each export finishes)
    --jobs N            with --each: N threads of analysis, an export on each at once
                        (default: one per core; 1: one after another on a single thread)
    --limit NAME=N      raise one of the reader's limits (repeatable); each default is far above
                        any real export:
                          ${LIMIT_USAGE}
  linkedin-ai-exposure sample --out FILE.zip
      Writes the built-in sample export (invented data) as a zip.
  linkedin-ai-exposure schema
      Prints the JSON Schema of --format json.

Exit status: 0 success; 1 no input could be read; 2 usage error.
Nothing is sent anywhere: the analysis runs on this computer, offline.`;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkDay(value: string | undefined, option: string): string | null {
  if (value === undefined) return null;
  const time = ISO_DAY.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  const valid = !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  if (!valid) throw new UsageError(`${option} takes a date written YYYY-MM-DD, such as 2025-11-03; got "${value}".`);
  return value;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(', ')}; got "${value}".`);
  return value as T;
}

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        region: { type: 'string' },
        'opted-out': { type: 'string' },
        'adult-from': { type: 'string' },
        'as-of': { type: 'string' },
        format: { type: 'string' },
        redact: { type: 'string' },
        out: { type: 'string', short: 'o' },
        paper: { type: 'string' },
        objection: { type: 'boolean' },
        each: { type: 'boolean' },
        jobs: { type: 'string' },
        limit: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) return { kind: 'help' };
  if (command === 'schema') return { kind: 'schema' };
  if (command === 'sample') {
    if (!values.out) throw new UsageError('sample needs --out FILE.zip, the file to write the sample export to.');
    return { kind: 'sample', out: values.out };
  }
  if (command !== 'analyze') throw new UsageError(`Unknown command "${command}". Use "analyze", "sample" or "schema".`);
  const format = oneOf(values.format, CLI_FORMATS, '--format', 'md');
  const optedOut = values['opted-out'] === 'today' ? 'today' : checkDay(values['opted-out'], '--opted-out');
  const asOf = checkDay(values['as-of'], '--as-of');
  const adultFrom = checkDay(values['adult-from'], '--adult-from');
  if (optedOut !== null && optedOut !== 'today' && asOf !== null && optedOut > asOf) throw new UsageError('--opted-out is after --as-of.');
  if (format === 'pdf' && !values.out) throw new UsageError('--format pdf needs --out FILE.pdf.');
  const each = values.each ?? false;
  const batchFormats: readonly string[] = BATCH_FORMATS;
  if (each && !batchFormats.includes(format)) throw new UsageError(`--each writes ${BATCH_FORMATS.join(', ')} (one report per export).`);
  if (!each && !(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format ${format} is written for a batch only: add --each.`);
  if (!each && values.jobs !== undefined) throw new UsageError('--jobs goes with --each: it says how many exports are analyzed at once.');
  return {
    kind: 'analyze',
    paths: rest,
    region: oneOf(values.region, REGION_IDS, '--region', 'us'),
    optedOut,
    adultFrom,
    asOf,
    format,
    redact: oneOf(values.redact, REDACTION_LEVELS, '--redact', 'counts'),
    out: values.out ?? null,
    each,
    jobs: parseJobs(values.jobs),
    paper: oneOf(values.paper, ['a4', 'letter'] as const, '--paper', 'a4'),
    objection: values.objection ?? false,
    limits: parseLimits(values.limit ?? []),
  };
}

/** --jobs N: a whole number of at least 1. */
function parseJobs(given: string | undefined): number | null {
  if (given === undefined) return null;
  if (!/^\d{1,4}$/.test(given) || Number(given) < 1) throw new UsageError(`--jobs takes a whole number of exports to analyze at once, at least 1; got "${given}".`);
  return Number(given);
}

/** `rows=20000000` and the like, by the names in LIMIT_OPTIONS. */
function parseLimits(given: readonly string[]): Partial<ReadLimits> {
  const limits: Partial<Record<keyof ReadLimits, number>> = {};
  for (const option of given) {
    const match = /^([a-z-]+)=(\d{1,15})$/.exec(option.replace(/_/g, ''));
    const key = match ? (LIMIT_OPTIONS as Record<string, keyof ReadLimits>)[match[1]!] : undefined;
    if (!match || key === undefined || Number(match[2]) < 1) {
      throw new UsageError(`--limit takes NAME=N with N a whole number of at least 1 and NAME one of ${Object.keys(LIMIT_OPTIONS).join(', ')}; got "${option}".`);
    }
    limits[key] = Number(match[2]);
  }
  return limits;
}
