import { describe, expect, it } from 'vitest';
import { aboutText } from './aboutText';

describe('about text', () => {
  const text = aboutText({
    version: '0.1.0',
    dataPath: 'C:\\Users\\operator\\AppData\\Roaming\\Meja TI',
    electron: '45.4.1',
    chrome: '140.0.7339.41',
    node: '22.19.0',
  });

  it('names the app and its version', () => {
    expect(text.message).toBe('Meja TI 0.1.0');
  });

  it('says where the data is, which runtime it runs on, and the font licence', () => {
    expect(text.detail).toContain(
      'Data tersimpan di: C:\\Users\\operator\\AppData\\Roaming\\Meja TI',
    );
    expect(text.detail).toContain('Electron 45.4.1 · Chromium 140.0.7339.41 · Node.js 22.19.0');
    expect(text.detail).toContain('Huruf Tinos dan Arimo: SIL Open Font License 1.1.');
    expect(text.detail.startsWith('Aplikasi desktop luring')).toBe(true);
  });
});
