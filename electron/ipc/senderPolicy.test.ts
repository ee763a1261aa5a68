import { describe, expect, it } from 'vitest';
import { isAllowedSender, originOf } from './senderPolicy';

const APP = 'app://meja-ti';
const DEV = 'http://localhost:5173';
const allowed = [APP, DEV];

describe('sender policy', () => {
  it.each([
    'app://meja-ti/index.html',
    'app://meja-ti/',
    'app://MEJA-TI/index.html#/permintaan',
    'http://localhost:5173/',
    'http://localhost:5173/src/main.tsx?t=1',
  ])('allows %s', (url) => {
    expect(isAllowedSender(url, allowed)).toBe(true);
  });

  it.each([
    ['a file URL', 'file:///C:/Users/operator/index.html'],
    ['a remote http page', 'http://evil.example/index.html'],
    ['a remote https page', 'https://evil.example/'],
    ['another app host', 'app://other/index.html'],
    ['a host that only starts with ours', 'app://meja-ti.evil/index.html'],
    ['credentials before another host', 'app://meja-ti@evil/index.html'],
    ['the dev server on another port', 'http://localhost:5174/'],
    ['about:blank', 'about:blank'],
    ['a data URL', 'data:text/html,<p>hi</p>'],
    ['an empty URL', ''],
    ['no URL at all', undefined],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedSender(url, allowed)).toBe(false);
  });

  it('refuses the dev server when it is not in the list (production)', () => {
    expect(isAllowedSender('http://localhost:5173/', [APP])).toBe(false);
  });

  it('builds origins for custom schemes, which URL.origin reports as "null"', () => {
    expect(originOf('app://meja-ti/index.html')).toBe('app://meja-ti');
    expect(originOf('file:///tmp/x.pdf')).toBeUndefined();
  });
});
