import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_HOST, createAppProtocolHandler, resolveRendererPath } from './appProtocol';

const CSP = "default-src 'self'";

function fixture() {
  const parent = mkdtempSync(path.join(tmpdir(), 'meja-protocol-'));
  const root = path.join(parent, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Meja TI</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(path.join(parent, 'secret.txt'), 'rahasia');
  mkdirSync(path.join(parent, 'renderer-other'));
  writeFileSync(path.join(parent, 'renderer-other', 'x.txt'), 'rahasia');
  return {
    root,
    handle: createAppProtocolHandler({ root, host: APP_HOST, contentSecurityPolicy: CSP }),
  };
}

describe('app protocol', () => {
  const { root, handle } = fixture();
  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  it('serves index.html at the root with the CSP header', async () => {
    const response = await get('app://meja-ti/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(await response.text()).toContain('<title>Meja TI</title>');
  });

  it('serves module scripts with a JavaScript type', async () => {
    const response = await get('app://meja-ti/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers client-side routes with index.html, but a missing file with 404', async () => {
    expect(await (await get('app://meja-ti/permintaan/12')).text()).toContain('Meja TI');
    expect((await get('app://meja-ti/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://meja-ti/..%2Fsecret.txt',
    'app://meja-ti/%2e%2e%2fsecret.txt',
    'app://meja-ti/..%2F..%2Fsecret.txt',
    'app://meja-ti/..%2Frenderer-other%2Fx.txt',
    'app://meja-ti/%00index.html',
    'app://meja-ti/%E0%A4%A',
    'app://other/index.html',
  ])('refuses %s with 404', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://meja-ti/index.html', 'POST')).status).toBe(405);
    const head = await get('app://meja-ti/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('keeps resolved paths inside the root', () => {
    expect(resolveRendererPath(root, 'app://meja-ti/assets/index-abc.js', APP_HOST)).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveRendererPath(root, 'app://meja-ti/', APP_HOST)).toBe(
      path.join(root, 'index.html'),
    );
  });

  it.each([
    'app://meja-ti/..%5C..%5Cwindows%5Cwin.ini',
    'app://meja-ti/C:%5Cwindows%5Cwin.ini',
    'app://meja-ti/C:/windows/win.ini',
  ])('refuses Windows escapes: %s', (url) => {
    expect(resolveRendererPath('C:\\Meja TI\\resources\\renderer', url, APP_HOST, path.win32)).toBe(
      undefined,
    );
  });

  it('resolves Windows paths inside the root', () => {
    expect(
      resolveRendererPath(
        'C:\\Meja TI\\resources\\renderer',
        'app://meja-ti/%5C%5Cserver%5Cshare%5Cx.txt',
        APP_HOST,
        path.win32,
      ),
    ).toBe('C:\\Meja TI\\resources\\renderer\\server\\share\\x.txt');
    expect(
      resolveRendererPath(
        'C:\\Meja TI\\resources\\renderer',
        'app://meja-ti/assets/a.js',
        APP_HOST,
        path.win32,
      ),
    ).toBe('C:\\Meja TI\\resources\\renderer\\assets\\a.js');
  });
});
