import type { StepKind } from '../../../sop/schema';
import type { ActorColumnSpan } from './columns';
import type { FlowItem, FlowLabel, Point } from './flowItems';
import { SOP_STYLE } from './sopStyle';
import { TINOS_ASCENT, TINOS_LINE_BOX, textWidth } from './textMetrics';

/**
 * The Permenpan RB 35/2012 flowchart symbols, sized to an actor column: a terminator
 * (rounded rectangle) for Mulai and Selesai, a rectangle for a process, a diamond for a
 * decision; arrowheads; the off-page connector (a pentagon pointing down) and the on-page
 * connector (a circle).
 */

const SYMBOL_HEIGHT: Record<StepKind, number> = { start: 16, end: 16, process: 18, decision: 24 };
const SYMBOL_MAX_WIDTH: Record<StepKind, number> = {
  start: 52,
  end: 52,
  process: 56,
  decision: 50,
};
/** Least room between a symbol and its column's edges, each side. */
const SYMBOL_SIDE_ROOM = 6;

/** Room above and below a symbol: an off-page connector and an arrow must fit there. */
export const FLOW_GAP = 16;

export const ARROW = { length: 5, halfWidth: 2.4 } as const;

/** The off-page connector: a pentagon pointing down, `height` tall, square for `shoulder`. */
export const OFF_PAGE = { width: 12, height: 10, shoulder: 6, margin: 1 } as const;
/** Room between a connector's tip and the row's bottom rule, so the tip stays visible. */
export const OFF_PAGE_EXIT_MARGIN = 3;

export const ON_PAGE_RADIUS = 6;

/** Least height of a row holding a symbol of this kind. */
export function minFlowRowHeight(kind: StepKind): number {
  return SYMBOL_HEIGHT[kind] + 2 * FLOW_GAP;
}

export interface SymbolBox {
  kind: StepKind;
  column: number;
  cx: number;
  cy: number;
  w: number;
  h: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The symbol of a step in one actor column, centred in the column and in the row. */
export function symbolBox(
  kind: StepKind,
  column: number,
  span: ActorColumnSpan,
  rowHeight: number,
): SymbolBox {
  const w = Math.min(SYMBOL_MAX_WIDTH[kind], span.width - 2 * SYMBOL_SIDE_ROOM);
  const h = SYMBOL_HEIGHT[kind];
  const cx = span.center;
  const cy = rowHeight / 2;
  return {
    kind,
    column,
    cx,
    cy,
    w,
    h,
    top: cy - h / 2,
    bottom: cy + h / 2,
    left: cx - w / 2,
    right: cx + w / 2,
  };
}

/** A one-line label of the flowchart font, its box's top-left corner at (x, y). */
export function flowLabel(text: string, x: number, y: number, italics = false): FlowLabel {
  const fontSize = SOP_STYLE.flowLabelFontSize;
  return {
    type: 'label',
    text,
    x,
    y,
    width: textWidth(text, { fontSize }),
    height: fontSize * TINOS_LINE_BOX,
    fontSize,
    ...(italics ? { italics } : {}),
  };
}

/** A label centred on (cx, cy): the middle of its capitals and digits sits on cy. */
export function centredLabel(text: string, cx: number, cy: number): FlowLabel {
  const fontSize = SOP_STYLE.flowLabelFontSize;
  const width = textWidth(text, { fontSize });
  // Capitals and digits are about 0.66 em tall and stand on the baseline.
  return flowLabel(text, cx - width / 2, cy - (TINOS_ASCENT - 0.33) * fontSize);
}

/** The outline of a step's symbol, with "Mulai" or "Selesai" in a terminator. */
export function symbolItems(box: SymbolBox): FlowItem[] {
  switch (box.kind) {
    case 'start':
    case 'end':
      return [
        { type: 'rect', x: box.left, y: box.top, w: box.w, h: box.h, r: box.h / 2 },
        centredLabel(box.kind === 'start' ? 'Mulai' : 'Selesai', box.cx, box.cy),
      ];
    case 'process':
      return [{ type: 'rect', x: box.left, y: box.top, w: box.w, h: box.h, r: 0 }];
    case 'decision':
      return [
        {
          type: 'polygon',
          filled: false,
          points: [
            { x: box.cx, y: box.top },
            { x: box.right, y: box.cy },
            { x: box.cx, y: box.bottom },
            { x: box.left, y: box.cy },
          ],
        },
      ];
  }
}

/** A filled arrowhead with its tip at `tip`, pointing down (+y) or sideways (±x). */
export function arrowhead(tip: Point, direction: 'down' | 'left' | 'right'): FlowItem {
  const { length, halfWidth } = ARROW;
  const points: Point[] =
    direction === 'down'
      ? [
          tip,
          { x: tip.x - halfWidth, y: tip.y - length },
          { x: tip.x + halfWidth, y: tip.y - length },
        ]
      : direction === 'right'
        ? [
            tip,
            { x: tip.x - length, y: tip.y - halfWidth },
            { x: tip.x - length, y: tip.y + halfWidth },
          ]
        : [
            tip,
            { x: tip.x + length, y: tip.y - halfWidth },
            { x: tip.x + length, y: tip.y + halfWidth },
          ];
  return { type: 'polygon', filled: true, points };
}

/** The off-page connector with its top edge at y, centred on cx, and its label. */
export function offPageConnector(cx: number, top: number, label: string): FlowItem[] {
  const { width, height, shoulder } = OFF_PAGE;
  const half = width / 2;
  return [
    {
      type: 'polygon',
      filled: false,
      points: [
        { x: cx - half, y: top },
        { x: cx + half, y: top },
        { x: cx + half, y: top + shoulder },
        { x: cx, y: top + height },
        { x: cx - half, y: top + shoulder },
      ],
    },
    centredLabel(label, cx, top + shoulder / 2 + 0.5),
  ];
}

/** The on-page connector: a circle with the number of the step the flow goes to. */
export function onPageConnector(cx: number, cy: number, label: string): FlowItem[] {
  return [{ type: 'circle', cx, cy, r: ON_PAGE_RADIUS }, centredLabel(label, cx, cy)];
}
