import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { createAppProtocolHandler } from '../../../electron/protocol/appProtocol';
import { contentSecurityPolicy } from '../../../electron/security/csp';
import { REPO_ROOT } from '../../fixtures/pdfServices';
import { runningClockFrom } from '../clock';
import { bridgeHandlers, type BridgeFolders } from './bridgeServices';

export const BRIDGE_PREFIX = '/__bridge/';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface Bridge {
  url: string;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * The e2e stand-in for Electron's main process: the built renderer served by the same
 * protocol handler main uses (same CSP), and every API channel answered by the same
 * dispatcher and services, over HTTP on 127.0.0.1.
 */
export async function startBridge(
  folders: BridgeFolders,
  options: { now: Date; rendererDir?: string },
): Promise<Bridge> {
  const rendererDir = options.rendererDir ?? path.join(REPO_ROOT, 'dist', 'renderer');
  const dispatch = createDispatch(bridgeHandlers(folders, runningClockFrom(options.now)), {
    logError: (error, channel) => console.error(`[bridge] ${channel}`, error),
  });
  let host = '127.0.0.1';
  const serveStatic = (request: Request) =>
    createAppProtocolHandler({
      root: rendererDir,
      host,
      contentSecurityPolicy: contentSecurityPolicy({}),
    })(request);

  const server = createServer((req, res) => {
    void (async () => {
      const url = req.url ?? '/';
      if (req.method === 'POST' && url.startsWith(BRIDGE_PREFIX)) {
        const channel = decodeURIComponent(url.slice(BRIDGE_PREFIX.length));
        let payload: unknown;
        try {
          payload = JSON.parse(await readBody(req));
        } catch {
          payload = undefined;
        }
        const result = await dispatch(channel, payload);
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(result));
        return;
      }
      await send(
        res,
        await serveStatic(new Request(`http://${host}${url}`, { method: req.method ?? 'GET' })),
      );
    })().catch((error: unknown) => {
      console.error('[bridge]', error);
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `http://${host}/index.html`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A page that is still open polls the sync channels every few seconds, so its
        // keep-alive connections never go idle: end them, or closing waits for the test's time-out.
        server.closeAllConnections();
      }),
  };
}
