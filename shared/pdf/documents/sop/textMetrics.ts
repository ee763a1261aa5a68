/**
 * Text measurement for Tinos, so the SOP table can be laid out before pdfmake sees it: the
 * flowchart is drawn inside fixed-height rows, and a row that grew after measuring would
 * leave a gap in its arrows.
 *
 * The advance widths are Tinos's own (read from @fontsource/tinos, in 1/1000 em); Tinos is
 * metric-compatible with Times New Roman, so they are also that font's. Characters outside
 * the table count as a wide glyph, which errs on the side of more lines.
 */

/** Advance widths of U+0020..U+007E, regular weight. */
const REGULAR: readonly number[] = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
  556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
  722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
  278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];

/** Advance widths of U+0020..U+007E, bold weight. */
const BOLD: readonly number[] = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667,
  611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722,
  722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556,
  278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];

/** Widths of the few non-ASCII characters the SOPs use, both weights. */
const EXTRA: Readonly<Record<string, number>> = {
  '–': 500,
  '—': 1000,
  '‘': 333,
  '’': 333,
  '“': 500,
  '”': 500,
  é: 444,
  '×': 570,
};

/** A glyph the tables do not know: as wide as a capital M, so estimates err long. */
const UNKNOWN_WIDTH = 1000;

/**
 * Tinos's line box: (ascender - descender + line gap) / units per em =
 * (1825 + 443 + 87) / 2048. pdfmake sets a line this tall times the lineHeight style.
 */
export const TINOS_LINE_BOX = 2355 / 2048;

/** Where the baseline sits below the top of the line box, in em (1825 / 2048). */
export const TINOS_ASCENT = 1825 / 2048;

export interface TextStyle {
  fontSize: number;
  bold?: boolean;
}

function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 0;
  const table = bold ? BOLD : REGULAR;
  if (code >= 32 && code <= 126) return table[code - 32] ?? UNKNOWN_WIDTH;
  return EXTRA[ch] ?? UNKNOWN_WIDTH;
}

/** Width in points of a text set on one line (kerning ignored, so a little wide). */
export function textWidth(text: string, style: TextStyle): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, style.bold ?? false);
  return (units * style.fontSize) / 1000;
}

/** Height of one line in points, as pdfmake sets it. */
export function lineHeightPt(style: TextStyle & { lineHeight?: number }): number {
  return style.fontSize * TINOS_LINE_BOX * (style.lineHeight ?? 1);
}

/** Splits a word wider than the line into pieces that fit, as pdfmake does. */
function splitLongWord(word: string, width: number, style: TextStyle): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece !== '' && textWidth(piece + ch, style) > width) {
      pieces.push(piece);
      piece = ch;
    } else {
      piece += ch;
    }
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * The lines a text wraps into at the given width, breaking greedily at spaces (and inside a
 * word only when the word alone is too wide). pdfmake may also break after a hyphen or a
 * slash, so it never needs more lines than this; explicit line breaks are kept.
 */
export function wrapText(text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    const words = paragraph.split(/\s+/).filter((w) => w !== '');
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, style) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      const pieces = splitLongWord(word, width, style);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}

/** How many lines a text takes at the given width; an empty text still takes one. */
export function countLines(text: string, width: number, style: TextStyle): number {
  return Math.max(1, wrapText(text, width, style).length);
}
