import type { Content, CustomTableLayout, StyleDictionary, TableCell } from 'pdfmake/interfaces';
import { formatTanggal } from '../../../format/date';
import { formatAngka } from '../../../format/number';
import { REPORT_ROWS_MAX } from '../../../maintenance/reportSchema';
import { calendarDate, CELL_PAD_Y, RULE, widthOf } from '../requests/common';

/** The tables' type size: small enough for eight columns on A4 portrait. */
export const TABLE_FS = 8;
export const TABLE_LH = 1.1;
const PAD_X = 3;

/** Marks a heading, so the page-break rule keeps it off the foot of a page. */
export const HEADING_LEVEL = 1;

/**
 * Names the header cells, so the page-break rule can tell them from the rows: pdfmake
 * reports a repeated header where the table first began, even when the header moved on
 * to the next page with the first row.
 */
export const HEADER_STYLE = 'reportTableHeader';
export const REPORT_STYLES: StyleDictionary = {
  [HEADER_STYLE]: { bold: true, alignment: 'center' },
};

/** "A. ...": a sub-heading; `keep` marks it for the page-break rule when it stands alone. */
export function subHeading(text: string, keep: boolean): Content {
  return {
    text,
    bold: true,
    margin: [0, 4, 0, 1],
    ...(keep ? { headlineLevel: HEADING_LEVEL } : {}),
  };
}

export const EMPTY_ROW_TEXT = 'Tidak ada catatan pada bulan ini.';

/** The row number column, wide enough for the longest list the schema admits. */
export const NO_WIDTH = Math.ceil(widthOf(formatAngka(REPORT_ROWS_MAX), TABLE_FS)) + 1;
/**
 * A date column as wide as "30 September" (the longest day and month), so a date takes at
 * most two lines, the year under the month.
 */
export const DATE_WIDTH = Math.ceil(widthOf('30 September', TABLE_FS)) + 1;

export interface ReportColumn {
  header: string;
  /** Points, or a share of what the fixed columns leave (2 takes twice what 1 takes). */
  width: number | { flex: number };
}

/**
 * Column widths in points for a table `total` points wide: fixed columns as given, the
 * flexible ones sharing the rest by their flex. pdfmake adds padding and rules to the widths.
 */
export function columnWidths(columns: readonly ReportColumn[], total: number): number[] {
  const inner = total - columns.length * 2 * PAD_X - (columns.length + 1) * RULE;
  let fixed = 0;
  let flex = 0;
  for (const c of columns) {
    if (typeof c.width === 'number') fixed += c.width;
    else flex += c.width.flex;
  }
  const unit = flex === 0 ? 0 : Math.max(0, inner - fixed) / flex;
  return columns.map((c) => (typeof c.width === 'number' ? c.width : c.width.flex * unit));
}

export const reportTableLayout: CustomTableLayout = {
  hLineWidth: () => RULE,
  vLineWidth: () => RULE,
  paddingLeft: () => PAD_X,
  paddingRight: () => PAD_X,
  paddingTop: () => CELL_PAD_Y,
  paddingBottom: () => CELL_PAD_Y,
  fillColor: (row: number) => (row === 0 ? '#e8e8e8' : null),
};

/** One row spanning every column, saying the month recorded nothing. */
export function emptyRow(columns: number): TableCell[] {
  return [
    { text: EMPTY_ROW_TEXT, colSpan: columns, alignment: 'center', italics: true },
    ...Array.from({ length: columns - 1 }, () => ({})),
  ];
}

/** Rules between the rows and columns of a nested table, none round it. */
const innerLayout: CustomTableLayout = {
  ...reportTableLayout,
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : RULE),
  vLineWidth: (i, node) => (i === 0 || i === (node.table.widths?.length ?? 0) ? 0 : RULE),
  fillColor: () => null,
};

/**
 * The last rows and the totals as one row of the table, so no page ever starts with the
 * totals alone under a repeated header: a nested table spanning every column, drawn on the
 * outer table's grid (its cell padding taken back by the margins, no rules of its own round
 * it), which pdfmake keeps whole like any row.
 */
function lastRowsWithTotals(
  widths: readonly number[],
  last: TableCell[][],
  totals: TableCell[][],
): TableCell[] {
  return [
    {
      table: { widths: [...widths], body: [...last, ...totals], dontBreakRows: true },
      layout: innerLayout,
      colSpan: widths.length,
      margin: [-PAD_X, -CELL_PAD_Y, -PAD_X, -CELL_PAD_Y],
    },
    ...widths.slice(1).map(() => ({})),
  ];
}

/**
 * A register table: the header repeated on every page and kept with the first row, rows
 * never split across pages, and one row saying so when there is nothing to list. `totals`
 * are printed after the rows only when there are rows.
 */
export function reportTable(
  columns: readonly ReportColumn[],
  width: number,
  rows: TableCell[][],
  totals: TableCell[][] = [],
): Content {
  const header: TableCell[] = columns.map((c) => ({ text: c.header, style: HEADER_STYLE }));
  const widths = columnWidths(columns, width);
  const body =
    rows.length === 0
      ? [emptyRow(columns.length)]
      : totals.length === 0
        ? rows
        : [...rows.slice(0, -1), lastRowsWithTotals(widths, rows.slice(-1), totals)];
  return {
    table: {
      widths,
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      body: [header, ...body],
    },
    layout: reportTableLayout,
    fontSize: TABLE_FS,
    lineHeight: TABLE_LH,
    margin: [0, 2, 0, 6],
  };
}

/** The row number cell. */
export function noCell(index: number): TableCell {
  return { text: formatAngka(index + 1), alignment: 'right' };
}

/** A date cell, "30 November 2026", or a centred "-" when there is none. */
export function dateCell(isoDate: string | null): TableCell {
  if (!isoDate) return dashCell();
  return { text: formatTanggal(calendarDate(isoDate)) };
}

/** A text cell; an empty value prints a centred "-" so no cell looks forgotten. */
export function textCell(value: string): TableCell {
  return value.trim() ? { text: value } : dashCell();
}

export function numberCell(value: number, bold = false): TableCell {
  return { text: formatAngka(value), alignment: 'right', bold };
}

function dashCell(): TableCell {
  return { text: '-', alignment: 'center' };
}
