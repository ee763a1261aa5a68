import { describe, expect, it } from 'vitest';
import { actorColumnSpans } from './columns';
import { cellContent, flowCellContents, itemsInColumn } from './flowCells';
import type { FlowItem } from './flowItems';

const spans = actorColumnSpans([60, 60, 60], 0.5);

function span(i: number) {
  const s = spans[i];
  if (!s) throw new Error(`no span ${i}`);
  return s;
}

describe('itemsInColumn', () => {
  it('clips a horizontal line at the column edges, in cell coordinates', () => {
    const line: FlowItem = { type: 'line', x1: 30, y1: 40, x2: 150.5, y2: 40 };
    expect(itemsInColumn([line], span(0))).toEqual([
      { type: 'line', x1: 30, y1: 40, x2: 60, y2: 40 },
    ]);
    expect(itemsInColumn([line], span(1))).toEqual([
      { type: 'line', x1: 0, y1: 40, x2: 60, y2: 40 },
    ]);
    expect(itemsInColumn([line], span(2))).toEqual([
      { type: 'line', x1: 0, y1: 40, x2: 29.5, y2: 40 },
    ]);
  });

  it('puts every other item in the column its middle is in', () => {
    const rect: FlowItem = { type: 'rect', x: 70, y: 10, w: 40, h: 20, r: 0 };
    const vertical: FlowItem = { type: 'line', x1: 90.5, y1: 0, x2: 90.5, y2: 10 };
    expect(itemsInColumn([rect, vertical], span(0))).toEqual([]);
    expect(itemsInColumn([rect, vertical], span(1))).toEqual([
      { type: 'rect', x: 9.5, y: 10, w: 40, h: 20, r: 0 },
      { type: 'line', x1: 30, y1: 0, x2: 30, y2: 10 },
    ]);
  });
});

describe('cellContent', () => {
  it('is an empty text for an empty cell', () => {
    expect(cellContent([])).toEqual({ text: '' });
    expect(flowCellContents([], spans)).toHaveLength(3);
  });

  it('places labels relative to the cell, before the canvas', () => {
    const content = cellContent([
      { type: 'circle', cx: 30, cy: 20, r: 6 },
      { type: 'label', text: '3', x: 28, y: 16, width: 3, height: 7, fontSize: 6.5 },
    ]);
    expect(content).toMatchObject({
      stack: [
        { text: '3', relativePosition: { x: 28, y: 16 } },
        { canvas: [{ type: 'ellipse', x: 30, y: 20, r1: 6, r2: 6 }] },
      ],
    });
  });
});
