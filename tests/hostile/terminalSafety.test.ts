// Text from the export printed by the built command line (a child process, as a member runs it):
// in every format on stdout and in every message on stderr, escape sequences, carriage returns,
// 8-bit controls and bidirectional overrides show as `\x1b`, `\u202e`; none reaches the terminal.

import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILT_CLI, buildCli } from '../support/builtCli';
import { inTempDir } from './hostileSupport';
import { ACTING_CHARACTERS, terminalCase, type TerminalCase } from './terminalCorpus';

const CLI = BUILT_CLI;

function runBuiltCli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let hostile: TerminalCase;

beforeAll(async () => {
  buildCli();
  hostile = await terminalCase();
}, 120_000);

describe('terminal safety of the command line', () => {
  it.each(['md', 'json', 'csv', 'html'])('%s on stdout, and stderr, carry no character a terminal acts on (full redaction: every name shown)', async (format) => {
    await inTempDir(async (dir) => {
      const zip = join(dir, hostile.zipName);
      const notZip = join(dir, hostile.notZip.name);
      await writeFile(zip, hostile.zip);
      await writeFile(notZip, hostile.notZip.bytes);
      const run = runBuiltCli(['analyze', zip, notZip, '--format', format, '--redact', 'full']);
      expect(run.code, run.stderr).toBe(0);
      // CSV ends its lines with CR LF (RFC 4180): a carriage return right before a line feed does nothing.
      expect(run.stdout.replace(/\r\n/g, '\n')).not.toMatch(ACTING_CHARACTERS);
      expect(run.stderr).not.toMatch(ACTING_CHARACTERS);
      // Shown, not dropped: the skipped input's name with its sequences written out.
      expect(run.stderr).toContain('Skipped: holiday \\x1b[2J\\x1b]0;title\\x07 \\u202eparc.zip is not a zip archive');
      expect(run.stdout).toContain({ json: '\\u001b[2J', md: '\\x1b\\[2J', csv: '\\x1b[2J', html: '\\x1b[2J' }[format]);
      expect(run.stdout).toContain('\\u202e');
      if (format === 'json') {
        // JSON's own escapes: the document reads back to the names as written.
        const report = JSON.parse(run.stdout) as { files: { path: string }[] };
        expect(report.files.map((f) => f.path)).toContain('notes 0 \u001b[2J\u001b[H.csv');
        expect(report.files.map((f) => f.path)).toContain('notes 6 gnp.exe\u202e.csv');
      }
    });
  }, 120_000);

  it('a message for an input that cannot be read at all is one line, its sequences shown (exit 1)', async () => {
    await inTempDir(async (dir) => {
      const notZip = join(dir, hostile.notZip.name);
      await writeFile(notZip, hostile.notZip.bytes);
      const run = runBuiltCli(['analyze', notZip, '--redact', 'full']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toMatch(ACTING_CHARACTERS);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  });
});
