/**
 * What the flowchart is drawn with, in actor-area coordinates: x from the left content edge
 * of the first actor column, y from the top of the row. flowCells.ts cuts these into the
 * table's actor cells.
 */

export interface Point {
  x: number;
  y: number;
}

export interface FlowLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** A dashed line joins the symbols of one step done by several actors. */
  dashed?: boolean;
}

export interface FlowPolygon {
  type: 'polygon';
  points: Point[];
  /** Arrowheads are filled; symbols are outlines. */
  filled: boolean;
}

export interface FlowRect {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  /** Corner radius: h / 2 for a terminator, 0 for a process box. */
  r: number;
}

export interface FlowCircle {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
}

export interface FlowLabel {
  type: 'label';
  text: string;
  /** Top-left corner of the text's line box. */
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  italics?: boolean;
}

export type FlowItem = FlowLine | FlowPolygon | FlowRect | FlowCircle | FlowLabel;

/** The horizontal extent of an item, for cutting it into columns. */
export function itemXRange(item: FlowItem): { min: number; max: number } {
  switch (item.type) {
    case 'line':
      return { min: Math.min(item.x1, item.x2), max: Math.max(item.x1, item.x2) };
    case 'polygon': {
      const xs = item.points.map((p) => p.x);
      return { min: Math.min(...xs), max: Math.max(...xs) };
    }
    case 'rect':
      return { min: item.x, max: item.x + item.w };
    case 'circle':
      return { min: item.cx - item.r, max: item.cx + item.r };
    case 'label':
      return { min: item.x, max: item.x + item.width };
  }
}

/** The vertical extent of an item. */
export function itemYRange(item: FlowItem): { min: number; max: number } {
  switch (item.type) {
    case 'line':
      return { min: Math.min(item.y1, item.y2), max: Math.max(item.y1, item.y2) };
    case 'polygon': {
      const ys = item.points.map((p) => p.y);
      return { min: Math.min(...ys), max: Math.max(...ys) };
    }
    case 'rect':
      return { min: item.y, max: item.y + item.h };
    case 'circle':
      return { min: item.cy - item.r, max: item.cy + item.r };
    case 'label':
      return { min: item.y, max: item.y + item.height };
  }
}
