// `node scripts/bench/threadCpu.mjs <command…>`: runs a command (the command line's analysis,
// most often) and prints the CPU seconds each of its threads used: the main thread, the busiest
// other one (the file worker, when one runs) and the rest together (libuv's pool, where zip
// entries are inflated, and V8's helpers), beside the wall time. Which thread is the critical
// path decides whether moving work between threads can pay; a loaded machine stretches the wall
// time but hardly the CPU per thread. Linux only (it samples /proc/<pid>/task every 10 ms, so a
// thread's last few milliseconds may be missed).
//
//   node scripts/bench/threadCpu.mjs node dist/cli/cli.cjs analyze bench/output/dominant-messages-v1.zip --format json

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const TICKS_PER_SECOND = 100;

/** utime + stime of a thread, in seconds; null once it has ended. */
function cpuOf(pid, tid) {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/bench/threadCpu.mjs <command> [args…]');
  process.exit(2);
}
const started = performance.now();
const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
let exited = null;
child.on('exit', (code) => (exited = code ?? 1));
/** The last CPU time seen of each thread. */
const seen = new Map();
while (exited === null) {
  let tids = [];
  try {
    tids = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    // Ended between two samples.
  }
  for (const tid of tids) {
    const cpu = cpuOf(child.pid, tid);
    if (cpu !== null) seen.set(Number(tid), cpu);
  }
  await sleep(10);
}
const wall = (performance.now() - started) / 1000;
const main = seen.get(child.pid) ?? 0;
const others = [...seen].filter(([tid]) => tid !== child.pid).map(([, cpu]) => cpu).sort((a, b) => b - a);
const rest = others.slice(1).reduce((sum, cpu) => sum + cpu, 0);
const total = main + (others[0] ?? 0) + rest;
console.log(`wall ${wall.toFixed(2)} s, CPU: main ${main.toFixed(2)} s, busiest other ${(others[0] ?? 0).toFixed(2)} s, the rest ${rest.toFixed(2)} s, all ${total.toFixed(2)} s (exit ${exited})`);
process.exitCode = exited;
