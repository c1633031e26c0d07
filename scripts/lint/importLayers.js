// An ESLint rule that holds the project's layers: which top folder may import which, and, inside
// shared/, a strict order of its folders (each may import only those below it), so no import
// cycle between shared/ folders can form. Resolved on the import's path, not its text, so a
// `../../renderer/x` is caught from any depth.
import { dirname, relative, resolve, sep } from 'node:path';

/** Who may import whom, by top folder. Folders not listed (scripts, tests, root files) may import anything. */
export const TOP_LEVEL_IMPORTS = {
  shared: ['shared'],
  charts: ['charts', 'shared'],
  renderer: ['renderer', 'charts', 'shared'],
  node: ['node', 'charts', 'shared'],
  electron: ['electron', 'node', 'shared'],
};

/** shared/'s folders from the bottom up: each may import only the folders before it (and files at shared/'s root). */
export const SHARED_LAYERS = ['platform', 'security', 'text', 'policy', 'catalog', 'archive', 'csv', 'items', 'scan', 'analysis', 'pipeline', 'report', 'sample', 'contract'];

const RUNTIME_OF = {
  shared: 'runs in every runtime (Node, Electron, browser workers)',
  charts: 'holds the chart components the app and the reports both draw',
  renderer: 'is the browser interface',
  node: 'is the command line and its Node adapters',
  electron: 'is the desktop shell',
};

function segments(root, file) {
  return relative(root, file).split(sep);
}

/** Why `from` may not import `to` (paths split into segments from the project root), or null. */
export function layerViolation(from, to) {
  const [fromTop] = from;
  const [toTop] = to;
  const allowed = TOP_LEVEL_IMPORTS[fromTop];
  if (allowed && !allowed.includes(toTop)) {
    return `${fromTop}/ ${RUNTIME_OF[fromTop]}: it may import only ${allowed.map((t) => `${t}/`).join(', ')}, not ${toTop}/.`;
  }
  if (fromTop === 'shared' && toTop === 'shared') {
    // A file at shared/'s root (appInfo.ts) is below every folder; it imports nothing of shared/.
    const fromLayer = from.length > 2 ? from[1] : null;
    const toLayer = to.length > 2 ? to[1] : null;
    if (toLayer === null || fromLayer === toLayer) return null;
    const fromRank = fromLayer === null ? -1 : SHARED_LAYERS.indexOf(fromLayer);
    const toRank = SHARED_LAYERS.indexOf(toLayer);
    if (fromRank === -1 && fromLayer !== null) return `shared/${fromLayer}/ is not in the layer order (scripts/lint/importLayers.js): add it there.`;
    if (toRank === -1) return `shared/${toLayer}/ is not in the layer order (scripts/lint/importLayers.js): add it there.`;
    if (toRank >= fromRank) {
      return `shared/${fromLayer ?? ''} may not import shared/${toLayer}/: shared/'s folders import only those below them (${SHARED_LAYERS.join(' < ')}), so no cycle can form.`;
    }
  }
  return null;
}

const rule = {
  meta: { type: 'problem', docs: { description: 'Imports follow the project layers.' }, schema: [] },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const from = segments(root, file);
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = segments(root, resolve(dirname(file), source));
      const message = layerViolation(from, to);
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export const importLayers = { rules: { allowed: rule } };
