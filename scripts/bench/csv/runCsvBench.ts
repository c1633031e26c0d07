// `npm run bench:csv`: tokenizing alone, on the hot files (messages.csv, Shares.csv,
// Reactions.csv, Logins.csv, Connections.csv) of the heavy and dominant-messages exports, already
// inflated and decoded: papaparse as the app runs it (stock and patched) against well-kept
// alternatives and the column scanner with every column wanted (a tokenizer), and the scanner
// with the analysis columns on messages.csv. Every tokenizer's records are checked against
// the app's (same count, same SHA-1 over every cell). Prints MB/s and the verdict; writes
// bench/output/bench-csv.json. BENCH_CSV_ROUNDS (default 3) rounds, alternating order, medians.
// Not part of `npm test`.

import { spawnSync } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { median } from '../measure';
import { ensureShape, SHAPES } from '../shapes';
import { EVERY_FIELD, scanChunked, TOKENIZERS, type Tokenizer } from './tokenizers';

/** BENCH_CSV_FILES (comma-separated names) narrows them: the trained-on files alone, say. */
const HOT_FILES = process.env.BENCH_CSV_FILES?.split(',') ?? ['messages.csv', 'Shares.csv', 'Reactions.csv', 'Logins.csv', 'Connections.csv'];
const HOT_SHAPES = ['heavy', 'dominant-messages'];
/** Every column the analysis reads from messages.csv (its catalog entry, ownership and insight). */
const MESSAGE_COLUMNS = ['FROM', 'SENDER PROFILE URL', 'Direction', 'DATE', 'CONTENT', 'CONVERSATION ID', 'FOLDER', 'IS MESSAGE DRAFT'];
/** papaparse stays the general reader unless an alternative is at least this much faster, with identical rows. */
const REPLACE_AT = 2;
const REFERENCE = 'papaparse-patched';
const SCANNER = 'column-scanner';

interface HotFile {
  readonly shape: string;
  readonly name: string;
  readonly text: string;
  readonly mb: number;
}

interface Cell {
  readonly tokenizer: string;
  readonly shape: string;
  readonly file: string;
  readonly mb: number;
  readonly medianSeconds: number;
  readonly mbPerSecond: number;
  readonly records: number;
  readonly sha1: string;
  readonly identical: boolean;
}

