import { describe, expect, it } from 'vitest';
import { devServerUrl } from './devServer';

describe('dev server URL', () => {
  it('is used only when running from source', () => {
    expect(devServerUrl(false, 'http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(devServerUrl(true, 'http://localhost:5173/')).toBeUndefined();
  });

  it.each([undefined, '', 'file:///tmp/index.html', 'javascript:alert(1)', 'localhost:5173x'])(
    'ignores %s',
    (value) => {
      expect(devServerUrl(false, value)).toBeUndefined();
    },
  );
});
