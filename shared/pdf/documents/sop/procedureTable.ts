import type {
  Content,
  ContentTable,
  ContentText,
  TableCell,
  TableLayout,
} from 'pdfmake/interfaces';
import type { Procedure } from '../../../sop/schema';
import { columnWidthList } from './columns';
import { flowCellContents } from './flowCells';
import type { RowEnds } from './flowPlan';
import { flowRow } from './flowRow';
import {
  BODY_TEXT,
  HEADER_TEXT,
  NUMBER_ROW_MARGIN_Y,
  NUMBER_TEXT,
  headerLabels,
  type ProcedureLayout,
} from './procedureLayout';
import { SOP_STYLE } from './sopStyle';
import { countLines, lineHeightPt } from './textMetrics';

/**
 * One page's part of a procedure table: the three header rows (Pelaksana and Mutu Baku over
 * their columns, the column titles, the column numbers) and the step rows of that page,
 * each row at its measured height with the flowchart drawn in its actor cells.
 */

const HEADER_ROWS = 3;
const HEADER_FILL = '#EEEEEE';

const tableLayout: TableLayout = {
  hLineWidth: () => SOP_STYLE.ruleWidth,
  vLineWidth: () => SOP_STYLE.ruleWidth,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
  fillColor: (row) => (row < HEADER_ROWS ? HEADER_FILL : null),
};

/** A bold header title centred in a box `height` tall and `width` wide. */
function headerCell(text: string, width: number, height: number): ContentText {
  const { cellMarginX } = SOP_STYLE;
  const lineCount = countLines(text, width - 2 * cellMarginX, HEADER_TEXT);
  const top = Math.max(0, (height - lineCount * lineHeightPt(HEADER_TEXT)) / 2);
  return {
    text,
    ...HEADER_TEXT,
    alignment: 'center',
    margin: [cellMarginX, top, cellMarginX, 0],
  };
}

function headerRows(procedure: Procedure, layout: ProcedureLayout): TableCell[][] {
  const labels = headerLabels(procedure);
  const { columns, headerHeights } = layout;
  const [group, titles] = headerHeights;
  const both = group + SOP_STYLE.ruleWidth + titles;
  const actorsWidth = columns.actors.reduce((a, b) => a + b, 0);
  const mutuBakuWidth = columns.kelengkapan + columns.waktu + columns.output;
  const n = columns.actors.length;
  const filler = (count: number): TableCell[] => Array.from({ length: count }, () => ({}));

  const first: TableCell[] = [
    { ...headerCell(labels.no, columns.no, both), rowSpan: 2 },
    { ...headerCell(labels.kegiatan, columns.kegiatan, both), rowSpan: 2 },
    { ...headerCell(labels.pelaksana, actorsWidth, group), colSpan: n },
    ...filler(n - 1),
    { ...headerCell(labels.mutuBaku, mutuBakuWidth, group), colSpan: 3 },
    ...filler(2),
    { ...headerCell(labels.keterangan, columns.keterangan, both), rowSpan: 2 },
  ];
  const second: TableCell[] = [
    {},
    {},
    ...labels.actors.map((label, i) => headerCell(label, columns.actors[i] ?? 0, titles)),
    headerCell(labels.kelengkapan, columns.kelengkapan, titles),
    headerCell(labels.waktu, columns.waktu, titles),
    headerCell(labels.output, columns.output, titles),
    {},
  ];
  const numbers: TableCell[] = columnWidthList(columns).map((_, i) => ({
    text: String(i + 1),
    ...NUMBER_TEXT,
    alignment: 'center',
    margin: [0, NUMBER_ROW_MARGIN_Y, 0, 0],
  }));
  return [first, second, numbers];
}

function textCell(text: string, alignment: 'left' | 'center' = 'left'): Content {
  const { cellMarginX, cellMarginY } = SOP_STYLE;
  return {
    text,
    ...BODY_TEXT,
    alignment,
    margin: [cellMarginX, cellMarginY, cellMarginX, cellMarginY],
  };
}

/** The table of one page: header rows and the rows `rows` (step indices) with `ends`. */
export function procedureTable(
  procedure: Procedure,
  layout: ProcedureLayout,
  rows: readonly number[],
  ends: readonly RowEnds[],
): ContentTable {
  const body: TableCell[][] = headerRows(procedure, layout);
  const heights: number[] = [...layout.headerHeights];
  for (const index of rows) {
    const step = procedure.steps[index];
    const plan = layout.plans[index];
    const rowEnds = ends[index];
    const height = layout.rowHeights[index];
    if (!step || !plan || !rowEnds || height === undefined) continue;
    const flow = flowRow({ plan, ends: rowEnds, spans: layout.spans, height });
    body.push([
      textCell(String(step.no), 'center'),
      textCell(step.kegiatan),
      ...flowCellContents(flow.items, layout.spans),
      textCell(step.kelengkapan),
      textCell(step.waktu, 'center'),
      textCell(step.output),
      textCell(step.keterangan, 'center'),
    ]);
    heights.push(height);
  }
  return {
    table: {
      widths: columnWidthList(layout.columns),
      heights,
      headerRows: HEADER_ROWS,
      dontBreakRows: true,
      body,
    },
    layout: tableLayout,
  };
}
