import { describe, expect, it } from 'vitest';
import { base64ByteLength, decodeBase64, encodeBase64 } from './base64';

const every = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 37 + 11) % 256);

describe('base64', () => {
  // RFC 4648 §10: every padding.
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ])('writes and reads the standard vector %j', (plain, text) => {
    const bytes = new TextEncoder().encode(plain);
    expect(encodeBase64(bytes)).toBe(text);
    expect(decodeBase64(text)).toEqual(bytes);
  });

  it('keeps every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = encodeBase64(bytes);
    expect(text.startsWith('AAECAwQFBgc')).toBe(true);
    expect(text.endsWith('+/w==')).toBe(true);
    expect(decodeBase64(text)).toEqual(bytes);
  });

  it('round-trips a file larger than one chunk', () => {
    const bytes = every(0x8000 * 3 + 7);
    const text = encodeBase64(bytes);
    expect(text).toHaveLength(Math.ceil(bytes.length / 3) * 4);
    expect(decodeBase64(text)).toEqual(bytes);
  });

  it.each([
    ['no padding', 'YQ'],
    ['a stray character', 'YW*j'],
    ['whitespace', 'YW Jj'],
    ['url-safe letters', 'a-_b'],
    ['padding in the middle', 'YQ==YQ=='],
    ['non-zero bits the padding hides', 'YR=='],
  ])('refuses %s', (_, text) => {
    expect(decodeBase64(text)).toBeNull();
  });

  it('counts the bytes without decoding', () => {
    for (const length of [0, 1, 2, 3, 10, 11, 12]) {
      expect(base64ByteLength(encodeBase64(every(length)))).toBe(length);
    }
  });
});
