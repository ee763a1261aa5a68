import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gunzip, gunzipLines, GzipLinesError, gzip, gzipLines } from './gzip';

const roomy = { maxLineChars: 1e9, maxChars: 1e9 };

async function linesOf(bytes: Uint8Array, limits = roomy): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of gunzipLines(bytes, limits)) lines.push(line);
  return lines;
}

describe('gzip of text lines', () => {
  it('gives back every line as written, whatever their lengths and characters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 60_000, size: 'max' }), {
          minLength: 1,
          maxLength: 6,
        }),
        async (raw) => {
          const lines = raw.map((l) => l.replaceAll('\n', ' '));
          const packed = await gzipLines(lines);
          expect(new TextDecoder().decode(await gunzip(packed))).toBe(lines.join('\n'));
          // A last empty line is no line: JSON lines never end with one.
          const expected = lines.at(-1) === '' ? lines.slice(0, -1) : lines;
          expect(await linesOf(packed)).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('splits lines that span many decompressed chunks', async () => {
    const long = 'x'.repeat(3_000_000);
    const lines = [long, 'b', '', `${long}y`];
    expect(await linesOf(await gzipLines(lines))).toEqual(lines);
  });

  it('refuses a line or a text past its limits, a damaged gzip and text that is not UTF-8', async () => {
    const packed = await gzipLines(['a'.repeat(100), 'b'.repeat(10)]);
    await expect(linesOf(packed, { maxLineChars: 99, maxChars: 1e9 })).rejects.toMatchObject({
      reason: 'terlalu-panjang',
    });
    await expect(linesOf(packed, { maxLineChars: 100, maxChars: 100 })).rejects.toMatchObject({
      reason: 'terlalu-panjang',
    });
    expect(await linesOf(packed, { maxLineChars: 100, maxChars: 111 })).toHaveLength(2);

    const damaged = new Uint8Array(packed);
    damaged[12] = (damaged[12] ?? 0) ^ 0xff;
    await expect(linesOf(damaged)).rejects.toThrow(GzipLinesError);
    await expect(linesOf(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ reason: 'rusak' });
    const latin1 = await gzip(new Uint8Array([0x61, 0x0a, 0xe9, 0x0a]));
    await expect(linesOf(latin1)).rejects.toMatchObject({ reason: 'rusak' });
  });

  it('stops decompressing when the reader stops early', async () => {
    const packed = await gzipLines(['kepala', ...Array.from({ length: 1000 }, (_, i) => `${i}`)]);
    for await (const line of gunzipLines(packed, roomy)) {
      expect(line).toBe('kepala');
      break;
    }
  });
});
