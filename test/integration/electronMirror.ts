import { createHash } from 'node:crypto';
import { cpSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storedZip } from './storedZip';

/**
 * A stand-in for Electron's release downloads, for the tests of build/scripts fetching a
 * missing Electron: a scratch copy of the electron npm package, a stand-in Electron zip (a
 * shell script that prints a marker) and a mirror serving it on the loopback.
 */

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const realPackage = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
export const version = (
  JSON.parse(readFileSync(path.join(realPackage, 'package.json'), 'utf8')) as { version: string }
).version;
export const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;
/** Where @electron/get asks a mirror for the zip: <mirror>/v<version>/<zip>. */
export const zipUrlPath = `/v${version}/${zipName}`;
export const executable =
  process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
export const MARKER = 'STAND-IN ELECTRON STARTED';
export const standInScript = `#!/bin/sh\necho "${MARKER} with $*"\n`;
export const standInZip = await storedZip([
  { name: executable, content: standInScript, mode: 0o755 },
  { name: 'version', content: `v${version}`, mode: 0o644 },
]);

/**
 * A copy of the electron package under `root/name`, without a binary, its bundled checksums
 * naming the stand-in zip. install.js writes dist/ and path.txt there, never in node_modules.
 */
export function scratchPackage(root: string, name: string): string {
  const dir = path.join(root, name, 'electron');
  cpSync(realPackage, dir, {
    recursive: true,
    filter: (source) => !['dist', 'path.txt'].includes(path.relative(realPackage, source)),
  });
  const sha = createHash('sha256').update(standInZip).digest('hex');
  writeFileSync(path.join(dir, 'checksums.json'), JSON.stringify({ [zipName]: sha }));
  // install.js requires @electron/get and the extractor from a node_modules beside it.
  symlinkSync(
    realpathSync(path.join(repoRoot, 'node_modules')),
    path.join(root, name, 'node_modules'),
    'dir',
  );
  return dir;
}

export interface Mirror {
  url: string;
  requests: string[];
  close: () => Promise<void>;
}

/**
 * Serves `files` by URL path on 127.0.0.1. With `stallAfterBytes`, sends that much of each
 * body and then nothing more: a download that hangs.
 */
export async function serveMirror(
  files: ReadonlyMap<string, Buffer>,
  options: { stallAfterBytes?: number } = {},
): Promise<Mirror> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const body = files.get(request.url ?? '');
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-length': body.length });
    if (options.stallAfterBytes === undefined) response.end(body);
    else response.write(body.subarray(0, options.stallAfterBytes));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A loopback address nothing listens on: the mirror that cannot be reached. */
export async function closedMirrorUrl(): Promise<string> {
  const mirror = await serveMirror(new Map());
  await mirror.close();
  return mirror.url;
}

/** This process's environment without any Electron download settings, plus `settings`. */
export function hermeticEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(electron_|npm_config_electron|npm_package_config_electron)/i.test(key))
      env[key] = value;
  }
  return { ...env, ...settings };
}
