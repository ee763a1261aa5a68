import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from './siteCheck';

const deps = { nowMs: () => performance.now(), timeoutMs: 5_000 };
let dir = '';
let server: https.Server;
let port = 0;
const seen: http.IncomingHttpHeaders[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitecheck-'));
  // A self-signed certificate expiring in 5 days, made for this test only.
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '5',
      '-subj',
      '/CN=localhost',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  server = https.createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (req, res) => {
      seen.push(req.headers);
      res.statusCode = req.url === '/rusak' ? 503 : 200;
      res.end('ok');
    },
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

describe('site availability check', () => {
  it('reports the status, the response time and the certificate expiry', async () => {
    const r = await checkSite(`https://127.0.0.1:${port}/`, deps);
    const in5 = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const in4 = new Date(Date.now() + 4 * 86_400_000).toISOString().slice(0, 10);
    expect(r.statusHttp).toBe(200);
    expect(r.waktuResponsMs).toBeGreaterThanOrEqual(0);
    expect([in4, in5]).toContain(r.tlsBerakhir);
    expect(r.galat).toBe('');
  });

  it('sends a plain User-Agent and no cookies', async () => {
    seen.length = 0;
    await checkSite(`https://127.0.0.1:${port}/`, deps);
    expect(seen[0]?.['user-agent']).toBe('MejaTI');
    expect(seen[0]?.cookie).toBeUndefined();
  });

  it('reports an error status as it is', async () => {
    expect((await checkSite(`https://127.0.0.1:${port}/rusak`, deps)).statusHttp).toBe(503);
  });

  it('says in Indonesian why a site did not answer', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const p = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const r = await checkSite(`http://127.0.0.1:${p}/`, deps);
    expect(r).toMatchObject({ statusHttp: null, galat: 'Sambungan ditolak oleh server.' });
    expect((await checkSite('bukan alamat', deps)).galat).toBe('Alamat situs tidak valid.');
  });

  it('gives up after the timeout', async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const p = (silent.address() as AddressInfo).port;
    const r = await checkSite(`http://127.0.0.1:${p}/`, { ...deps, timeoutMs: 200 });
    silent.closeAllConnections();
    await new Promise<void>((r2) => silent.close(() => r2()));
    expect(r.galat).toBe('Server tidak menjawab dalam batas waktu.');
  });
});
