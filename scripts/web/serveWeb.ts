// `npm run web`: serves the built web app on 127.0.0.1 only (PORT, 5173 by default). Built by
// scripts/build.mjs into dist/web/serveWeb.cjs, beside dist/renderer.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createStaticServer } from './staticServer';

const root = join(__dirname, '..', 'renderer');
if (!existsSync(join(root, 'index.html'))) {
  console.error('dist/renderer is not built yet: run "npm run web" (it builds first).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 5173);
const server = createStaticServer(root);
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to another one, e.g. PORT=5174 npm run web.` : String(error));
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`LinkedIn AI exposure is running at http://127.0.0.1:${port}/ (Ctrl+C to stop). Nothing leaves this computer.`);
});
