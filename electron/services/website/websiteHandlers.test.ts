import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { apiContract } from '../../../shared/api/contract';
import { createWebsiteHandlers } from './websiteHandlers';

describe('website IPC channel', () => {
  it('refuses an address that is not http(s) before main makes any request', () => {
    const r = apiContract.websiteCheck.input.safeParse({ alamatUrl: 'file:///etc/passwd' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Alamat harus diawali http:// atau https://.');
    expect(
      apiContract.websiteCheck.input.safeParse({ alamatUrl: 'https://x.go.id', extra: 1 }).success,
    ).toBe(false);
  });

  it('answers what the site gave, in the contract’s shape', async () => {
    const server = http.createServer((_req, res) => {
      res.statusCode = 204;
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const out = await createWebsiteHandlers().websiteCheck({
      alamatUrl: `http://127.0.0.1:${port}/`,
    });
    await new Promise<void>((r) => server.close(() => r()));
    expect(apiContract.websiteCheck.output.parse(out)).toMatchObject({
      statusHttp: 204,
      tlsBerakhir: null,
      galat: '',
    });
  });
});
