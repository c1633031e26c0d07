// Runtime: Node. Entry point of the built command line.

import { main } from './cli';

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(`${text}\n`),
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
