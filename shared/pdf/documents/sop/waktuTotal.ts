import type { Content } from 'pdfmake/interfaces';
import { SOP_STYLE } from './sopStyle';
import { countLines, lineHeightPt } from './textMetrics';

import type { TotalLine } from '../../../sop/totalText';

const TOTAL_TEXT = { fontSize: SOP_STYLE.totalFontSize, lineHeight: 1.1 };

function plain(line: TotalLine): string {
  return line.lead ? `${line.lead} ${line.text}` : line.text;
}

/** The lines as pdfmake content, `width` wide. */
export function totalBlock(lines: readonly TotalLine[]): Content {
  return {
    stack: lines.map((line) => ({
      text: line.lead ? [{ text: `${line.lead} `, bold: true }, { text: line.text }] : line.text,
      ...TOTAL_TEXT,
      italics: line.italics ?? false,
    })),
    margin: [0, SOP_STYLE.totalGap, 0, 0],
  };
}

/** The height the block takes at `width`, bold lead-ins counted as bold throughout. */
export function totalBlockHeight(lines: readonly TotalLine[], width: number): number {
  const lineHeight = lineHeightPt(TOTAL_TEXT);
  const count = lines.reduce(
    (sum, line) => sum + countLines(plain(line), width, { ...TOTAL_TEXT, bold: true }),
    0,
  );
  return SOP_STYLE.totalGap + count * lineHeight;
}
