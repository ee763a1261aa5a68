import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MARKER,
  closedMirrorUrl,
  hermeticEnv,
  executable,
  repoRoot,
  scratchPackage as scratchPackageIn,
  serveMirror,
  standInScript,
  standInZip,
  version,
  zipUrlPath,
} from './electronMirror';
import { storedZip } from './storedZip';

/**
 * Issue #19 item 1: `npm start` (build/scripts/start-electron.mjs, after its build step) with
 * the Electron binary missing. Electron's real installer fetches a stand-in Electron zip from
 * a mirror on the loopback into a scratch copy of the electron package (the real
 * node_modules is never touched), then the script launches it; without a mirror it explains.
 */

const EXPLANATION = 'Binary Electron belum terpasang dan tidak dapat diunduh otomatis';

let scratch = '';
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'meja-start-test-'));
});
afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const scratchPackage = (name: string) => scratchPackageIn(scratch, name);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The Node script an npm script ends with: `npm start` is "npm run build && node <script>";
 * the build is left out here (it takes long and does not touch Electron).
 */
function nodeScriptOf(npmScript: 'start' | 'dev'): string {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const last = manifest.scripts[npmScript]?.split('&&').at(-1)?.trim() ?? '';
  expect(last).toMatch(/^node build\/scripts\/[\w-]+\.mjs$/);
  return path.join(repoRoot, last.slice('node '.length));
}

