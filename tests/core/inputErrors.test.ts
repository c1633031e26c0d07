// Every way an input is refused has one sentence, written once (shared/archive/inputError.ts): it
// starts with the input's name, names it nowhere else, says what is wrong, and ends by telling the
// member what to do. The example table is a Record over every reason, so a new reason without a
// case here fails to compile.

import { describe, expect, it } from 'vitest';
import { inputError, type InputFailure } from '../../shared/archive/inputError';

const EXAMPLES: { readonly [R in InputFailure['reason']]: Extract<InputFailure, { reason: R }> } = {
  'zip-directory-broken': { reason: 'zip-directory-broken' },
  'split-zip': { reason: 'split-zip' },
  'not-zip': { reason: 'not-zip', what: 'it is a PNG image' },
  'empty-file': { reason: 'empty-file' },
  encrypted: { reason: 'encrypted' },
  'unsupported-compression': { reason: 'unsupported-compression' },
  'nested-zip': { reason: 'nested-zip', what: 'another zip archive' },
  'no-files': { reason: 'no-files' },
  'not-an-export': { reason: 'not-an-export', fileCount: 1, container: 'folder' },
  'not-an-export-file': { reason: 'not-an-export-file' },
  'special-file': { reason: 'special-file', what: 'a named pipe (FIFO), not a file' },
  missing: { reason: 'missing' },
  unreadable: { reason: 'unreadable', detail: 'EACCES' },
  'load-failed': { reason: 'load-failed', detail: 'EIO' },
  'folder-unreadable': { reason: 'folder-unreadable', detail: 'EACCES' },
};

/** After what is wrong, a sentence tells the member what to do next. */
const WHAT_TO_DO = /\. [^]*\b([Oo]pen|Download|Unzip|Join|Check) [^]*\.$/;

describe('input failures', () => {
  const name = 'Ärger-Export 2026 (1).zip';
  const failures = Object.values(EXAMPLES) as InputFailure[];

  it.each(failures.map((f) => [f.reason, f] as const))('%s: one sentence naming the input once, ending with what to do', (_reason, failure) => {
    const error = inputError(name, failure);
    expect(error.input).toBe(name);
    expect(error.message.startsWith(`${name} `)).toBe(true);
    expect(error.message.split(name)).toHaveLength(2);
    expect(error.message).toMatch(WHAT_TO_DO);
    expect(error.message).not.toMatch(/undefined|\[object/);
  });

  it('words each reason differently', () => {
    const sentences = failures.map((f) => inputError(name, f).message);
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('puts the plural right for one file and many', () => {
    expect(inputError(name, { reason: 'not-an-export', fileCount: 1, container: 'zip' }).message).toContain('none of its 1 file is');
    expect(inputError(name, { reason: 'not-an-export', fileCount: 5, container: 'zip' }).message).toContain('none of its 5 files is');
  });
});
