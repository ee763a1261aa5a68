import type { Procedure, Step, StepKind } from '../../../../shared/sop/schema';

/**
 * What the flowchart draws in each actor cell of a procedure table, before any geometry.
 *
 * - A step's full symbol sits in the column of its FIRST actor (actorIds[0]): the flow runs
 *   through it. Every other actor of the step gets a smaller dashed copy in its own column,
 *   joined to the full symbol by a dashed horizontal line at mid height, so the reader sees
 *   who else takes part without the flow branching.
 * - Step i flows into step i + 1 unless step i ends a flow (Selesai) or step i + 1 starts one
 *   (Mulai). The arrow leaves the bottom of step i's full symbol and enters the top of step
 *   i + 1's full symbol. When both are in one column it runs straight down; otherwise it is
 *   an elbow whose horizontal run lies in the lower part of step i's row, so that it passes
 *   under any symbol of that row and crosses into the next row only as a vertical line.
 * - A decision labels its forward arrow "Ya" and carries a short "Tidak" stub out of one
 *   side corner, on the side away from its dashed copies (the right when it has none).
 */

export type SymbolRole = 'main' | 'extra';

export interface CellSymbol {
  kind: StepKind;
  role: SymbolRole;
}

/**
 * The horizontal run of an elbow, in the lower part of the source row:
 * - from-center-right / from-center-left: the source column; the run leaves the foot of the
 *   stem below the symbol towards the right / left edge;
 * - through: a column the run crosses, edge to edge;
 * - to-center-from-left / to-center-from-right: the target column; the run comes in from the
 *   left / right edge and turns down at the centre (then `lineToBottom`).
 */
export type Elbow =
  | 'none'
  | 'from-center-right'
  | 'from-center-left'
  | 'through'
  | 'to-center-from-left'
  | 'to-center-from-right';

/** Which halves (centre to edge) of a horizontal line a cell holds. */
export type HalfSpan = 'none' | 'left' | 'right' | 'both';

export type Side = 'left' | 'right';

export interface CellDrawing {
  /** Actor column index, 0-based. */
  column: number;
  symbol: CellSymbol | null;
  /** Incoming arrow: from the top edge down to the symbol's top, arrowhead at the symbol. */
  lineFromTop: boolean;
  /**
   * Down to the bottom edge: from the symbol's bottom when `elbow` is 'none', from the elbow's
   * run when `elbow` is 'to-center-from-left' or 'to-center-from-right'.
   */
  lineToBottom: boolean;
  elbow: Elbow;
  /** The dashed line at mid height joining a step's full symbol to its dashed copies. */
  link: HalfSpan;
  /** Side of the outgoing line on which a decision's "Ya" is written. */
  ya: Side | null;
  /** Side of the diamond the "Tidak" stub leaves from. */
  tidak: Side | null;
}

export interface StepLayout {
  no: number;
  kind: StepKind;
  mainColumn: number;
  /** Columns of the step's other actors, ascending. */
  extraColumns: number[];
  /** Whether an arrow leaves this step for the next one. */
  flowsToNext: boolean;
  /** One drawing per actor column, in column order. */
  cells: CellDrawing[];
}

/** Whether an arrow joins `from` to the step after it. */
export function flowsOn(from: Pick<Step, 'kind'>, to: Pick<Step, 'kind'> | undefined): boolean {
  return to !== undefined && from.kind !== 'end' && to.kind !== 'start';
}

/**
 * The step's actor columns, its first actor's first. Unknown actor ids (which the schema
 * rejects) are skipped; a step left with none is drawn in the first column.
 */
function stepColumns(step: Step, columnOf: ReadonlyMap<string, number>): number[] {
  const columns: number[] = [];
  for (const id of step.actorIds) {
    const column = columnOf.get(id);
    if (column !== undefined && !columns.includes(column)) columns.push(column);
  }
  return columns.length > 0 ? columns : [0];
}

function emptyCell(column: number): CellDrawing {
  return {
    column,
    symbol: null,
    lineFromTop: false,
    lineToBottom: false,
    elbow: 'none',
    link: 'none',
    ya: null,
    tidak: null,
  };
}

function halfSpan(left: boolean, right: boolean): HalfSpan {
  if (left && right) return 'both';
  if (left) return 'left';
  if (right) return 'right';
  return 'none';
}

/** Symbols and the dashed link between them. */
function placeSymbols(cells: CellDrawing[], kind: StepKind, main: number, extras: number[]) {
  for (const column of [main, ...extras]) {
    const cell = cells[column];
    if (cell) cell.symbol = { kind, role: column === main ? 'main' : 'extra' };
  }
  if (extras.length === 0) return;
  const lo = Math.min(main, ...extras);
  const hi = Math.max(main, ...extras);
  for (let column = lo; column <= hi; column++) {
    const cell = cells[column];
    if (cell) cell.link = halfSpan(column > lo, column < hi);
  }
}

/** The outgoing half of the arrow from `from` (this row) to `to` (the next row's column). */
function placeOutgoing(cells: CellDrawing[], from: number, to: number) {
  if (from === to) {
    const cell = cells[from];
    if (cell) cell.lineToBottom = true;
    return;
  }
  const right = to > from;
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  for (let column = lo; column <= hi; column++) {
    const cell = cells[column];
    if (!cell) continue;
    if (column === from) cell.elbow = right ? 'from-center-right' : 'from-center-left';
    else if (column === to) {
      cell.elbow = right ? 'to-center-from-left' : 'to-center-from-right';
      cell.lineToBottom = true;
    } else cell.elbow = 'through';
  }
}

/** Where a decision writes "Tidak" and "Ya", so that neither crosses another line. */
function placeDecisionLabels(cell: CellDrawing, main: number, extras: number[]) {
  const extrasLeft = extras.some((c) => c < main);
  const extrasRight = extras.some((c) => c > main);
  // With copies on both sides (no seed has any) the stub shares the right with the link.
  const tidak: Side = extrasRight && !extrasLeft ? 'left' : 'right';
  cell.tidak = tidak;
  if (cell.elbow === 'from-center-right') cell.ya = 'left';
  else if (cell.elbow === 'from-center-left') cell.ya = 'right';
  else if (cell.lineToBottom) cell.ya = tidak === 'right' ? 'left' : 'right';
}

/** The drawing of every actor cell of every step of `procedure`. */
export function flowLayout(procedure: Procedure): StepLayout[] {
  const columnOf = new Map(procedure.actors.map((a, i) => [a.id, i]));
  const columnCount = procedure.actors.length;
  const placed = procedure.steps.map((step) => {
    const [main = 0, ...extras] = stepColumns(step, columnOf);
    return { step, main, extras: [...extras].sort((a, b) => a - b) };
  });

  return placed.map(({ step, main, extras }, i) => {
    const cells = Array.from({ length: columnCount }, (_, column) => emptyCell(column));
    placeSymbols(cells, step.kind, main, extras);

    const previous = placed[i - 1];
    if (previous && flowsOn(previous.step, step)) {
      const cell = cells[main];
      if (cell) cell.lineFromTop = true;
    }

    const next = placed[i + 1];
    const flowsToNext = next !== undefined && flowsOn(step, next.step);
    if (next && flowsToNext) placeOutgoing(cells, main, next.main);

    const mainCell = cells[main];
    if (step.kind === 'decision' && mainCell) placeDecisionLabels(mainCell, main, extras);

    return {
      no: step.no,
      kind: step.kind,
      mainColumn: main,
      extraColumns: extras,
      flowsToNext,
      cells,
    };
  });
}
