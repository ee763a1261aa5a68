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
 * Builds main and preload, then rebuilds them on every change; `onRebuilt` runs after
 * each successful rebuild (not the first build). Resolves, once the first build is done,
 * to a function that stops watching.
 */
export async function watchElectronBundles(onRebuilt) {
  const firstBuilds = [];
  const contexts = await Promise.all(
    electronBundles.map((options) => {
      let firstBuilt;
      firstBuilds.push(new Promise((resolve) => (firstBuilt = resolve)));
      let first = true;
      return esbuild.context({
        ...options,
        plugins: [
          {
            name: 'meja-rebuilt',
            setup(build) {
              build.onEnd((result) => {
                if (first) {
                  first = false;
                  firstBuilt(result);
                } else if (result.errors.length === 0) {
                  onRebuilt();
                }
              });
            },
          },
        ],
      });
    }),
  );
  const stop = () => Promise.all(contexts.map((context) => context.dispose()));
  // watch() starts with a build of its own; wait for it rather than building twice.
  await Promise.all(contexts.map((context) => context.watch()));
  const results = await Promise.all(firstBuilds);
  if (results.some((result) => result.errors.length > 0)) {
    await stop();
    throw new Error('Proses utama atau preload gagal dibangun; lihat galat di atas.');
  }
  return stop;
}
