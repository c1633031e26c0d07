// Lint rules that hold the architecture: shared/ stays pure (no Node, no Electron, no DOM), the
// folders import only along the layers (scripts/lint/importLayers.js), and no app code can open
// a network connection.
import tseslint from 'typescript-eslint';
import { importLayers } from './scripts/lint/importLayers.js';

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http', 'http2',
  'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'tls', 'url', 'util', 'v8', 'vm',
  'worker_threads', 'zlib',
];

/** Network modules: the app is offline by construction. */
const NETWORK_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici'].flatMap((m) => [m, `node:${m}`]);

/** Test code (the hostile corpus, fixtures) never ships: app code does not import it. */
const TEST_CODE = { group: ['**/tests/**', 'tests/**'], message: 'Test code never ships: app code does not import from tests/.' };

const networkImports = [
  ...NETWORK_MODULES.map((name) => ({ name, message: 'The app never opens a network connection.' })),
  { name: 'electron', importNames: ['net', 'netLog'], message: 'The app never opens a network connection.' },
];

const networkGlobals = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'RTCPeerConnection'].map((name) => ({
  name,
  message: 'The app never opens a network connection.',
}));

const networkProperties = [
  ...['window', 'self', 'globalThis', 'global'].map((object) => ({ object, property: 'fetch', message: 'The app never opens a network connection.' })),
  { object: 'navigator', property: 'sendBeacon', message: 'The app never opens a network connection.' },
];

const domAndNodeGlobals = [
  'window', 'document', 'navigator', 'self', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'HTMLElement',
  'Element', 'requestAnimationFrame', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate',
].map((name) => ({ name, message: 'shared/ runs in every runtime: no DOM and no Node globals here.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'tests/output/**', 'bench/output/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts', 'charts/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}', 'node/**/*.ts', 'electron/**/*.ts'],
    plugins: { 'import-layers': importLayers },
    rules: { 'import-layers/allowed': 'error' },
  },
  {
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'node/**/*.ts', 'charts/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: networkImports, patterns: [TEST_CODE] }],
      'no-restricted-globals': ['error', ...networkGlobals],
      'no-restricted-properties': ['error', ...networkProperties],
    },
  },
  {
    // One wording per failure: readers and hosts refuse an input through inputError(), whose table
    // holds every sentence (shared/archive/inputError.ts).
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'node/**/*.ts', 'electron/**/*.ts'],
    ignores: ['shared/archive/inputError.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='InputError']", message: 'Refuse an input with inputError(name, failure): its sentence lives in shared/archive/inputError.ts.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...networkImports,
            ...NODE_BUILTINS.map((name) => ({ name, message: 'shared/ runs in every runtime: no Node modules here.' })),
            { name: 'electron', message: 'shared/ runs in every runtime: no Electron here.' },
            { name: 'react-dom', message: 'shared/ runs in every runtime: no DOM here.' },
          ],
          patterns: [{ group: ['node:*'], message: 'shared/ runs in every runtime: no Node modules here.' }, TEST_CODE],
        },
      ],
      'no-restricted-globals': ['error', ...networkGlobals, ...domAndNodeGlobals],
      'no-restricted-properties': ['error', ...networkProperties],
    },
  },
);
