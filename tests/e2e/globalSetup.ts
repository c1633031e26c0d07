// Builds the web app once (vite, vite.config.ts) into dist/renderer for the end-to-end tests.

import { build } from 'vite';
import { join } from 'node:path';

export default async function setup(): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build; the
  // tests measure the app members get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(process.cwd(), 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
