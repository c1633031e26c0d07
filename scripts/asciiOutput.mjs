// The Node builds written as ASCII. esbuild escapes every other character in strings, regular
// expressions and names, but copies comments as they are, and one "…" left in a comment of an
// 800 KB bundle made Node read the whole file through its slow UTF-8 path and hand V8 a two-byte
// string twice the size (reading dist/cli/cliMain.cjs: about 25-30 ms against 10 ms as ASCII, at
// every start of the command line and of each worker thread). Each character left over is written
// as its `\uXXXX` escape: inert in a comment, and the same character in a string, a regular
// expression or a name, should esbuild ever leave one there.

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** `text` with every non-ASCII UTF-16 unit written as `\uXXXX`. */
export function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An esbuild plugin: the outputs are written by it, as ASCII, instead of by esbuild. */
export const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.initialOptions.write = false;
    build.onEnd(async (result) => {
      for (const file of result.outputFiles ?? []) {
        await mkdir(dirname(file.path), { recursive: true });
        await writeFile(file.path, asciiOnly(file.text));
      }
    });
  },
};