function inflated(zip: string, name: string): string {
  const result = spawnSync('unzip', ['-p', zip, name], { maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`unzip -p ${zip} ${name}: ${result.stderr.toString()}`);
  return new TextDecoder('utf-8').decode(result.stdout);
}

function rowHasher(hash: Hash): (row: readonly string[]) => void {
  return (row) => {
    hash.update(row.join('\u001f'));
    hash.update('\u001e');
  };
}

/** The app's column scanner (as csvStream feeds it), records counted (the header included, as the tokenizers count it). */
function scanMessages(text: string, onValues: (values: readonly string[]) => void): number {
  let at: number[] = [];
  let wanted: Uint8Array | null = null;
  let records = 0;
  scanChunked(text, () => wanted ?? EVERY_FIELD, (row) => {
    records++;
    if (wanted === null) {
      const header = row.map((h) => h.trim());
      at = MESSAGE_COLUMNS.map((name) => header.indexOf(name));
      wanted = new Uint8Array(header.length);
      for (const i of at) if (i !== -1) wanted[i] = 1;
    } else onValues(at.map((i) => (i === -1 ? '' : (row[i] ?? ''))));
  });
  return records;
}

/** The same columns from full rows, by header name: what the scanner must match. */
function projectRows(hash: Hash): (row: readonly string[]) => void {
  let at: number[] | null = null;
  return (row) => {
    if (at === null) {
      at = MESSAGE_COLUMNS.map((name) => row.map((h) => h.trim()).indexOf(name));
      return;
    }
    hash.update(at.map((i) => (i === -1 ? '' : (row[i] ?? ''))).join('\u001f'));
    hash.update('\u001e');
  };
}

async function timeOnce(run: () => Promise<void> | void): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const outDir = join(process.cwd(), 'bench', 'output');
  mkdirSync(outDir, { recursive: true });
  const rounds = Number(process.env.BENCH_CSV_ROUNDS ?? 3);
  const files: HotFile[] = [];
  for (const shape of SHAPES.filter((s) => HOT_SHAPES.includes(s.id))) {
    const zip = await ensureShape(outDir, shape);
    for (const name of HOT_FILES) {
      const text = inflated(zip, name);
      files.push({ shape: shape.id, name, text, mb: Buffer.byteLength(text, 'utf8') / 1e6 });
    }
  }

  // Correctness first, untimed: every record of every tokenizer hashed.
  const digests = new Map<string, { records: number; sha1: string }>();
  for (const file of files) {
    for (const tokenizer of TOKENIZERS) {
      const hash = createHash('sha1');
      let records = 0;
      const add = rowHasher(hash);
      await tokenizer.tokenize(file.text, (row) => {
        records++;
        add(row);
      });
      digests.set(`${tokenizer.id}|${file.shape}|${file.name}`, { records, sha1: hash.digest('hex') });
    }
    if (file.name === 'messages.csv') {
      const reference = createHash('sha1');
      await TOKENIZERS.find((t) => t.id === REFERENCE)!.tokenize(file.text, projectRows(reference));
      digests.set(`${REFERENCE}-projection|${file.shape}|${file.name}`, { records: 0, sha1: reference.digest('hex') });
      const hash = createHash('sha1');
      const records = scanMessages(file.text, (values) => {
        hash.update(values.join('\u001f'));
        hash.update('\u001e');
      });
      digests.set(`${SCANNER}|${file.shape}|${file.name}`, { records, sha1: hash.digest('hex') });
    }
  }

  // Then speed: each tokenizer alone on each file, a cheap consumer, the order alternating.
  const measures: { id: string; file: HotFile; run: () => Promise<void> | void }[] = [];
  for (const file of files) {
    for (const tokenizer of TOKENIZERS) {
      let fields = 0;
      measures.push({ id: tokenizer.id, file, run: () => tokenizer.tokenize(file.text, (row) => void (fields += row.length)) });
    }
    if (file.name === 'messages.csv') {
      let chars = 0;
      measures.push({ id: SCANNER, file, run: () => void scanMessages(file.text, (values) => void (chars += values[2]!.length)) });
    }
  }
  const seconds = new Map<(typeof measures)[number], number[]>(measures.map((m) => [m, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? measures : [...measures].reverse();
    for (const m of order) seconds.get(m)!.push(await timeOnce(m.run));
    process.stdout.write(`round ${round + 1}/${rounds} done\n`);
  }

  const cells: Cell[] = measures.map((m) => {
    const key = (id: string) => `${id}|${m.file.shape}|${m.file.name}`;
    const own = digests.get(key(m.id))!;
    const reference = m.id === SCANNER ? digests.get(key(`${REFERENCE}-projection`))! : digests.get(key(REFERENCE))!;
    const records = m.id === SCANNER ? digests.get(key(REFERENCE))!.records : reference.records;
    const medianSeconds = median(seconds.get(m)!);
    return {
      tokenizer: m.id,
      shape: m.file.shape,
      file: m.file.name,
      mb: m.file.mb,
      medianSeconds,
      mbPerSecond: m.file.mb / medianSeconds,
      records: own.records,
      sha1: own.sha1,
      identical: own.records === records && own.sha1 === reference.sha1,
    };
  });

  // Over all hot files: total MB ÷ total median seconds, and identical on every file.
  const overall = TOKENIZERS.map((t: Tokenizer) => {
    const mine = cells.filter((c) => c.tokenizer === t.id);
    const mb = mine.reduce((s, c) => s + c.mb, 0);
    const secs = mine.reduce((s, c) => s + c.medianSeconds, 0);
    return { tokenizer: t.id, label: t.label, mode: t.mode, mbPerSecond: mb / secs, identical: mine.every((c) => c.identical) };
  });
  const reference = overall.find((o) => o.tokenizer === REFERENCE)!;
  const withSpeedup = overall.map((o) => ({ ...o, speedup: o.mbPerSecond / reference.mbPerSecond }));
  const winners = withSpeedup.filter((o) => o.tokenizer !== REFERENCE && o.tokenizer !== 'papaparse-stock' && o.identical && o.speedup >= REPLACE_AT);
  const scannerCells = cells.filter((c) => c.tokenizer === SCANNER);
  const scannerVsPapa = scannerCells.map((c) => c.mbPerSecond / cells.find((r) => r.tokenizer === REFERENCE && r.shape === c.shape && r.file === c.file)!.mbPerSecond);
  const verdict = winners.length > 0
    ? `replace papaparse: ${winners.map((w) => `${w.tokenizer} ${w.speedup.toFixed(2)}×`).join(', ')} with identical rows`
    : `papaparse stays: no alternative is ≥ ${REPLACE_AT}× faster with identical rows (best: ${withSpeedup.filter((o) => !o.tokenizer.startsWith('papaparse')).sort((a, b) => b.speedup - a.speedup).map((o) => `${o.tokenizer} ${o.speedup.toFixed(2)}×${o.identical ? '' : ', rows differ'}`).join('; ')})`;

  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, loadAverageAtStart: loadavg()[0] },
    rounds,
    tokenizers: TOKENIZERS.map((t) => ({ id: t.id, label: t.label, mode: t.mode })),
    cells,
    overall: withSpeedup,
    scanner: { columns: MESSAGE_COLUMNS, speedupOverPapaparse: scannerVsPapa, identical: scannerCells.every((c) => c.identical) },
    verdict,
  };
  writeFileSync(join(outDir, 'bench-csv.json'), `${JSON.stringify(report, null, 2)}\n`);

  const ids = [...TOKENIZERS.map((t) => t.id), ...(scannerCells.length > 0 ? [SCANNER] : [])];
  const lines = [
    '',
    `Tokenizing alone (text already inflated and decoded), MB/s of UTF-8, medians of ${rounds} rounds; ${cpus().length} cores, Node ${process.version}, load ${loadavg()[0]!.toFixed(2)} (a shared machine: noisy).`,
    `identical: same record count and SHA-1 over every cell as ${REFERENCE} (the scanner: over its columns, against papaparse's rows).`,
    '',
    `| tokenizer | mode | ${files.map((f) => `${f.shape} ${f.name} (${f.mb.toFixed(0)} MB)`).join(' | ')} | all hot files | ÷ app's papaparse | identical |`,
    `|---|---|${files.map(() => '---:').join('|')}|---:|---:|---|`,
    ...ids.map((id) => {
      const row = files.map((f) => {
        const c = cells.find((x) => x.tokenizer === id && x.shape === f.shape && x.file === f.name);
        return c ? `${c.mbPerSecond.toFixed(0)}${c.identical ? '' : ' (differs)'}` : '—';
      });
      const o = withSpeedup.find((x) => x.tokenizer === id);
      const all = o ? o.mbPerSecond.toFixed(0) : '—';
      const speed = o ? `${o.speedup.toFixed(2)}×` : `${scannerVsPapa.map((s) => s.toFixed(2)).join(', ')}× (messages.csv)`;
      const identical = (o ? o.identical : scannerCells.every((c) => c.identical)) ? 'yes' : 'NO';
      const mode = o ? o.mode : 'chunks, the analysis columns';
      return `| ${id} | ${mode} | ${row.join(' | ')} | ${all} | ${speed} | ${identical} |`;
    }),
    '',
    `records: ${files.map((f) => `${f.shape} ${f.name} ${digests.get(`${REFERENCE}|${f.shape}|${f.name}`)!.records}`).join(', ')}`,
    '',
    `Verdict: ${verdict}.`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
