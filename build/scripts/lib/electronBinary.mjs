import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fetchElectron } from './fetchElectron.mjs';

const require = createRequire(import.meta.url);

/**
 * The installed "electron" npm package. MEJA_ELECTRON_PACKAGE_DIR points elsewhere only for
 * test/integration/startElectron.test.ts, which fetches into a scratch copy of the package.
 */
export function electronPackageDir() {
  const fromTest = process.env.MEJA_ELECTRON_PACKAGE_DIR;
  if (fromTest) return path.resolve(fromTest);
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/**
 * The local Electron executable, or undefined when it has not been downloaded yet. Read the
 * way the package's index.js reads it, without requiring it: that would download on its own.
 */
export function findElectronBinary(packageDir = electronPackageDir()) {
  if (!packageDir) return undefined;
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
  return candidate && existsSync(candidate) ? candidate : undefined;
}

/**
 * The executable to launch: the installed one, else fetched now by Electron's installer.
 * With ELECTRON_OVERRIDE_DIST_PATH set nothing is fetched. When there is none, explains
 * what to do and exits with code 1.
 */
export async function ensureElectronBinary() {
  const packageDir = electronPackageDir();
  const found = findElectronBinary(packageDir);
  if (found) return found;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    exitForMissingElectron(
      `ELECTRON_OVERRIDE_DIST_PATH=${override} tidak memuat executable Electron.`,
    );
  }
  if (!packageDir) exitForMissingElectron('paket npm "electron" tidak ada; jalankan npm ci.');
  const result = await fetchElectron({ packageDir });
  const fetched = result.ok ? findElectronBinary(packageDir) : undefined;
  if (fetched) return fetched;
  return exitForMissingElectron(
    result.ok ? 'pemasang Electron tidak menulis path.txt.' : result.reason,
  );
}

/** What to do, naming the zip a mirror must serve for this Electron and machine. */
export function missingElectronMessage(packageDir = electronPackageDir()) {
  return `
Binary Electron belum terpasang dan tidak dapat diunduh otomatis.
Paket npm "electron" tidak memuat binary-nya; npm start dan npm run dev mengunduhnya sekali
(±110 MB) dari GitHub. Yang dapat dilakukan:

  - Periksa sambungan internet, lalu ulangi perintah ini.
  - Di balik proxy: set HTTPS_PROXY (dan NO_PROXY bila perlu) serta ELECTRON_GET_USE_PROXY=1.
  - Unduh dari cermin lain: ELECTRON_MIRROR=<alamat>/ (berisi ${mirrorZipPath(packageDir)}).
  - Tanpa internet: salin folder cache Electron dari komputer yang sudah pernah mengunduhnya
    (Linux ~/.cache/electron, Windows %LOCALAPPDATA%\\electron\\Cache, macOS
    ~/Library/Caches/electron) ke tempat yang sama di sini, atau tunjuk folder itu dengan
    electron_config_cache=<folder>.
  - Atau pakai Electron yang sudah terurai: ELECTRON_OVERRIDE_DIST_PATH=<folder berisi electron>.

Tanpa Electron bagian lainnya tetap dapat diuji: npm run typecheck, npm run lint,
npm run test:unit, npm run test:e2e.

The Electron binary is not installed and could not be downloaded. npm start and npm run dev
fetch it once from GitHub: check the internet connection; behind a proxy set HTTPS_PROXY and
ELECTRON_GET_USE_PROXY=1; or set ELECTRON_MIRROR, copy another PC's Electron cache folder
(or point electron_config_cache at it), or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked
Electron. See docs/BUILDING.md, "Starting the app".
`;
}

function mirrorZipPath(packageDir) {
  let version = '<versi>';
  try {
    version = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    // No electron package: the placeholder says what goes there.
  }
  return `v${version}/electron-v${version}-${process.platform}-${process.arch}.zip`;
}

/** Prints why, then the explanation above, and exits with code 1: no stack trace to debug. */
export function exitForMissingElectron(reason) {
  if (reason) console.error(`\nPenyebab: ${reason}`);
  console.error(missingElectronMessage());
  process.exit(1);
}

/** The environment to start Electron with: never as plain Node (some shells set this). */
export function electronEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}
