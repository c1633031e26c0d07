// jszip's ArrayReader walks every byte of the archive once when it opens it, masking each with
// 0xFF: needed for arrays of numbers, a no-op for a Uint8Array, and about a quarter of a second
// for a 56 MB export, on the critical path before any file can be read (measured with
// --cpu-prof on the bench export). The Node builds (command line, Electron, file worker) skip
// the loop for typed arrays; if jszip's file changes, the build fails instead of guessing.

export const ARRAY_READER = /[\\/]jszip[\\/]lib[\\/]reader[\\/]ArrayReader\.js$/;

const LOOP = `    for(var i = 0; i < this.data.length; i++) {
        data[i] = data[i] & 0xFF;
    }`;

const GUARDED = `    // Patched at build time (scripts/jszipReaderPatch.mjs): a Uint8Array holds bytes already.
    if (!(data instanceof Uint8Array)) {
        for(var i = 0; i < this.data.length; i++) {
            data[i] = data[i] & 0xFF;
        }
    }`;

export function patchArrayReader(source) {
  if (!source.includes(LOOP)) {
    throw new Error('jszip/lib/reader/ArrayReader.js no longer has the loop scripts/jszipReaderPatch.mjs skips: review the patch.');
  }
  return source.replace(LOOP, GUARDED);
}

/** The esbuild plugin applying the patch. */
export const jszipReaderPatch = {
  name: 'jszip-reader-patch',
  setup(build) {
    build.onLoad({ filter: ARRAY_READER }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: patchArrayReader(await readFile(args.path, 'utf8')), loader: 'js' };
    });
  },
};
