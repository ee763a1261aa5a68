import { mm } from '../../paper';

/**
 * Sizes of the printed SOP in points. The procedure tables are set in Tinos 9 pt so that
 * five or six actor columns still fit an A4 landscape page; the flowchart strokes are
 * heavier than the table rules so the flow stands out from the grid.
 */
export const SOP_STYLE = {
  /** Text of the procedure table, header and body. */
  tableFontSize: 9,
  /** The column numbers row (1, 2, 3 ...). */
  numberFontSize: 8,
  /** Labels inside the flowchart: Mulai, Selesai, Ya, Tidak, connector numbers. */
  flowLabelFontSize: 6.5,
  /** The procedure heading: "A. PROSEDUR ...". */
  headingFontSize: 11,
  /** The total time under each procedure. */
  totalFontSize: 9.5,
  /** Text of the identity page. */
  identityFontSize: 10,
  /** Table rules. */
  ruleWidth: 0.5,
  /** Flowchart symbols and arrows. */
  flowLineWidth: 0.75,
  /** Inner margin of a text cell; actor cells have none, their canvas fills the cell. */
  cellMarginX: 3,
  cellMarginY: 2.5,
  /** Extra height given to every measured row, against rounding in the text estimate. */
  rowSlack: 2,
  /** Room kept free at the foot of every planned page, against the same. */
  pageSlack: 8,
  headingGap: 6,
  totalGap: 6,
} as const;

/** Margins of the landscape procedure pages: narrower, the table needs the width. */
export const LANDSCAPE_MARGINS = { left: mm(15), top: mm(15), right: mm(15), bottom: mm(15) };
