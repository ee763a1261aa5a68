import { describe, expect, it } from 'vitest';
import type { Office } from '../../../office/office';
import { MUKOMUKO_OFFICE } from '../../../../test/doubles/shared/sampleOffice';
import { wrapText } from '../sop/textMetrics';
import {
  calendarDate,
  CELL_PAD_X,
  fitText,
  formColumnWidths,
  kopHeight,
  linesHeight,
  RULE,
  truncateText,
} from './common';

const words = (n: number) =>
  Array.from({ length: n }, (_, i) => `kata${i % 10 === 9 ? '.' : ''}`).join(' ');

describe('fitText', () => {
  const options = {
    width: 300,
    maxHeight: linesHeight(4, 11, 1.1),
    sizes: [11, 10, 9, 8],
    lineHeight: 1.1,
  };

  it('keeps a short text whole at the largest size', () => {
    expect(fitText('Komputer tidak menyala.', options)).toEqual({
      text: 'Komputer tidak menyala.',
      fontSize: 11,
      lines: 1,
      truncated: false,
    });
  });

  it('shrinks a longer text to the largest size at which it fits', () => {
    const text = words(70);
    const fit = fitText(text, options);
    expect(fit.truncated).toBe(false);
    expect(fit.text).toBe(text);
    expect(fit.fontSize).toBeLessThan(11);
    expect(linesHeight(fit.lines, fit.fontSize, 1.1)).toBeLessThanOrEqual(options.maxHeight);
    const larger = [11, 10, 9, 8].filter((s) => s > fit.fontSize);
    for (const size of larger) {
      const lines = wrapText(text, 300, { fontSize: size }).length;
      expect(linesHeight(lines, size, 1.1)).toBeGreaterThan(options.maxHeight);
    }
  });

  it('cuts a text too long even at the smallest size at a word, ending with an ellipsis', () => {
    const text = words(400);
    const fit = fitText(text, options);
    expect(fit.truncated).toBe(true);
    expect(fit.fontSize).toBe(8);
    expect(fit.text.endsWith(' …')).toBe(true);
    expect(text.startsWith(fit.text.slice(0, -2))).toBe(true);
    expect(fit.text.slice(0, -2)).toMatch(/kata\.?$/);
    expect(linesHeight(fit.lines, 8, 1.1)).toBeLessThanOrEqual(options.maxHeight);
    // Nearly all the room is used.
    expect(fit.lines).toBe(Math.floor(options.maxHeight / linesHeight(1, 8, 1.1)));
  });

  it('keeps line breaks of the text it cuts', () => {
    const fit = fitText(`Baris satu\n${words(400)}`, options);
    expect(fit.text.startsWith('Baris satu\nkata')).toBe(true);
  });
});

describe('truncateText', () => {
  it('leaves a short text alone, flattening its whitespace', () => {
    expect(truncateText('Printer  macet.\nKertas tersangkut.', 160)).toBe(
      'Printer macet. Kertas tersangkut.',
    );
  });

  it('cuts at a word and ends with "…" within the limit', () => {
    const cut = truncateText(words(100), 160);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toMatch(/kata…$/);
  });

  it('cuts inside a word that has no space near the limit', () => {
    const cut = truncateText('x'.repeat(500), 160);
    expect(cut).toBe(`${'x'.repeat(159)}…`);
  });
});

describe('formColumnWidths', () => {
  it('fills the width with the padding and rules pdfmake adds', () => {
    const widths = formColumnWidths(453.5, [92, null, 58, null]);
    expect(widths[0]).toBe(92);
    expect(widths[2]).toBe(58);
    expect(widths[1]).toBeCloseTo(widths[3] ?? 0, 6);
    const total = widths.reduce((s, w) => s + w, 0) + 4 * 2 * CELL_PAD_X + 5 * RULE;
    expect(total).toBeCloseTo(453.5, 6);
  });
});

describe('calendarDate', () => {
  it('reads YYYY-MM-DD as a local calendar date', () => {
    const d = calendarDate('2026-11-30');
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2026, 10, 30, 0]);
  });
});

describe('kopHeight', () => {
  const office: Office = MUKOMUKO_OFFICE;

  it('matches the kop as pdfmake sets it for Mukomuko (measured: 132.3 pt on A4)', () => {
    expect(kopHeight(office, 453.54)).toBeCloseTo(132.3, 0);
  });

  it('grows when the court name wraps and shrinks without contact lines', () => {
    const base = kopHeight(office, 453.54);
    const wrapped = {
      ...office,
      namaPengadilan: 'Pengadilan Agama Muara Enim Kelas IB Sumatera Selatan',
    };
    expect(kopHeight(wrapped, 453.54)).toBeGreaterThan(base + 15);
    const bare = { ...office, telepon: '', email: '', website: '' };
    expect(kopHeight(bare, 453.54)).toBeLessThan(base - 20);
  });
});
