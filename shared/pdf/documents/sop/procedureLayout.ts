import type { Procedure, Step } from '../../../sop/schema';
import {
  actorColumnSpans,
  procedureColumns,
  type ActorColumnSpan,
  type ProcedureColumns,
} from './columns';
import { planFlow, type StepFlowPlan } from './flowPlan';
import { minFlowRowHeight } from './flowSymbols';
import { SOP_STYLE } from './sopStyle';
import { countLines, lineHeightPt, textWidth, type TextStyle } from './textMetrics';

/**
 * The measured layout of a procedure table: column widths, the height of every row, and
 * the flow plan. Row heights are decided here, from the text each cell holds, and given to
 * pdfmake as fixed heights, so the flowchart drawn in the actor cells fits the rows exactly.
 */

export const BODY_TEXT: TextStyle & { lineHeight: number } = {
  fontSize: SOP_STYLE.tableFontSize,
  lineHeight: 1,
};
export const HEADER_TEXT: TextStyle & { lineHeight: number } = { ...BODY_TEXT, bold: true };
export const NUMBER_TEXT: TextStyle & { lineHeight: number } = {
  fontSize: SOP_STYLE.numberFontSize,
  lineHeight: 1,
};
export const NUMBER_ROW_MARGIN_Y = 1.5;

export interface HeaderLabels {
  pelaksana: string;
  mutuBaku: string;
  actors: string[];
  kelengkapan: string;
  waktu: string;
  output: string;
  no: string;
  kegiatan: string;
  keterangan: string;
}

/** The header texts; the Waktu column is headed "Hari ke" when it holds day numbers. */
export function headerLabels(procedure: Pick<Procedure, 'actors' | 'waktuMode'>): HeaderLabels {
  return {
    no: 'No',
    kegiatan: 'Kegiatan',
    pelaksana: 'Pelaksana',
    mutuBaku: 'Mutu Baku',
    actors: procedure.actors.map((a) => a.label),
    kelengkapan: 'Kelengkapan',
    waktu: procedure.waktuMode === 'hariKe' ? 'Hari ke' : 'Waktu',
    output: 'Output',
    keterangan: 'Keterangan',
  };
}

export interface ProcedureLayout {
  columns: ProcedureColumns;
  spans: ActorColumnSpan[];
  /** Heights of the three header rows: group titles, column titles, column numbers. */
  headerHeights: [number, number, number];
  /** Height of every step row, in step order. */
  rowHeights: number[];
  plans: StepFlowPlan[];
}

/** Height of a block of text lines inside a cell with the standard margins. */
export function textCellHeight(lines: number, style: typeof BODY_TEXT): number {
  return lines * lineHeightPt(style) + 2 * SOP_STYLE.cellMarginY;
}

function lines(text: string, width: number, style: TextStyle): number {
  return countLines(text, width - 2 * SOP_STYLE.cellMarginX, style);
}

/** The texts of a step row with the widths of their columns. */
export function stepTexts(step: Step, columns: ProcedureColumns): [string, number][] {
  return [
    [String(step.no), columns.no],
    [step.kegiatan, columns.kegiatan],
    [step.kelengkapan, columns.kelengkapan],
    [step.waktu, columns.waktu],
    [step.output, columns.output],
    [step.keterangan, columns.keterangan],
  ];
}

/** A step row is as tall as its longest text or its flowchart needs, whichever is more. */
export function stepRowHeight(step: Step, columns: ProcedureColumns): number {
  const textLines = Math.max(
    ...stepTexts(step, columns).map(([text, width]) => lines(text, width, BODY_TEXT)),
  );
  const text = textCellHeight(textLines, BODY_TEXT) + SOP_STYLE.rowSlack;
  return Math.ceil(Math.max(text, minFlowRowHeight(step.kind)));
}

function headerHeights(labels: HeaderLabels, columns: ProcedureColumns): [number, number, number] {
  const actorsWidth = columns.actors.reduce((a, b) => a + b, 0);
  const mutuBakuWidth = columns.kelengkapan + columns.waktu + columns.output;
  const groupLines = Math.max(
    lines(labels.pelaksana, actorsWidth, HEADER_TEXT),
    lines(labels.mutuBaku, mutuBakuWidth, HEADER_TEXT),
  );
  const titleLines = Math.max(
    ...labels.actors.map((label, i) => lines(label, columns.actors[i] ?? 0, HEADER_TEXT)),
    lines(labels.kelengkapan, columns.kelengkapan, HEADER_TEXT),
    lines(labels.waktu, columns.waktu, HEADER_TEXT),
    lines(labels.output, columns.output, HEADER_TEXT),
  );
  const group = Math.ceil(textCellHeight(groupLines, HEADER_TEXT) + 1);
  let titles = Math.ceil(textCellHeight(titleLines, HEADER_TEXT) + 1);
  // The cells spanning both rows (No, Kegiatan, Keterangan) must fit their two rows.
  const spanning = Math.max(
    lines(labels.no, columns.no, HEADER_TEXT),
    lines(labels.kegiatan, columns.kegiatan, HEADER_TEXT),
    lines(labels.keterangan, columns.keterangan, HEADER_TEXT),
  );
  const spanningHeight = Math.ceil(textCellHeight(spanning, HEADER_TEXT) + 1);
  titles = Math.max(titles, spanningHeight - group - SOP_STYLE.ruleWidth);
  const numbers = Math.ceil(lineHeightPt(NUMBER_TEXT) + 2 * NUMBER_ROW_MARGIN_Y);
  return [group, titles, numbers];
}

/**
 * The width an actor column needs so that no word of its title is broken inside; pdfmake
 * may break after a hyphen or a slash ("masing-|masing"), so those parts count as words.
 */
export function actorTitleWidth(labels: readonly string[]): number {
  const words = labels.flatMap((label) => label.split(/\s+|(?<=[-/])/));
  const widest = Math.max(0, ...words.map((w) => textWidth(w, HEADER_TEXT)));
  return Math.ceil(widest + 2 * SOP_STYLE.cellMarginX + 1);
}

export function procedureLayout(procedure: Procedure, tableWidth: number): ProcedureLayout {
  const rule = SOP_STYLE.ruleWidth;
  const columns = procedureColumns(
    procedure.actors.length,
    tableWidth,
    rule,
    actorTitleWidth(procedure.actors.map((a) => a.label)),
  );
  return {
    columns,
    spans: actorColumnSpans(columns.actors, rule),
    headerHeights: headerHeights(headerLabels(procedure), columns),
    rowHeights: procedure.steps.map((s) => stepRowHeight(s, columns)),
    plans: planFlow(procedure),
  };
}

/** Height a table takes: its top rule, then each row with the rule under it. */
export function tableHeight(rowHeights: readonly number[]): number {
  const rule = SOP_STYLE.ruleWidth;
  return rule + rowHeights.reduce((sum, h) => sum + h + rule, 0);
}
