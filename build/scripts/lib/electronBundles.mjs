import path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './paths.mjs';

/**
 * Main and preload as single CommonJS files. `electron` comes from the runtime; pdfmake
 * stays in node_modules because it (and pdfkit, linebreak) read data files beside their
 * own sources at runtime, which a bundle would break. It is a runtime dependency, so
 * electron-builder packs it into the app.
 */
const shared = {
  absWorkingDir: repoRoot,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: 'linked',
  external: ['electron', 'pdfmake'],
  logLevel: 'warning',
};

export const electronBundles = [
  { ...shared, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' },
  // The sandboxed preload may require only `electron` (and a few Node shims): the
  // contract and zod are bundled into it, minified since every page load parses it.
  {
    ...shared,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    minify: true,
  },
];

export async function buildElectronBundles() {
  await Promise.all(electronBundles.map((options) => esbuild.build(options)));
  return electronBundles.map((options) => path.join(repoRoot, options.outfile));
}

/**
 * Rebuilds main and preload on every change; `onRebuilt` runs after each successful
 * rebuild (not the first build). Returns a function that stops watching.
 */
export async function watchElectronBundles(onRebuilt) {
  let built = 0;
  const contexts = await Promise.all(
    electronBundles.map((options) =>
      esbuild.context({
        ...options,
        plugins: [
          {
            name: 'meja-rebuilt',
            setup(build) {
              build.onEnd((result) => {
                built += 1;
                if (result.errors.length === 0 && built > electronBundles.length) onRebuilt();
              });
            },
          },
        ],
      }),
    ),
  );
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.watch()));
  return () => Promise.all(contexts.map((context) => context.dispose()));
}
