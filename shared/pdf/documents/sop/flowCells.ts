import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { SERIF } from '../../fonts';
import type { ActorColumnSpan } from './columns';
import { itemXRange, type FlowItem } from './flowItems';
import { SOP_STYLE } from './sopStyle';

/**
 * Cuts a row's flowchart into its actor cells. Horizontal lines are clipped at the column
 * edges (the table's rule fills the gap between two cells); every other item belongs to the
 * column its middle lies in. Coordinates become cell-local.
 */

const EPSILON = 1e-6;

/** The items of one column, moved to the column's own coordinates. */
export function itemsInColumn(items: readonly FlowItem[], span: ActorColumnSpan): FlowItem[] {
  const left = span.left;
  const right = span.left + span.width;
  const result: FlowItem[] = [];
  for (const item of items) {
    if (item.type === 'line' && item.y1 === item.y2 && item.x1 !== item.x2) {
      const from = Math.max(Math.min(item.x1, item.x2), left);
      const to = Math.min(Math.max(item.x1, item.x2), right);
      if (to - from > EPSILON) {
        result.push({ ...item, x1: from - left, x2: to - left });
      }
      continue;
    }
    const range = itemXRange(item);
    const middle = (range.min + range.max) / 2;
    if (middle < left - EPSILON || middle > right + EPSILON) continue;
    result.push(shift(item, -left));
  }
  return result;
}

function shift(item: FlowItem, dx: number): FlowItem {
  switch (item.type) {
    case 'line':
      return { ...item, x1: item.x1 + dx, x2: item.x2 + dx };
    case 'polygon':
      return { ...item, points: item.points.map((p) => ({ x: p.x + dx, y: p.y })) };
    case 'rect':
      return { ...item, x: item.x + dx };
    case 'circle':
      return { ...item, cx: item.cx + dx };
    case 'label':
      return { ...item, x: item.x + dx };
  }
}

const DASH = { length: 2.5, space: 1.5 };

function vector(item: Exclude<FlowItem, { type: 'label' }>): CanvasElement {
  const lineWidth = SOP_STYLE.flowLineWidth;
  switch (item.type) {
    case 'line':
      return {
        type: 'line',
        x1: item.x1,
        y1: item.y1,
        x2: item.x2,
        y2: item.y2,
        lineWidth,
        ...(item.dashed ? { dash: DASH } : {}),
      };
    case 'polygon':
      return item.filled
        ? { type: 'polyline', points: item.points, closePath: true, color: 'black' }
        : { type: 'polyline', points: item.points, closePath: true, lineWidth };
    case 'rect':
      return { type: 'rect', x: item.x, y: item.y, w: item.w, h: item.h, r: item.r, lineWidth };
    case 'circle':
      return { type: 'ellipse', x: item.cx, y: item.cy, r1: item.r, r2: item.r, lineWidth };
  }
}

/**
 * The pdfmake content of one actor cell: the labels, placed relative to the cell's top-left
 * corner and taking no room, then the canvas. An empty cell is an empty text.
 */
export function cellContent(items: readonly FlowItem[]): Content {
  if (items.length === 0) return { text: '' };
  const labels: Content[] = [];
  const vectors: CanvasElement[] = [];
  for (const item of items) {
    if (item.type === 'label') {
      labels.push({
        text: item.text,
        font: SERIF,
        fontSize: item.fontSize,
        lineHeight: 1,
        italics: item.italics ?? false,
        relativePosition: { x: item.x, y: item.y },
      });
    } else {
      vectors.push(vector(item));
    }
  }
  return { stack: [...labels, ...(vectors.length > 0 ? [{ canvas: vectors }] : [])] };
}

/** One content per actor column. */
export function flowCellContents(
  items: readonly FlowItem[],
  spans: readonly ActorColumnSpan[],
): Content[] {
  return spans.map((span) => cellContent(itemsInColumn(items, span)));
}
