import { fromIsoDate } from '../../../format/date';
import type {
  CanvasElement,
  Column,
  Content,
  CustomTableLayout,
  DynamicContent,
  Margins,
} from 'pdfmake/interfaces';
import { kopContactLines, kopHeadingLines, type Office } from '../../../office/office';
import { SANS } from '../../fonts';
import { kopGeometry } from '../../kop';
import { TINOS_ASCENT, textWidth, wrapText } from '../sop/textMetrics';

/**
 * Tinos's line box as pdfmake sets it: (ascender - descender) / units per em, without the
 * line gap (pdfkit's lineHeight leaves it out), so a little less than TINOS_LINE_BOX.
 */
export const PDFMAKE_LINE_BOX = (1825 + 443) / 2048;

/** Height in points of `lines` lines of Tinos at a size and line height, as pdfmake sets them. */
export function linesHeight(lines: number, fontSize: number, lineHeight: number): number {
  return lines * fontSize * PDFMAKE_LINE_BOX * lineHeight;
}

/** Table rules and cell padding shared by the request documents. */
export const RULE = 0.6;
export const CELL_PAD_X = 4;
export const CELL_PAD_Y = 2.5;

export const formTableLayout: CustomTableLayout = {
  hLineWidth: () => RULE,
  vLineWidth: () => RULE,
  paddingLeft: () => CELL_PAD_X,
  paddingRight: () => CELL_PAD_X,
  paddingTop: () => CELL_PAD_Y,
  paddingBottom: () => CELL_PAD_Y,
};

/** No rules, no padding: for laying blocks out on a grid. */
export const gridLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

/**
 * Column widths for a formTableLayout table `total` points wide: the fixed columns as given,
 * the rest (null) sharing what is left equally. pdfmake adds padding and rules to the widths.
 */
export function formColumnWidths(total: number, fixed: readonly (number | null)[]): number[] {
  const inner = total - fixed.length * 2 * CELL_PAD_X - (fixed.length + 1) * RULE;
  const used = fixed.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const free = fixed.filter((w) => w === null).length;
  const share = free === 0 ? 0 : (inner - used) / free;
  return fixed.map((w) => w ?? share);
}

/** Side of a checkbox drawn next to a label of the given font size. */
export function checkboxSize(fontSize: number): number {
  return Math.round(fontSize * 0.78 * 10) / 10;
}

/**
 * A checkbox drawn as a square whose bottom sits on the label's baseline; a checked one
 * holds a bold "X", as a hand would mark it (the fonts have no ballot-box glyphs).
 */
export function checkbox(checked: boolean, fontSize: number): Content {
  const size = checkboxSize(fontSize);
  const top = Math.max(0, fontSize * TINOS_ASCENT - size + 0.6);
  const box: Content = {
    canvas: [{ type: 'rect', x: 0, y: top, w: size, h: size, lineWidth: 0.7 }],
  };
  if (!checked) return box;
  const markSize = size * 1.1;
  const capHeight = markSize * 0.662;
  const markTop = top + size / 2 + capHeight / 2 - markSize * TINOS_ASCENT;
  return {
    stack: [
      {
        text: 'X',
        bold: true,
        fontSize: markSize,
        lineHeight: 1,
        relativePosition: { x: (size - markSize * 0.722) / 2, y: markTop },
      },
      box,
    ],
  };
}

export interface CheckOption {
  label: string;
  checked: boolean;
}

/** A checkbox with its label; a checked option's label is bold. */
export function checkItem(option: CheckOption, fontSize: number): Content {
  return {
    columns: [
      { width: checkboxSize(fontSize) + 4, stack: [checkbox(option.checked, fontSize)] },
      { width: '*', text: option.label, bold: option.checked, fontSize },
    ],
    columnGap: 0,
  };
}

/**
 * Options laid out `perRow` to a line across `width` points, in columns as wide as their
 * longest label needs and the room left shared out evenly (equal columns when too narrow).
 */
export function checkGrid(
  options: readonly CheckOption[],
  perRow: number,
  width: number,
  fontSize: number,
): Content {
  const box = checkboxSize(fontSize) + 4;
  const needs = Array.from({ length: perRow }, (_, col) =>
    options
      .filter((_, i) => i % perRow === col)
      .reduce((max, o) => Math.max(max, box + widthOf(o.label, fontSize, o.checked)), 0),
  );
  const spare = width - needs.reduce((sum, w) => sum + w, 0);
  const widths =
    spare >= 0 ? needs.map((w) => w + spare / perRow) : needs.map(() => width / perRow);
  const rows: Content[] = [];
  for (let i = 0; i < options.length; i += perRow) {
    const columns: Column[] = options
      .slice(i, i + perRow)
      .map((o, j) => ({ width: widths[j] ?? 0, stack: [checkItem(o, fontSize)] }));
    rows.push({ columns, columnGap: 0 });
  }
  return { stack: rows };
}

/**
 * `count` dotted lines to write on, `width` points long, one per text line of `step` points;
 * each line sits a little under where the baseline of handwriting would be.
 */
