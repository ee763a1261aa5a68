// Development: the Vite dev server for the renderer, main and preload rebuilt on change,
// and Electron pointed at the dev server through VITE_DEV_SERVER_URL: `npm run dev`.
import { spawn } from 'node:child_process';
import { createServer } from 'vite';
import { copyFonts } from './lib/copyFonts.mjs';
import { electronEnv, ensureElectronBinary } from './lib/electronBinary.mjs';
import { watchElectronBundles } from './lib/electronBundles.mjs';
import { repoRoot } from './lib/paths.mjs';

// Fetched on the first start when missing (Electron's installer); explained when that fails.
const binary = await ensureElectronBinary();

// vite.config.ts names its root relative to the working directory.
process.chdir(repoRoot);
await copyFonts();
const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
server.printUrls();
const devServerUrl =
  server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.server.port ?? 5173}/`;

let electron;
let restarting = false;
let stopWatching = async () => {};

async function shutdown(code) {
  await stopWatching();
  await server.close();
  process.exit(code);
}

function launch() {
  electron = spawn(binary, ['.'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: electronEnv({ VITE_DEV_SERVER_URL: devServerUrl }),
  });
  electron.on('error', (error) => {
    console.error(`Electron tidak dapat dijalankan: ${error.message}`);
    void shutdown(1);
  });
  electron.on('exit', (code) => {
    if (restarting) {
      restarting = false;
      launch();
    } else {
      void shutdown(code ?? 0);
    }
  });
}

// A change to main or the preload needs a fresh Electron; renderer changes hot-reload.
function relaunch() {
  if (!electron || electron.exitCode !== null) return;
  console.log('Proses utama berubah: Electron dimulai ulang.');
  restarting = true;
  electron.kill();
}

try {
  stopWatching = await watchElectronBundles(relaunch);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}
launch();

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    restarting = false;
    if (electron && electron.exitCode === null) electron.kill(signal);
    else void shutdown(0);
  });
}
