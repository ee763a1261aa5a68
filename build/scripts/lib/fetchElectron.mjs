// Fetches the Electron binary with Electron's own installer (node_modules/electron/install.js,
// which uses @electron/get: ELECTRON_MIRROR, electron_config_cache, the bundled checksums),
// run as a child process so a failure is a result to explain, not a stack trace.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Long enough for ±110 MB over a slow office line; a stalled download still ends. */
export const FETCH_TIMEOUT_MS = 20 * 60 * 1000;

/**
 * Runs install.js in `packageDir`. Resolves `{ ok: true }` once it exits 0, otherwise
 * `{ ok: false, reason }` with a one-line reason (the installer's own first error line).
 * Prints a progress line in Indonesian to `out` while the download grows. `env` is the
 * installer's environment (ELECTRON_MIRROR, electron_config_cache, proxies).
 */
export function fetchElectron({
  packageDir,
  timeoutMs = FETCH_TIMEOUT_MS,
  out = process.stdout,
  env = process.env,
}) {
  const version = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
  const label = `Electron ${version} (${process.platform}-${process.arch})`;
  const source = downloadSource(env);
  // @electron/get downloads into os.tmpdir(); a private one lets us watch the file grow.
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'meja-electron-'));

  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(packageDir, 'install.js')], {
      cwd: packageDir,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...env,
        ELECTRON_GET_NO_PROGRESS: '1',
        TMPDIR: tempDir,
        TMP: tempDir,
        TEMP: tempDir,
      },
    });
    // Ctrl+C while downloading: stop the installer and leave no half-downloaded file behind.
    // Listening before the first line is printed: whoever reads it may interrupt at once.
    const cancel = (signal) => {
      child.kill(signal);
      progress.stop(false);
      rmSync(tempDir, { recursive: true, force: true });
      process.exit(128 + (os.constants.signals[signal] ?? 2));
    };
    process.once('SIGINT', cancel);
    process.once('SIGTERM', cancel);

    const progress = progressLine(out, label, source, tempDir);

    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, timeoutMs);

    let finished = false;
    const finish = (result) => {
      if (finished) return;
      finished = true;
      process.off('SIGINT', cancel);
      process.off('SIGTERM', cancel);
      clearTimeout(timer);
      progress.stop(result.ok);
      rmSync(tempDir, { recursive: true, force: true });
      resolve(result);
    };
    child.on('error', (error) => finish({ ok: false, reason: error.message }));
    // 'close', not 'exit': by then the installer's error output has been read in full.
    child.on('close', (code, signal) => {
      if (code === 0) finish({ ok: true });
      else if (timedOut) {
        finish({ ok: false, reason: `unduhan dihentikan setelah ${duration(timeoutMs)}` });
      } else {
        const line = firstErrorLine(stderr) ?? `pemasang keluar dengan ${code ?? signal}`;
        const proxy = proxyHost(env);
        const via = proxy ? ` melalui proxy ${proxy}` : '';
        const unreachable = /fetch failed/.test(line);
        finish({
          ok: false,
          reason: unreachable ? `${source} tidak dapat dihubungi${via} (${line})` : line,
        });
      }
    });
  });
}

/** Where @electron/get downloads from: a mirror named any way it reads one, or GitHub. */
function downloadBase(env) {
  return (
    env.npm_config_electron_mirror ||
    env.NPM_CONFIG_ELECTRON_MIRROR ||
    env.npm_package_config_electron_mirror ||
    env.ELECTRON_MIRROR ||
    'https://github.com/electron/electron/releases/download/'
  );
}

/** The host of that address, to name in messages. */
export function downloadSource(env = process.env) {
  const base = downloadBase(env);
  try {
    return new URL(base).host;
  } catch {
    return base;
  }
}

/**
 * The proxy the installer goes through, or undefined: @electron/get uses one only when
 * ELECTRON_GET_USE_PROXY is set, then undici's EnvHttpProxyAgent reads these (lower case first).
 */
export function proxyHost(env = process.env) {
  if (!env.ELECTRON_GET_USE_PROXY) return undefined;
  const https = !downloadBase(env).startsWith('http:');
  const proxy = https ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY;
  if (!proxy) return undefined;
  try {
    return new URL(proxy).host;
  } catch {
    return proxy;
  }
}

/** The first meaningful line of the installer's error output (its stack's message). */
export function firstErrorLine(text) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '));
}

/** "20 menit", or "3 detik" below a minute. */
function duration(ms) {
  return ms >= 60_000 ? `${Math.round(ms / 60_000)} menit` : `${Math.round(ms / 1000)} detik`;
}

/** "12,3 MB" the Indonesian way. */
export function megabytes(bytes) {
  return `${(bytes / 1_000_000).toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

/** Bytes in the installer's temp folder; undefined while a folder vanishes under the walk. */
function downloadedBytes(dir) {
  let total = 0;
  try {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
    }
  } catch {
    return undefined;
  }
  return total;
}

/**
 * On a terminal one line rewritten twice a second; elsewhere (CI, a log file) a line every
 * ten seconds. Then a closing line either way.
 */
function progressLine(out, label, source, tempDir) {
  const started = Date.now();
  let bytes = 0;
  const text = () => {
    bytes = downloadedBytes(tempDir) ?? bytes;
    const seconds = Math.round((Date.now() - started) / 1000);
    return `Mengunduh ${label}: ${megabytes(bytes)}, ${seconds} detik`;
  };
  out.write(`Mengunduh ${label} dari ${source} (sekali saja, ±110 MB)...\n`);
  const interval = out.isTTY
    ? setInterval(() => out.write(`\r${text()}   `), 500)
    : setInterval(() => out.write(`${text()}\n`), 10_000);
  return {
    stop(ok) {
      clearInterval(interval);
      if (out.isTTY) out.write('\n');
      const seconds = Math.round((Date.now() - started) / 1000);
      out.write(ok ? `${label} terpasang (${seconds} detik).\n` : `Mengunduh ${label} gagal.\n`);
    },
  };
}
