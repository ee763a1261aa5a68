import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedZip } from './storedZip';

/**
 * Issue #19 item 1: `npm start` (build/scripts/start-electron.mjs, after its build step) with
 * the Electron binary missing. Electron's real installer fetches a stand-in Electron zip from
 * a mirror on the loopback into a scratch copy of the electron package (the real
 * node_modules is never touched), then the script launches it; without a mirror it explains.
 */

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const realPackage = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const version = (
  JSON.parse(readFileSync(path.join(realPackage, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;
const zipUrlPath = `/v${version}/${zipName}`;
const executable =
  process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
const MARKER = 'STAND-IN ELECTRON STARTED';
const standInScript = `#!/bin/sh\necho "${MARKER} with $*"\n`;
const standInZip = storedZip([
  { name: executable, content: standInScript, mode: 0o755 },
  { name: 'version', content: `v${version}`, mode: 0o644 },
]);
const EXPLANATION = 'Binary Electron belum terpasang dan tidak dapat diunduh otomatis';

let scratch = '';
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'meja-start-test-'));
});
afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A copy of the electron package without a binary, its checksums naming the stand-in zip. */
function scratchPackage(name: string): string {
  const root = path.join(scratch, name);
  const dir = path.join(root, 'electron');
  cpSync(realPackage, dir, {
    recursive: true,
    filter: (source) => !['dist', 'path.txt'].includes(path.relative(realPackage, source)),
  });
  const sha = createHash('sha256').update(standInZip).digest('hex');
  writeFileSync(path.join(dir, 'checksums.json'), JSON.stringify({ [zipName]: sha }));
  // install.js requires @electron/get and the extractor from a node_modules beside it.
  symlinkSync(
    realpathSync(path.join(repoRoot, 'node_modules')),
    path.join(root, 'node_modules'),
    'dir',
  );
  return dir;
}

interface Mirror {
  url: string;
  requests: string[];
  close: () => Promise<void>;
}

async function serveMirror(files: ReadonlyMap<string, Buffer>): Promise<Mirror> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const body = files.get(request.url ?? '');
    if (!body) response.writeHead(404).end();
    else response.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A loopback address nothing listens on: the mirror that cannot be reached. */
async function closedMirrorUrl(): Promise<string> {
  const mirror = await serveMirror(new Map());
  await mirror.close();
  return mirror.url;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the start script with only the given Electron settings (none inherited). */
function runStart(settings: Record<string, string>): Promise<Run> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(electron_|npm_config_electron|npm_package_config_electron)/i.test(key))
      env[key] = value;
  }
  Object.assign(env, settings);
  const child = spawn(process.execPath, [path.join(repoRoot, 'build/scripts/start-electron.mjs')], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe.skipIf(process.platform === 'win32')('npm start with the Electron binary missing', () => {
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
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(packageDir, 'path.txt'))).toBe(false);
  });

  it('refuses a zip from the mirror whose checksum does not match', async () => {
    const tampered = storedZip([
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
});
