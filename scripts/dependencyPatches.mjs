// Two hot spots in dependencies, found with --cpu-prof on the bench export and patched at build
// time for the Node builds (command line, Electron, file worker). Each patch keeps the library's
// behaviour exactly; if the library's source changes, the build fails instead of guessing.
//
// - jszip's ArrayReader rewrites every byte of the archive when opening it (`data[i] & 0xFF`):
//   needed for arrays of numbers, a no-op for a Uint8Array, ~230 ms for a 51 MB zip before any
//   file can be read.
// - papaparse unescapes every quoted field with a global regex replace, even the (vast) majority
//   that hold no escaped quote; a native indexOf first skips the regex: ~20% of parsing time.

import { readFile } from 'node:fs/promises';

const JSZIP_LOOP = `    for(var i = 0; i < this.data.length; i++) {
        data[i] = data[i] & 0xFF;
    }`;

const JSZIP_GUARDED = `    // Patched at build time (scripts/dependencyPatches.mjs): a Uint8Array holds bytes already.
    if (!(data instanceof Uint8Array)) {
        for(var i = 0; i < this.data.length; i++) {
            data[i] = data[i] & 0xFF;
        }
    }`;

const PAPA_REGEX = `var quoteCharRegex = new RegExp(escapeRegExp(escapeChar) + escapeRegExp(quoteChar), 'g');`;
const PAPA_UNESCAPE = `input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar)`;
const PAPA_UNESCAPES = 3;

function mustContain(source, text, times, file) {
  const found = source.split(text).length - 1;
  if (found !== times) throw new Error(`${file} no longer has what scripts/dependencyPatches.mjs patches (${found} of ${times}): review the patch.`);
}

export function patchArrayReader(source) {
  mustContain(source, JSZIP_LOOP, 1, 'jszip/lib/reader/ArrayReader.js');
  return source.replace(JSZIP_LOOP, JSZIP_GUARDED);
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
  { filter: /[\\/]jszip[\\/]lib[\\/]reader[\\/]ArrayReader\.js$/, patch: patchArrayReader },
  { filter: /[\\/]papaparse[\\/]papaparse\.js$/, patch: patchPapaparse },
];

/** The esbuild plugin applying both patches. */
export const dependencyPatches = {
  name: 'dependency-patches',
  setup(build) {
    for (const { filter, patch } of PATCHES) {
      build.onLoad({ filter }, async (args) => ({ contents: patch(await readFile(args.path, 'utf8')), loader: 'js' }));
    }
  },
};