/** Starts the script `npm start` (or `npm run dev`) runs, with only the given Electron settings. */
function startScript(settings: Record<string, string>, npmScript: 'start' | 'dev' = 'start') {
  const child = spawn(process.execPath, [nodeScriptOf(npmScript)], {
    cwd: repoRoot,
    env: hermeticEnv(settings),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: { needle: string; resolve: () => void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const waiter of waiters.filter((w) => stdout.includes(w.needle))) waiter.resolve();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    child,
    /** Resolves once the script has printed `needle`. */
    prints: (needle: string) =>
      new Promise<void>((resolve) => {
        if (stdout.includes(needle)) resolve();
        else waiters.push({ needle, resolve });
      }),
    done: new Promise<Run>((resolve) =>
      child.on('close', (code) => resolve({ code, stdout, stderr })),
    ),
  };
}

const runStart = (settings: Record<string, string>, npmScript: 'start' | 'dev' = 'start') =>
  startScript(settings, npmScript).done;

// Each case starts Node processes (the script, the installer): generous for a busy CPU.
describe.skipIf(process.platform === 'win32')(
  'npm start with the Electron binary missing',
  { timeout: 60_000 },
  () => {
    it('fetches it from the mirror and launches it; another PC then starts from the copied cache offline', async () => {
      const mirror = await serveMirror(new Map([[zipUrlPath, standInZip]]));
      const packageDir = scratchPackage('pc-a');
      const cache = path.join(scratch, 'cache-a');
      const fetched = await runStart({
        MEJA_ELECTRON_PACKAGE_DIR: packageDir,
        ELECTRON_MIRROR: mirror.url,
        electron_config_cache: cache,
      });
      expect(fetched.stderr).toBe('');
      expect(fetched.stdout).toContain(
        `Mengunduh Electron ${version} (${process.platform}-${process.arch}) dari 127.0.0.1`,
      );
      expect(fetched.stdout).toContain(
        `Electron ${version} (${process.platform}-${process.arch}) terpasang`,
      );
      expect(fetched.stdout).toContain(`${MARKER} with .`);
      expect(fetched.code).toBe(0);
      expect(mirror.requests).toEqual([zipUrlPath]);
      expect(readFileSync(path.join(packageDir, 'path.txt'), 'utf8')).toBe(executable);

      // The mirror goes away; a PC given a copy of the cache folder still starts.
      await mirror.close();
      const otherCache = path.join(scratch, 'cache-b');
      cpSync(cache, otherCache, { recursive: true });
      const offline = await runStart({
        MEJA_ELECTRON_PACKAGE_DIR: scratchPackage('pc-b'),
        ELECTRON_MIRROR: mirror.url,
        electron_config_cache: otherCache,
      });
      expect(offline.stdout).toContain(`${MARKER} with .`);
      expect(offline.code).toBe(0);
    });

    it('explains what to do and exits non-zero when the mirror cannot be reached', async () => {
      const packageDir = scratchPackage('pc-a');
      const mirrorUrl = await closedMirrorUrl();
      const run = await runStart({
        MEJA_ELECTRON_PACKAGE_DIR: packageDir,
        ELECTRON_MIRROR: mirrorUrl,
        electron_config_cache: path.join(scratch, 'cache'),
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('Mengunduh Electron');
      expect(run.stdout).not.toContain(MARKER);
      expect(run.stderr).toContain(`Penyebab: ${new URL(mirrorUrl).host} tidak dapat dihubungi`);
      expect(run.stderr).toContain(EXPLANATION);
      expect(run.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
      expect(run.stderr).toContain(`ELECTRON_MIRROR=<alamat>/ (berisi ${zipUrlPath.slice(1)})`);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(path.join(packageDir, 'path.txt'))).toBe(false);
    });

    it('npm run dev explains the same way, before starting anything else', async () => {
      const packageDir = scratchPackage('pc-a');
      const run = await runStart(
        {
          MEJA_ELECTRON_PACKAGE_DIR: packageDir,
          ELECTRON_MIRROR: await closedMirrorUrl(),
          electron_config_cache: path.join(scratch, 'cache'),
        },
        'dev',
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('Mengunduh Electron');
      expect(run.stdout).not.toContain('VITE');
      expect(run.stderr).toContain(EXPLANATION);
    });

    it('explains and exits non-zero when the proxy refuses the download', async () => {
      const asked: string[] = [];
      const proxy = createServer((request, response) => {
        asked.push(`${request.method} ${request.url}`);
        response.writeHead(403).end();
      });
      proxy.on('connect', (request: IncomingMessage, socket: Duplex) => {
        asked.push(`CONNECT ${request.url}`);
        socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      const mirror = await serveMirror(new Map([[zipUrlPath, standInZip]]));
      const run = await runStart({
        MEJA_ELECTRON_PACKAGE_DIR: scratchPackage('pc-a'),
        ELECTRON_MIRROR: mirror.url,
        electron_config_cache: path.join(scratch, 'cache'),
        ELECTRON_GET_USE_PROXY: '1',
        HTTP_PROXY: proxyUrl,
        http_proxy: proxyUrl,
        NO_PROXY: '',
        no_proxy: '',
      });
      await mirror.close();
      await new Promise((resolve) => proxy.close(resolve));
      expect(asked).toEqual([`CONNECT ${new URL(mirror.url).host}`]);
      expect(mirror.requests).toEqual([]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `Penyebab: ${new URL(mirror.url).host} tidak dapat dihubungi melalui proxy ${new URL(proxyUrl).host}`,
      );
      expect(run.stderr).toContain(EXPLANATION);
    });

    it('refuses a zip from the mirror whose checksum does not match', async () => {
      const tampered = await storedZip([
        { name: executable, content: `${standInScript}echo tampered\n`, mode: 0o755 },
      ]);
      const mirror = await serveMirror(new Map([[zipUrlPath, tampered]]));
      const packageDir = scratchPackage('pc-a');
      const run = await runStart({
        MEJA_ELECTRON_PACKAGE_DIR: packageDir,
        ELECTRON_MIRROR: mirror.url,
        electron_config_cache: path.join(scratch, 'cache'),
      });
      await mirror.close();
      expect(mirror.requests).toEqual([zipUrlPath]);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain(MARKER);
      expect(run.stderr).toMatch(/Penyebab: .*checksum/);
      expect(run.stderr).toContain(EXPLANATION);
      expect(existsSync(path.join(packageDir, 'path.txt'))).toBe(false);
    });

    it('with ELECTRON_OVERRIDE_DIST_PATH launches that Electron and never fetches', async () => {
      const mirror = await serveMirror(new Map([[zipUrlPath, standInZip]]));
      const packageDir = scratchPackage('pc-a');
      const unpacked = path.join(scratch, 'unpacked');
      mkdirSync(path.dirname(path.join(unpacked, executable)), { recursive: true });
      writeFileSync(path.join(unpacked, executable), standInScript);
      chmodSync(path.join(unpacked, executable), 0o755);
      const settings = {
        MEJA_ELECTRON_PACKAGE_DIR: packageDir,
        ELECTRON_MIRROR: mirror.url,
        electron_config_cache: path.join(scratch, 'cache'),
      };

      const launched = await runStart({ ...settings, ELECTRON_OVERRIDE_DIST_PATH: unpacked });
      expect(launched.stdout).toContain(`${MARKER} with .`);
      expect(launched.stdout).not.toContain('Mengunduh');
      expect(launched.code).toBe(0);

      const empty = path.join(scratch, 'empty');
      mkdirSync(empty);
      const missing = await runStart({ ...settings, ELECTRON_OVERRIDE_DIST_PATH: empty });
      await mirror.close();
      expect(missing.code).toBe(1);
      expect(missing.stdout).not.toContain('Mengunduh');
      expect(missing.stderr).toContain(`Penyebab: ELECTRON_OVERRIDE_DIST_PATH=${empty}`);
      expect(missing.stderr).toContain(EXPLANATION);
      expect(mirror.requests).toEqual([]);
    });

    it('stops cleanly on Ctrl+C during the download, leaving no partial file', async () => {
      const mirror = await serveMirror(new Map([[zipUrlPath, Buffer.alloc(2_000_000, 1)]]), {
        stallAfterBytes: 1000,
      });
      const tmp = path.join(scratch, 'tmp');
      mkdirSync(tmp);
      const packageDir = scratchPackage('pc-a');
      const start = startScript({
        MEJA_ELECTRON_PACKAGE_DIR: packageDir,
        ELECTRON_MIRROR: mirror.url,
        electron_config_cache: path.join(scratch, 'cache'),
        TMPDIR: tmp,
      });
      await start.prints('Mengunduh Electron');
      start.child.kill('SIGINT');
      const run = await start.done;
      await mirror.close();
      expect(run.code).toBe(130);
      expect(run.stderr).not.toContain(EXPLANATION);
      expect(readdirSync(tmp)).toEqual([]);
      expect(existsSync(path.join(packageDir, 'path.txt'))).toBe(false);
    });
  },
);
