import { describe, expect, it } from 'vitest';
import { countLines, lineHeightPt, textWidth, wrapText } from './textMetrics';

describe('textMetrics', () => {
  it('measures with the Tinos advance widths', () => {
    // M 889 + u 500 + l 278 + a 444 + i 278 = 2389 / 1000 em.
    expect(textWidth('Mulai', { fontSize: 10 })).toBeCloseTo(23.89, 5);
    // Bold: M 944 + u 556 + l 278 + a 500 + i 278 = 2556.
    expect(textWidth('Mulai', { fontSize: 10, bold: true })).toBeCloseTo(25.56, 5);
  });

  it('counts an unknown glyph as wide, never as nothing', () => {
    expect(textWidth('ق', { fontSize: 10 })).toBe(10);
  });

  it('sets lines as tall as pdfmake does for Tinos', () => {
    expect(lineHeightPt({ fontSize: 9 })).toBeCloseTo(9 * (2355 / 2048), 6);
    expect(lineHeightPt({ fontSize: 9, lineHeight: 1.1 })).toBeCloseTo(9 * 1.1 * (2355 / 2048), 6);
  });

  it('wraps greedily at spaces and keeps every word in order', () => {
    const text = 'Menerima permintaan layanan teknologi informasi dari satuan kerja';
    const lines = wrapText(text, 80, { fontSize: 9 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line, { fontSize: 9 })).toBeLessThanOrEqual(80);
  });

  it('breaks a word wider than the line inside it', () => {
    const lines = wrapText('Kepegawaian', 20, { fontSize: 9, bold: true });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Kepegawaian');
  });

  it('keeps explicit line breaks and counts an empty text as one line', () => {
    expect(countLines('satu\ndua', 500, { fontSize: 9 })).toBe(2);
    expect(countLines('', 50, { fontSize: 9 })).toBe(1);
  });
});