export function dottedLines(count: number, width: number, step: number, fontSize: number): Content {
  const canvas: CanvasElement[] = [];
  const below = Math.min(step - 0.5, fontSize * TINOS_ASCENT + 2);
  for (let i = 0; i < count; i++) {
    const y = i * step + below;
    canvas.push({
      type: 'line',
      x1: 0,
      y1: y,
      x2: width,
      y2: y,
      lineWidth: 0.8,
      lineCap: 'round',
      dash: { length: 0.01, space: 2.2 },
    });
  }
  return { canvas, margin: [0, 0, 0, count * step - ((count - 1) * step + below)] };
}

/** "Nama dokumen — Halaman x dari y" at the right of every page, as ujiKop has it. */
export function pageFooter(name: string, margins: { left: number; right: number }): DynamicContent {
  return (currentPage, pageCount) => ({
    text: `${name} — Halaman ${currentPage} dari ${pageCount}`,
    fontSize: 8,
    font: SANS,
    color: '#555555',
    alignment: 'right',
    margin: [margins.left, 8, margins.right, 0] satisfies Margins,
  });
}

/** "22 November 2026" from a YYYY-MM-DD date, read as a calendar date (no time zone). */
export function calendarDate(isoDate: string): Date {
  // The schema admits only valid 'YYYY-MM-DD' here; the epoch is a guard, never printed.
  return fromIsoDate(isoDate) ?? new Date(1970, 0, 1);
}

/** Cuts a text at `max` characters on a word boundary where one is near, ending with "…". */
export function truncateText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const kept = space >= max - 25 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,.;:]+$/, '')}…`;
}

export interface FitOptions {
  width: number;
  maxHeight: number;
  /** Font sizes to try, largest first; the last one is used for a text that must be cut. */
  sizes: readonly number[];
  lineHeight: number;
  bold?: boolean;
}

export interface FittedText {
  text: string;
  fontSize: number;
  /** Lines the text takes by the estimate. */
  lines: number;
  truncated: boolean;
}

/**
 * The largest font size at which `text` fits in `maxHeight` points at `width` points wide;
 * when even the smallest is too large, the text is cut at a word to the lines that fit and
 * ends with "…". The estimate errs long (kerning ignored), so pdfmake never needs more lines.
 */
export function fitText(text: string, options: FitOptions): FittedText {
  const { width, maxHeight, sizes, lineHeight } = options;
  const bold = options.bold ?? false;
  const smallest = sizes[sizes.length - 1] ?? 10;
  for (const fontSize of sizes) {
    const lines = wrapText(text, width, { fontSize, bold }).length;
    if (linesHeight(lines, fontSize, lineHeight) <= maxHeight) {
      return { text, fontSize, lines, truncated: false };
    }
  }
  const style = { fontSize: smallest, bold };
  const maxLines = Math.max(1, Math.floor(maxHeight / linesHeight(1, smallest, lineHeight)));
  const fits = (length: number) => wrapText(cutAt(text, length), width, style).length <= maxLines;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  const space = text.slice(0, low + 1).search(/\s\S*$/);
  const length = space > 0 && space >= low - 30 ? space : low;
  const cut = cutAt(text, length);
  return {
    text: cut,
    fontSize: smallest,
    lines: wrapText(cut, width, style).length,
    truncated: true,
  };
}

function cutAt(text: string, length: number): string {
  return `${text.slice(0, length).replace(/[\s,.;:]+$/, '')} …`;
}

/** Lines a text wraps into at `width` points (bold counted wider). */
export function lineCount(text: string, width: number, fontSize: number, bold = false): number {
  return Math.max(1, wrapText(text, width, { fontSize, bold }).length);
}

/** Width of a one-line text, in points. */
export function widthOf(text: string, fontSize: number, bold = false): number {
  return textWidth(text, { fontSize, bold });
}

/**
 * Height of kopSurat(office, width) by the same measures kop.ts uses (its text column, the
 * logo at most 78 pt tall; heading 12.5 pt bold, the court 15 pt, line height 1.05;
 * contact lines 9.5 pt, line height 1.1; the double rule 7.25 pt and 12 pt under it). The
 * documents that use it keep ujiKop's default style, which the spacer line inherits.
 */
export function kopHeight(office: Office, width: number): number {
  const textColumn = kopGeometry(office, width).text;
  const heading = kopHeadingLines(office);
  let textHeight = 0;
  heading.forEach((line, i) => {
    const fontSize = i === heading.length - 1 ? 15 : 12.5;
    const lines = lineCount(line, textColumn, fontSize, true);
    textHeight += linesHeight(lines, fontSize, 1.05);
  });
  // The spacer is an empty line at the documents' default style (Tinos 12, line height 1.15).
  textHeight += 2 + linesHeight(1, 12, 1.15);
  for (const line of kopContactLines(office)) {
    textHeight += linesHeight(lineCount(line, textColumn, 9.5), 9.5, 1.1);
  }
  const logoHeight = office.logo ? 78 : 0;
  return Math.max(textHeight, logoHeight) + 7.25 + 12;
}
