// Runtime: Node. Entry point of the built command line.

import { main } from './cli';

// Piped into `head` or a closed pager: stop quietly, as command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(`${text}\n`),
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
