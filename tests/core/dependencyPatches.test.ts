import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { patchPapaparse } from '../../scripts/dependencyPatches.mjs';

const require = createRequire(import.meta.url);

/** Evaluates a CommonJS module's source, resolving its requires from where the file lives. */
function loadModule<T>(code: string, file: string): T {
  const module = { exports: {} as unknown };
  new Function('require', 'module', 'exports', code)(createRequire(file), module, module.exports);
  return module.exports as T;
}

describe('the build-time patch of papaparse', () => {
  const file = require.resolve('papaparse/papaparse.js');
  const source = readFileSync(file, 'utf8');

  it('still finds the three unescapes it guards (a papaparse update fails the build, not silently)', () => {
    expect(patchPapaparse(source).split('unescapeField(input.substring(cursor, quoteSearch))')).toHaveLength(4);
    expect(() => patchPapaparse(source.replace('.replace(quoteCharRegex, quoteChar)', '.replace(renamed, quoteChar)'))).toThrow(/review the patch/);
  });

  it('parses exactly as the original: quoted fields, escaped quotes both ways, newlines inside', () => {
    type Papa = typeof import('papaparse');
    const original = loadModule<Papa>(source, file);
    const patched = loadModule<Papa>(patchPapaparse(source), file);
    const csv = [
      'a,b,c',
      '"plain","with ""quotes"" inside","multi',
      'line"',
      '"back\\"slash",2,"end"""',
      ',,"\r\n"',
      '',
    ].join('\n');
    for (const escapeChar of ['"', '\\']) {
      const parse = (papa: Papa) => new papa.Parser({ delimiter: ',', newline: '\n', quoteChar: '"', escapeChar }).parse(csv, 0, false).data;
      expect(parse(patched)).toEqual(parse(original));
    }
  });
});
