import type { Margins } from 'pdfmake/interfaces';
import { mm, pageSizePoints, type PaperSizeId } from './paper';

/** Official letter margins: wider on the left for binding. */
export const PORTRAIT_MARGINS = { left: mm(30), top: mm(15), right: mm(20), bottom: mm(20) };

export function marginsArray(m: typeof PORTRAIT_MARGINS): Margins {
  return [m.left, m.top, m.right, m.bottom];
}

/** Width of the text area, in points, for a paper and orientation. */
export function contentWidth(
  paper: PaperSizeId,
  orientation: 'portrait' | 'landscape' = 'portrait',
  margins = PORTRAIT_MARGINS,
): number {
  return pageSizePoints(paper, orientation).width - margins.left - margins.right;
}
