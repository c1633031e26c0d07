// A hot spot in a dependency, found with --cpu-prof on the bench export and patched at build
// time for the Node builds (command line, Electron, file worker). The patch keeps the library's
// behaviour exactly; if the library's source changes, the build fails instead of guessing.
//
// - papaparse unescapes every quoted field with a global regex replace, even the (vast) majority
//   that hold no escaped quote; a native indexOf first skips the regex: ~20% of parsing time.
//
// (jszip's ArrayReader was patched too while jszip opened whole archives; it no longer opens any
// member's archive: shared/archive/zipDirectory.ts does.)

import { readFile } from 'node:fs/promises';

const PAPA_REGEX = `var quoteCharRegex = new RegExp(escapeRegExp(escapeChar) + escapeRegExp(quoteChar), 'g');`;
const PAPA_UNESCAPE = `input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar)`;
const PAPA_UNESCAPES = 3;

function mustContain(source, text, times, file) {
  const found = source.split(text).length - 1;
  if (found !== times) throw new Error(`${file} no longer has what scripts/dependencyPatches.mjs patches (${found} of ${times}): review the patch.`);
}

export function patchPapaparse(source) {
  mustContain(source, PAPA_REGEX, 1, 'papaparse/papaparse.js');
  mustContain(source, PAPA_UNESCAPE, PAPA_UNESCAPES, 'papaparse/papaparse.js');
  const helper = `${PAPA_REGEX}
			// Patched at build time (scripts/dependencyPatches.mjs): most fields hold no escaped quote.
			var escapedQuote = escapeChar + quoteChar;
			function unescapeField(field) { return field.indexOf(escapedQuote) === -1 ? field : field.replace(quoteCharRegex, quoteChar); }`;
  return source.replace(PAPA_REGEX, helper).split(PAPA_UNESCAPE).join('unescapeField(input.substring(cursor, quoteSearch))');
}

const PATCHES = [
  { filter: /[\\/]papaparse[\\/]papaparse\.js$/, patch: patchPapaparse },
];

/** The esbuild plugin applying the patch. */
export const dependencyPatches = {
  name: 'dependency-patches',
  setup(build) {
    for (const { filter, patch } of PATCHES) {
      build.onLoad({ filter }, async (args) => ({ contents: patch(await readFile(args.path, 'utf8')), loader: 'js' }));
    }
  },
};
