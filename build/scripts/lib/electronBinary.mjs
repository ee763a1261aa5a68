import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The local Electron executable, or undefined when it has not been downloaded yet.
 * Electron 45 fetches its binary lazily on the first `require('electron')`; we look
 * first, so a machine without internet gets an explanation instead of a failed download.
 */
export function findElectronBinary() {
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  let relative;
  try {
    relative = readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = undefined;
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative || 'electron')
    : relative && path.join(packageDir, 'dist', relative);
  if (!candidate || !existsSync(candidate)) return undefined;
  // Present, so this only resolves the path; it does not download.
  return require('electron');
}

export const MISSING_ELECTRON_MESSAGE = `
Binary Electron belum terpasang (node_modules/electron/dist belum ada).
Paket npm "electron" tidak memuat binary-nya; binary itu diunduh sekali dari internet.
Pada komputer yang tersambung ke internet, jalankan sekali:

    node node_modules/electron/install.js      (atau: npx install-electron)

lalu ulangi perintah ini. Di komputer tanpa internet Electron tidak dapat dijalankan,
tetapi bagian lainnya tetap dapat diuji: npm run typecheck, npm run lint,
npm run test:unit, npm run test:e2e.

The Electron binary is not installed (node_modules/electron/dist does not exist yet).
The "electron" npm package does not contain it; it is downloaded once from the internet.
On a machine with internet access, run once:

    node node_modules/electron/install.js      (or: npx install-electron)

then run this command again. Without internet Electron cannot run, but everything else
can still be tested: npm run typecheck, npm run lint, npm run test:unit, npm run test:e2e.
`;

/** Prints the explanation above and exits with code 1: no stack trace, nothing to debug. */
export function exitForMissingElectron() {
  console.error(MISSING_ELECTRON_MESSAGE);
  process.exit(1);
}

/** The environment to start Electron with: never as plain Node (some shells set this). */
export function electronEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}
