/**
 * Column widths of a procedure table: No | Kegiatan | one column per actor | Kelengkapan |
 * Waktu | Output | Keterangan. Widths are content widths in points; the table has no cell
 * padding (text cells carry a margin instead), so the table is as wide as the widths plus
 * one rule per column edge.
 */

export interface ProcedureColumns {
  no: number;
  kegiatan: number;
  /** One width per actor column, all equal. */
  actors: number[];
  kelengkapan: number;
  waktu: number;
  output: number;
  keterangan: number;
}

const NO_WIDTH = 22;
const WAKTU_WIDTH = 46;
const KETERANGAN_WIDTH = 54;
/** Narrower than this and a process box no longer fits beside its arrows. */
export const MIN_ACTOR_WIDTH = 56;
const MAX_ACTOR_WIDTH = 76;
/** Share of the flexible width the actor columns get before clamping. */
const ACTOR_SHARE = 0.4;

/**
 * The widths for a table of `actorCount` actor columns filling `tableWidth` points; the
 * actor columns are at least `minActorWidth` wide (enough for the longest word of their
 * titles, so no title is broken inside a word).
 */
export function procedureColumns(
  actorCount: number,
  tableWidth: number,
  ruleWidth: number,
  minActorWidth = MIN_ACTOR_WIDTH,
): ProcedureColumns {
  const columnCount = actorCount + 6;
  const inner = tableWidth - (columnCount + 1) * ruleWidth;
  const fixed = NO_WIDTH + WAKTU_WIDTH + KETERANGAN_WIDTH;
  const flexible = inner - fixed;
  const least = Math.max(MIN_ACTOR_WIDTH, minActorWidth);
  const actor = Math.max(least, Math.min(MAX_ACTOR_WIDTH, (flexible * ACTOR_SHARE) / actorCount));
  const rest = flexible - actor * actorCount;
  const kegiatan = rest * 0.46;
  const kelengkapan = rest * 0.27;
  return {
    no: NO_WIDTH,
    kegiatan,
    actors: Array.from({ length: actorCount }, () => actor),
    kelengkapan,
    waktu: WAKTU_WIDTH,
    output: rest - kegiatan - kelengkapan,
    keterangan: KETERANGAN_WIDTH,
  };
}

/** The widths in table order, as pdfmake wants them. */
export function columnWidthList(c: ProcedureColumns): number[] {
  return [c.no, c.kegiatan, ...c.actors, c.kelengkapan, c.waktu, c.output, c.keterangan];
}

/** Index of the first actor column in a table row. */
export const FIRST_ACTOR_CELL = 2;

export interface ActorColumnSpan {
  /** Left content edge, measured from the left content edge of the first actor column. */
  left: number;
  width: number;
  center: number;
}

/**
 * Where each actor column lies in the actor area, the strip the flowchart is drawn in:
 * columns are separated by one rule, so column j starts after j rules.
 */
export function actorColumnSpans(
  actorWidths: readonly number[],
  ruleWidth: number,
): ActorColumnSpan[] {
  let left = 0;
  return actorWidths.map((width) => {
    const span = { left, width, center: left + width / 2 };
    left += width + ruleWidth;
    return span;
  });
}
