import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { repoRoot } from './paths.mjs';

const CHANNELS_MODULE = 'virtual:api-channels';

/**
 * The contract's global name and each method's channel, read from shared/api/contract.ts at
 * build time: the preload needs only these strings, not the zod schemas the contract holds.
 */
export async function apiChannels() {
  const built = await esbuild.build({
    absWorkingDir: repoRoot,
    entryPoints: ['shared/api/contract.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const module = { exports: {} };
  vm.runInNewContext(built.outputFiles[0].text, {
    module,
    exports: module.exports,
    require: () => ({}),
  });
  const { apiContract, API_GLOBAL } = module.exports;
  const channels = Object.fromEntries(
    Object.entries(apiContract).map(([method, entry]) => [method, entry.channel]),
  );
  const inputs = Object.keys(built.metafile.inputs).map((file) => path.join(repoRoot, file));
  return { global: API_GLOBAL, channels, inputs };
}

/** Serves `virtual:api-channels` to the preload, read afresh on every (re)build. */
const apiChannelsPlugin = {
  name: 'meja-api-channels',
  setup(build) {
    build.onResolve({ filter: /^virtual:api-channels$/ }, () => ({
      path: CHANNELS_MODULE,
      namespace: 'meja',
    }));
    build.onLoad({ filter: /.*/, namespace: 'meja' }, async () => {
      const { global, channels, inputs } = await apiChannels();
      return {
        contents: `export const API_GLOBAL = ${JSON.stringify(global)};\nexport const API_CHANNELS = ${JSON.stringify(channels)};\n`,
        loader: 'js',
        watchFiles: inputs.filter((file) => !file.includes('node_modules')),
      };
    });
  },
};

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
  // The sandboxed preload may require only `electron` (and a few Node shims). It gets the
  // channel names from the contract at build time (virtual:api-channels), not the contract
  // and zod themselves, so every page load parses a few kilobytes.
  {
    ...shared,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    minify: true,
    plugins: [apiChannelsPlugin],
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
          ...(options.plugins ?? []),
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
