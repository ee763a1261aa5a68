import { describe, expect, it } from 'vitest';
import {
  brokenWords,
  outsideMargins,
  overlappingWords,
  signatureAlone,
  sourceWords,
  textOverRules,
  type Margins,
} from './geometry';
import type { Line, PageWords, Word } from './pdfWords';

/** A word of 10 pt high boxes, 6 pt per character, its top-left at (x, y). */
const word = (text: string, x: number, y: number): Word => ({
  text,
  xMin: x,
  yMin: y,
  xMax: x + text.length * 6,
  yMax: y + 10,
});

/** A line of words set from (x, y), one 6 pt space between them. */
function line(text: string, x: number, y: number): Line {
  const words: Word[] = [];
  let at = x;
  for (const t of text.split(' ')) {
    const w = word(t, at, y);
    words.push(w);
    at = w.xMax + 6;
  }
  const last = words.at(-1) ?? word('', x, y);
  return { text, words, xMin: x, yMin: y, xMax: last.xMax, yMax: y + 10 };
}

const page = (...lines: Line[]): PageWords => ({ number: 2, width: 600, height: 800, lines });
const M: Margins = { left: 80, top: 40, right: 60, bottom: 60 };

describe('outsideMargins', () => {
  it('passes text inside and a footer in the bottom margin', () => {
    expect(
      outsideMargins(page(line('Isi', 80, 40), line('Halaman 2 dari 3', 300, 750)), M),
    ).toEqual([]);
  });

  it('finds a word past the right margin, above the top, or a footer off the paper', () => {
    expect(outsideMargins(page(line('Kepaniteraan Hukum', 450, 100)), M)).toEqual([
      'p2 "Hukum" at (528.0, 100.0)',
    ]);
    expect(outsideMargins(page(line('Kop', 100, 30)), M)).toHaveLength(1);
    expect(outsideMargins(page(line('Halaman', 300, 785)), M)).toHaveLength(1);
  });
});

describe('overlappingWords', () => {
  it('passes words side by side and lines set close', () => {
    expect(overlappingWords(page(line('Ruang Sidang', 100, 100), line('Utama', 100, 108)))).toEqual(
      [],
    );
  });

  it('finds a word drawn over another', () => {
    expect(overlappingWords(page(line('Ya', 100, 100), line('Tidak', 104, 103)))).toEqual([
      'p2 "Ya" at (100.0, 100.0) × "Tidak"',
    ]);
  });
});

describe('textOverRules', () => {
  const text = page(line('Disposisi', 100, 100));
  it('passes a cell rule beside a word and an underline below it', () => {
    const beside = { x1: 97, y1: 90, x2: 97, y2: 120 };
    const underline = { x1: 100, y1: 110.5, x2: 154, y2: 110.5 };
    expect(textOverRules(text, [beside, underline])).toEqual([]);
  });

  it('finds a line through a word, and one along its baseline', () => {
    expect(textOverRules(text, [{ x1: 90, y1: 105, x2: 200, y2: 105 }])).toHaveLength(1);
    expect(textOverRules(text, [{ x1: 120, y1: 108, x2: 130, y2: 108 }])).toHaveLength(1);
    expect(textOverRules(text, [{ x1: 80, y1: 90, x2: 180, y2: 120 }])).toHaveLength(1);
  });
});

describe('signatureAlone', () => {
  const block = [
    line('Mukomuko, 1 Desember 2026', 400, 40),
    line('Kepala Subbagian,', 400, 52),
    line('Drs. H. Ahmad Fauzi, M.H.', 400, 120),
    line('NIP. 19720127 200312 1 002', 400, 132),
  ];

  it('finds a page that begins with the block', () => {
    expect(signatureAlone(page(...block), M)).toEqual([
      'p2 begins with a signature block alone: "Mukomuko, 1 Desember 2026"',
    ]);
    const mengetahui = [line('Mengetahui,', 300, 40), ...block.slice(1)];
    expect(signatureAlone(page(...mengetahui), M)).toHaveLength(1);
  });

  it('passes a block under the rows it signs, and a page without a NIP', () => {
    expect(signatureAlone(page(line('45 046/PLTI/XI/2026', 80, 40), ...block), M)).toEqual([]);
    expect(signatureAlone(page(line('Pemohon,', 80, 40)), M)).toEqual([]);
  });

  it('passes a row where the block sits beside other content', () => {
    const beside = page(line('Jumlah 45', 80, 40), ...block);
    expect(signatureAlone(beside, M)).toEqual([]);
  });
});

describe('brokenWords', () => {
  const vocabulary = sourceWords({
    text: ['CCTV Hikvision DS-2CD1023G0E', { text: 'Ruang Sidang' }],
  });

  it('reads the words of a definition', () => {
    expect([...vocabulary].sort()).toEqual([
      'CCTV',
      'DS-2CD1023G0E',
      'Hikvision',
      'Ruang',
      'Sidang',
    ]);
  });

  it('finds a word cut across two lines of a cell', () => {
    const cut = page(line('CCTV Hikvision DS-2CD1023G0', 100, 100), line('E', 100, 111));
    expect(brokenWords(cut, vocabulary)).toEqual(['p2 "DS-2CD1023G0" / "E" (DS-2CD1023G0E)']);
  });

  it('passes a wrap between words, a hyphen break, and a line far below', () => {
    const wrap = page(line('Ruang', 100, 100), line('Sidang', 100, 111));
    expect(brokenWords(wrap, vocabulary)).toEqual([]);
    const hyphen = page(line('CCTV DS-', 100, 100), line('2CD1023G0E', 100, 111));
    expect(brokenWords(hyphen, vocabulary)).toEqual([]);
    const far = page(line('DS-2CD1023G0', 100, 100), line('E', 100, 160));
    expect(brokenWords(far, vocabulary)).toEqual([]);
  });
});
