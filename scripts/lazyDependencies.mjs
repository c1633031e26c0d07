// Libraries the Node builds (command line, its worker threads, Electron) bundle but seldom run,
// initialized on first use instead of when the bundle loads. jszip (with pako and its stream
// polyfills, a third of the command line's code) only writes the built-in sample's zip and
// inflates where a host has no native inflate, which Node always has: initializing it took
// about 20 ms of every start (`--version`: 180 -> 160 ms, 20 alternating rounds).
//
// The library is replaced by a stand-in that loads it when it is first constructed or one of its
// members is read; `__esModule` is answered without loading it (the bundler's interop asks).

const LAZY = ['jszip'];

const NAMESPACE = 'lazy-dependency';

function standIn(name) {
  return `let loaded;
const load = () => (loaded ??= require(${JSON.stringify(name)}));
module.exports = new Proxy(function lazyDependency() {}, {
  construct: (_, args) => new (load())(...args),
  apply: (_, self, args) => load().apply(self, args),
  get: (_, key) => (key === '__esModule' ? undefined : load()[key]),
  has: (_, key) => key in load(),
});
`;
}

/** An esbuild plugin: an import of one of `names` from anywhere but its stand-in gets the stand-in. */
export function lazyDependency(names) {
  const filter = new RegExp(`^(${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
  return {
    name: 'lazy-dependencies',
    setup(build) {
      build.onResolve({ filter }, (args) => (args.namespace === NAMESPACE ? undefined : { path: args.path, namespace: NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({ contents: standIn(args.path), loader: 'js', resolveDir: build.initialOptions.absWorkingDir ?? process.cwd() }));
    },
  };
}

export const lazyDependencies = lazyDependency(LAZY);
