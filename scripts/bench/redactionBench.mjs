// `npm run bench:redaction`: times scrubPersonal (what redacts names, columns and excerpts in
// shared reports) on hostile strings of one and four million characters, and the e-mail pattern
// it replaced on 20,000. Linear time shows as a 4 MB / 1 MB ratio near 4 (garbage collection adds
// a little); the old pattern was quadratic (16 s on 100,000 letters). Medians of five runs after
// a warm-up; a loaded machine is noisy.

import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundled = await build({ entryPoints: [join(root, 'shared/report/redaction.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning' });
const { scrubPersonal } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const OLD_EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

/** A long run of each shape that made a pattern retry from every character. */
const SHAPES = {
  'letters (a column name)': 'a',
  'mailbox characters': 'a.',
  'domain without a dot': 'a@b',
  'dots after @': '@a.',
  'hex and colons': 'ab:',
  'digits and spaces': '1 ',
  'digits and dots': '1.',
  'astral letters': '\u{1D400}',
  'link prefixes': 'www.',
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run, rounds = 5) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

const rows = [];
for (const [shape, unit] of Object.entries(SHAPES)) {
  const short = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const long = unit.repeat(Math.ceil(4_000_000 / unit.length));
  scrubPersonal(short);
  const shortMs = time(() => scrubPersonal(short));
  const longMs = time(() => scrubPersonal(long));
  const oldMs = time(() => unit.repeat(Math.ceil(20_000 / unit.length)).replace(OLD_EMAIL, '[e-mail]'), 1);
  rows.push({ shape, '1 MB ms': shortMs.toFixed(1), '4 MB ms': longMs.toFixed(1), ratio: (longMs / Math.max(shortMs, 0.01)).toFixed(1), 'old e-mail pattern, 20 KB ms': oldMs.toFixed(0) });
}
console.table(rows);
const worst = Math.max(...rows.map((r) => Number(r['1 MB ms'])));
const steepest = Math.max(...rows.map((r) => Number(r.ratio)));
console.log(`Slowest 1 MB string: ${worst.toFixed(0)} ms (target: under 1,000 ms); steepest 4 MB / 1 MB ratio ${steepest.toFixed(1)} (linear: about 4).`);
