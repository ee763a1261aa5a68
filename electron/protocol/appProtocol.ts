import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeFor } from './contentTypes';

/**
 * Serves the built renderer under `app://<host>/`, in plain Node so it can be tested
 * without Electron; main hands the handler to `protocol.handle('app', ...)`.
 */

/** The custom scheme and host the app's pages live at: `app://meja-ti/index.html`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'meja-ti';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The file a request URL names inside `root`, or undefined when the URL is for another
 * host, cannot be decoded, or would leave `root` (`..`, encoded slashes, drive letters).
 */
export function resolveRendererPath(
  root: string,
  requestUrl: string,
  host: string,
  pathApi: path.PlatformPath = path,
): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.host.toLowerCase() !== host.toLowerCase()) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const relative = pathname.replace(/^[/\\]+/, '') || 'index.html';
  const base = pathApi.resolve(root);
  const resolved = pathApi.resolve(base, relative);
  return resolved.startsWith(base + pathApi.sep) ? resolved : undefined;
}

export interface AppProtocolOptions {
  /** The built renderer folder (dist/renderer). */
  root: string;
  host: string;
  /** Sent with every response; the page's policy comes from its HTML response. */
  contentSecurityPolicy: string;
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/** A path without an extension is a client-side route: answer with the app's index.html. */
function isRoute(filePath: string): boolean {
  return path.extname(filePath) === '';
}

export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const baseHeaders = {
    'Content-Security-Policy': options.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
  };
  const plain = (status: number, text: string) =>
    new Response(text, {
      status,
      headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
    });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Metode tidak diizinkan.');
    }
    const requested = resolveRendererPath(options.root, request.url, options.host);
    if (!requested) return plain(404, 'Tidak ditemukan.');
    let filePath = requested;
    if (!(await isFile(filePath))) {
      const index = path.join(path.resolve(options.root), 'index.html');
      if (!isRoute(filePath) || !(await isFile(index))) return plain(404, 'Tidak ditemukan.');
      filePath = index;
    }
    const body = request.method === 'HEAD' ? null : await readFile(filePath);
    return new Response(body, {
      status: 200,
      headers: { ...baseHeaders, 'Content-Type': contentTypeFor(filePath) },
    });
  };
}
