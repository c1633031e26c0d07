// Whole inputs that are not a readable export: one sentence naming the file, saying what is
// wrong and what to do; on the command line that one line, exit 1, nothing on stdout.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportUnreadableError } from '../../shared/scan/scanExport';
import { generateExport, zipExport } from '../../shared/sample';
import {
  emptyFileInput,
  emptyZipInput,
  encryptedZipInput,
  holidayPhotoFiles,
  holidayPhotosZipInput,
  nestedZipInput,
  pdfInput,
  pngInput,
  textFileInput,
  truncatedZipInput,
  type HostileInput,
} from './corpus';
import { nodeFolderReader } from '../../node/platform/nodeFolderReader';
import { LABELS_HINT } from '../../node/cli/analyzeExport';
import { isLinkedInArchiveName } from '../../shared/archive/entryPaths';
import { runCli } from '../support/runCli';
import { scan } from '../support/scanGenerated';
import { analyzeFile, inTempDir, zipInputOf } from './hostileSupport';

/** What to do: every message ends by telling the member which file to open or fetch. */
const WHAT_TO_DO = /(Open|Download|Unzip|unzip) /;

async function unreadable(input: Parameters<typeof scan>[0]): Promise<ExportUnreadableError> {
  const error = await scan(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExportUnreadableError);
  return error as ExportUnreadableError;
}

const CASES: readonly { what: string; make: () => HostileInput | Promise<HostileInput>; code: string; says: RegExp }[] = [
  { what: 'a text file', make: textFileInput, code: 'not-zip', says: /is not a zip archive \(its first bytes are not those of a zip\)/ },
  { what: 'a PNG image', make: pngInput, code: 'not-zip', says: /is not a zip archive \(it is a PNG image\)/ },
  { what: 'a PDF document', make: pdfInput, code: 'not-zip', says: /is not a zip archive \(it is a PDF document\)/ },
  { what: 'an empty zip (no entries)', make: emptyZipInput, code: 'empty', says: /is empty: it holds no files/ },
  { what: 'an empty file (0 bytes)', make: emptyFileInput, code: 'empty', says: /is an empty file \(0 bytes\)/ },
  { what: 'a zip cut in the middle', make: truncatedZipInput, code: 'damaged', says: /is damaged or incomplete .*interrupted download/ },
  { what: 'a zip of holiday photos', make: holidayPhotosZipInput, code: 'not-linkedin', says: /is not a LinkedIn data export: none of its 5 files/ },
  { what: 'an encrypted zip', make: encryptedZipInput, code: 'encrypted', says: /is encrypted \(password-protected\)/ },
  { what: 'the export zipped again', make: nestedZipInput, code: 'nested-zip', says: /holds another archive \(Complete_LinkedInDataExport_09-05-2026\.zip\)/ },
];

describe('inputs that are not a readable export', () => {
  for (const { what, make, code, says } of CASES) {
    it(`${what}: one sentence that names the file and says what to do`, async () => {
      const input = await make();
      const error = await unreadable([zipInputOf(input)]);
      expect(error.errors).toHaveLength(1);
      const [problem] = error.errors;
      expect(problem!.code).toBe(code);
      expect(problem!.input).toBe(input.name);
      // It starts with the input's name and names it nowhere else: a report can put a label in its place.
      expect(problem!.message.startsWith(input.name)).toBe(true);
      expect(problem!.message.slice(input.name.length)).not.toContain(input.name);
      expect(problem!.message).toMatch(says);
      expect(problem!.message).toMatch(WHAT_TO_DO);
      expect(problem!.message).not.toMatch(/\n|\bat .*:\d+:\d+|Error:/);
    });

    it(`${what}: the command line prints that one line and exits 1 (the input named by its place at counts)`, async () => {
      const input = await make();
      const run = await analyzeFile(input, ['--redact', 'full']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(input.name);
      expect(lines[0]).toMatch(says);
      // LinkedIn's own archive names are shown at every level; any other is a label at counts.
      const counts = await analyzeFile(input);
      expect(counts.code).toBe(1);
      const shown = counts.stderr.trimEnd().split('\n');
      if (isLinkedInArchiveName(input.name)) expect(shown).toEqual(lines);
      else {
        expect(shown).toEqual([expect.stringMatching(/^\[input 1\] /), LABELS_HINT]);
        expect(shown[0]).toMatch(says);
        expect(counts.stderr).not.toContain(input.name);
      }
    });
  }

  it('reads the export when an unreadable input comes with it, and says which one was skipped', async () => {
    const exp = generateExport({ era: 2026 });
    const result = await scan([zipInputOf(pngInput()), { kind: 'zip', name: exp.name, bytes: await zipExport(exp) }]);
    expect(result.inputs[0]!.error?.code).toBe('not-zip');
    expect(result.files.filter((f) => f.status === 'parsed').length).toBeGreaterThan(40);
  });
});

describe('folders', () => {
  it('a folder of photos is not an export', async () => {
    await inTempDir(async (dir) => {
      for (const file of holidayPhotoFiles()) {
        await mkdir(join(dir, 'Holiday 2026'), { recursive: true });
        await writeFile(join(dir, file.path), file.bytes);
      }
      const error = await unreadable([{ kind: 'folder', name: 'Holiday 2026', reader: nodeFolderReader(dir) }]);
      expect(error.errors[0]!.code).toBe('not-linkedin');
      expect(error.errors[0]!.message).toMatch(/^Holiday 2026 is not a LinkedIn data export: .*Open the folder/);

      const run = await runCli(['analyze', dir, '--redact', 'full']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/is not a LinkedIn data export/);
    });
  });

  it('an empty folder holds no export', async () => {
    await inTempDir(async (dir) => {
      const error = await unreadable([{ kind: 'folder', name: 'Downloads', reader: nodeFolderReader(dir) }]);
      expect(error.errors[0]!.code).toBe('empty');
      expect(error.errors[0]!.message).toMatch(/^Downloads is empty: it holds no files\. Open /);
    });
  });

  it('a path that does not exist: one line, exit 1', async () => {
    await inTempDir(async (dir) => {
      const run = await runCli(['analyze', join(dir, 'Complete_LinkedInDataExport_09-05-2026.zip')]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/does not exist or cannot be opened/);
    });
  });
});

describe('the Basic archive alone', () => {
  it('is read, and the app says the Complete one arrives within a day', async () => {
    const basic = generateExport({ era: 2026, archive: 'basic' });
    const result = await scan([{ kind: 'zip', name: basic.name, bytes: await zipExport(basic) }]);
    const note = result.problems.find((p) => p.code === 'basic-only');
    expect(note?.message).toMatch(/Complete archive.*arrives within about a day/);
    const run = await analyzeFile({ name: basic.name, bytes: await zipExport(basic) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/arrives within about a day/);
  });
});
