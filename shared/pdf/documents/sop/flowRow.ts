import type { ActorColumnSpan } from './columns';
import type { FlowItem } from './flowItems';
import type { RowEnds, StepFlowPlan } from './flowPlan';
import {
  ARROW,
  OFF_PAGE,
  OFF_PAGE_EXIT_MARGIN,
  ON_PAGE_RADIUS,
  arrowhead,
  flowLabel,
  offPageConnector,
  onPageConnector,
  symbolBox,
  symbolItems,
  type SymbolBox,
} from './flowSymbols';
import { SOP_STYLE } from './sopStyle';
import { TINOS_LINE_BOX, textWidth } from './textMetrics';

/**
 * The flowchart within one step row, in actor-area coordinates. Every arrow that crosses a
 * row boundary does so vertically at a column's centre, so the segment ending at the bottom
 * of one row and the segment starting at the top of the next meet whatever the rows'
 * heights; an elbow (down, across, down) turns below the source symbol, inside the source
 * row, where no symbol of that row can be in the way.
 */

export interface FlowRowInput {
  plan: StepFlowPlan;
  ends: RowEnds;
  spans: readonly ActorColumnSpan[];
  height: number;
}

export interface FlowRow {
  symbols: SymbolBox[];
  items: FlowItem[];
  /** Where the turn of an elbow to the next row runs, when there is one. */
  turnY: number | null;
}

function spanOf(spans: readonly ActorColumnSpan[], column: number): ActorColumnSpan {
  const span = spans[column];
  if (!span) throw new Error(`No actor column ${column}.`);
  return span;
}

function boxIn(symbols: readonly SymbolBox[], column: number): SymbolBox {
  const box = symbols.find((s) => s.column === column);
  if (!box) throw new Error(`No symbol in actor column ${column}.`);
  return box;
}

/** Arrow into the top of a symbol, from `fromY` at the symbol's centre line. */
function arrowDownInto(box: SymbolBox, fromY: number): FlowItem[] {
  const head = arrowhead({ x: box.cx, y: box.top }, 'down');
  const lineEnd = box.top - ARROW.length;
  if (lineEnd <= fromY) return [head];
  return [{ type: 'line', x1: box.cx, y1: fromY, x2: box.cx, y2: lineEnd }, head];
}

export function flowRow({ plan, ends, spans, height }: FlowRowInput): FlowRow {
  const symbols = plan.columns.map((c) => symbolBox(plan.kind, c, spanOf(spans, c), height));
  const items: FlowItem[] = symbols.flatMap(symbolItems);
  let turnY: number | null = null;

  // The symbols of one step done by several actors, joined side to side.
  for (let i = 1; i < symbols.length; i++) {
    const a = symbols[i - 1];
    const b = symbols[i];
    if (a && b) {
      items.push({ type: 'line', x1: a.right, y1: a.cy, x2: b.left, y2: b.cy, dashed: true });
    }
  }

  const { entry, exit } = ends;
  if (entry.kind !== 'none' && plan.inColumn !== null) {
    const box = boxIn(symbols, plan.inColumn);
    if (entry.kind === 'above') {
      items.push(...arrowDownInto(box, 0));
    } else {
      items.push(...offPageConnector(box.cx, OFF_PAGE.margin, entry.label));
      items.push(...arrowDownInto(box, OFF_PAGE.margin + OFF_PAGE.height));
    }
  }

  if (exit.kind !== 'none' && plan.outColumn !== null) {
    const box = boxIn(symbols, plan.outColumn);
    let rightward = false;
    if (exit.kind === 'offPage') {
      const top = height - OFF_PAGE_EXIT_MARGIN - OFF_PAGE.height;
      items.push({ type: 'line', x1: box.cx, y1: box.bottom, x2: box.cx, y2: top });
      items.push(...offPageConnector(box.cx, top, exit.label));
    } else if (exit.toColumn === plan.outColumn) {
      items.push({ type: 'line', x1: box.cx, y1: box.bottom, x2: box.cx, y2: height });
    } else {
      const x = spanOf(spans, exit.toColumn).center;
      rightward = x > box.cx;
      turnY = box.bottom + (height - box.bottom) / 2;
      items.push(
        { type: 'line', x1: box.cx, y1: box.bottom, x2: box.cx, y2: turnY },
        { type: 'line', x1: box.cx, y1: turnY, x2: x, y2: turnY },
        { type: 'line', x1: x, y1: turnY, x2: x, y2: height },
      );
    }
    if (plan.kind === 'decision') {
      // "Ya" beside the forward arrow just under the diamond, on the side the elbow does not
      // turn to; its line box starts a point above the corner so the glyphs end above the turn.
      // Beyond the connector's half-width when the arrow ends in one just below.
      const width = textWidth('Ya', { fontSize: SOP_STYLE.flowLabelFontSize });
      const clear = exit.kind === 'offPage' ? OFF_PAGE.width / 2 + 2 : 3;
      const x = rightward ? box.cx - clear - width : box.cx + clear;
      items.push(flowLabel('Ya', x, box.bottom - 1, true));
    }
  }

  if (plan.tidak) {
    const at = plan.outColumn ?? plan.inColumn ?? plan.columns[0] ?? 0;
    const box = boxIn(symbols, at);
    const side = plan.tidak.side;
    const neighbour = spanOf(spans, at + side);
    const corner = side < 0 ? box.left : box.right;
    const tipX = neighbour.center - side * ON_PAGE_RADIUS;
    items.push(
      { type: 'line', x1: corner, y1: box.cy, x2: tipX - side * ARROW.length, y2: box.cy },
      arrowhead({ x: tipX, y: box.cy }, side < 0 ? 'left' : 'right'),
      ...onPageConnector(neighbour.center, box.cy, String(plan.tidak.toStep)),
    );
    // "Tidak" above the stub, inside the neighbour column, clear of its border and circle.
    const fontSize = SOP_STYLE.flowLabelFontSize;
    const width = textWidth('Tidak', { fontSize });
    const x = side > 0 ? neighbour.left + 1 : neighbour.left + neighbour.width - 1 - width;
    items.push(flowLabel('Tidak', x, box.cy - 1 - fontSize * TINOS_LINE_BOX, true));
  }

  return { symbols, items, turnY };
}
