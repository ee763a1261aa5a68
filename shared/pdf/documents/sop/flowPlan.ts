import type { Procedure, StepKind } from '../../../sop/schema';

/**
 * Which symbols the flowchart connects, before any geometry.
 *
 * - A step is drawn in every one of its actor columns: the SOP names several actors for a
 *   step when either may do it or they do it together, and a symbol in one column with a
 *   mere marker in the other would read as if the second actor only looked on. The symbols
 *   of one step are joined by a dashed line (no arrowhead): same activity, not a flow.
 * - Step i flows into step i + 1, unless step i ends the flow (Selesai) or step i + 1 starts
 *   one of its own (a second Mulai, as Ternate AS/28 prints): no arrow leaves a Selesai
 *   terminator and none enters a Mulai.
 * - Of the symbols of two consecutive steps, the arrow joins the pair nearest each other, so
 *   that a flow staying with one actor runs straight down its column; ties keep the column
 *   the flow came in by.
 * - A decision's forward arrow is labelled "Ya". Its "Tidak" is a short arrow from the
 *   diamond's side, pointing towards the previous step's column, into an on-page connector
 *   (a circle) numbered with the previous step: the request goes back to it. The SOPs do not
 *   say where a refusal goes; returning to the step before (for revision) is the reading
 *   that fits their decisions (disposition, consideration, approval), and a connector keeps
 *   the return from crossing the forward arrows.
 */

export interface TidakStub {
  /** -1: out of the diamond's left corner; +1: its right corner. */
  side: -1 | 1;
  /** The step a refusal returns to. */
  toStep: number;
}

export interface StepFlowPlan {
  no: number;
  kind: StepKind;
  /** Actor column indices holding this step's symbol, ascending. */
  columns: number[];
  /** Column the arrow from the previous step lands in; null when none comes in. */
  inColumn: number | null;
  /** Column the arrow to the next step leaves from; null when none goes out. */
  outColumn: number | null;
  tidak: TidakStub | null;
}

function stepColumns(actorIds: readonly string[], columnOf: ReadonlyMap<string, number>): number[] {
  const columns = actorIds.map((id) => columnOf.get(id)).filter((c) => c !== undefined);
  return [...new Set(columns)].sort((a, b) => a - b);
}

/** Whether an arrow joins step `from` to the step after it. */
export function flowsOn(from: { kind: StepKind }, to: { kind: StepKind } | undefined): boolean {
  return to !== undefined && from.kind !== 'end' && to.kind !== 'start';
}

/** Lexicographic comparison of cost tuples. */
function lessThan(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

/** The pair of columns an arrow joins: nearest first, then the column the flow is in. */
function chooseLink(
  from: readonly number[],
  anchor: number,
  to: readonly number[],
  toPreference: readonly number[],
): { out: number; in: number } {
  let best: { out: number; in: number; cost: number[] } | null = null;
  for (const s of from) {
    for (const t of to) {
      const preference = toPreference.indexOf(t);
      const cost = [Math.abs(s - t), s === anchor ? 0 : 1, preference < 0 ? to.length : preference];
      if (best === null || lessThan(cost, best.cost)) best = { out: s, in: t, cost };
    }
  }
  if (best === null) throw new Error('A step without an actor column cannot be linked.');
  return { out: best.out, in: best.in };
}

function tidakSide(
  columns: readonly number[],
  at: number,
  towards: number | null,
  actorCount: number,
): -1 | 1 | null {
  const preferred: (-1 | 1)[] = [];
  if (towards !== null && towards !== at) preferred.push(towards < at ? -1 : 1);
  preferred.push(-1, 1);
  for (const side of preferred) {
    const neighbour = at + side;
    const blocked = columns.some((c) => (side < 0 ? c < at : c > at));
    if (neighbour >= 0 && neighbour < actorCount && !blocked) return side;
  }
  return null;
}

/** The flow of a procedure's steps through its actor columns. */
export function planFlow(procedure: Pick<Procedure, 'actors' | 'steps'>): StepFlowPlan[] {
  const columnOf = new Map(procedure.actors.map((a, i) => [a.id, i] as const));
  const steps = procedure.steps;
  const columns = steps.map((s) => stepColumns(s.actorIds, columnOf));
  const preference = steps.map((s) => s.actorIds.map((id) => columnOf.get(id) ?? -1));
  const inColumns: (number | null)[] = steps.map(() => null);
  const outColumns: (number | null)[] = steps.map(() => null);

  steps.forEach((step, i) => {
    const next = steps[i + 1];
    const here = columns[i] ?? [];
    const there = columns[i + 1] ?? [];
    if (!flowsOn(step, next) || here.length === 0 || there.length === 0) return;
    const anchor = inColumns[i] ?? preference[i]?.[0] ?? here[0] ?? 0;
    const link = chooseLink(here, anchor, there, preference[i + 1] ?? []);
    outColumns[i] = link.out;
    inColumns[i + 1] = link.in;
  });

  return steps.map((step, i) => {
    const here = columns[i] ?? [];
    const outColumn = outColumns[i] ?? null;
    let tidak: TidakStub | null = null;
    if (step.kind === 'decision' && i > 0) {
      const at = outColumn ?? inColumns[i] ?? here[0] ?? 0;
      const side = tidakSide(here, at, outColumns[i - 1] ?? null, procedure.actors.length);
      if (side !== null) tidak = { side, toStep: steps[i - 1]?.no ?? step.no - 1 };
    }
    return {
      no: step.no,
      kind: step.kind,
      columns: here,
      inColumn: inColumns[i] ?? null,
      outColumn,
      tidak,
    };
  });
}

/** How the flow enters a row: from the row above, from a connector at the top, or not. */
export type RowEntry = { kind: 'none' } | { kind: 'above' } | { kind: 'offPage'; label: string };

/** How the flow leaves a row: down into the next row's column, into a connector, or not. */
export type RowExit =
  { kind: 'none' } | { kind: 'down'; toColumn: number } | { kind: 'offPage'; label: string };

export interface RowEnds {
  entry: RowEntry;
  exit: RowExit;
}

/**
 * Entry and exit of every row once the rows are split into pages: an arrow between rows on
 * different pages becomes a pair of off-page connectors labelled with the step it leads to.
 */
export function rowEnds(plans: readonly StepFlowPlan[], pageOfRow: readonly number[]): RowEnds[] {
  return plans.map((plan, i) => {
    const previous = plans[i - 1];
    const next = plans[i + 1];
    let entry: RowEntry = { kind: 'none' };
    if (plan.inColumn !== null && previous) {
      entry =
        pageOfRow[i - 1] === pageOfRow[i]
          ? { kind: 'above' }
          : { kind: 'offPage', label: String(plan.no) };
    }
    let exit: RowExit = { kind: 'none' };
    if (plan.outColumn !== null && next && next.inColumn !== null) {
      exit =
        pageOfRow[i + 1] === pageOfRow[i]
          ? { kind: 'down', toColumn: next.inColumn }
          : { kind: 'offPage', label: String(next.no) };
    }
    return { entry, exit };
  });
}
