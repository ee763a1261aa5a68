import { describe, expect, it } from 'vitest';
import { contentWidth } from '../../layout';
import { actorColumnSpans, columnWidthList, MIN_ACTOR_WIDTH, procedureColumns } from './columns';
import { LANDSCAPE_MARGINS } from './sopStyle';

const RULE = 0.5;

describe('procedureColumns', () => {
  it.each([
    ['F4', 4],
    ['F4', 5],
    ['A4', 5],
    ['A4', 6],
  ] as const)('fills the %s landscape width with %i actor columns', (paper, actors) => {
    const width = contentWidth(paper, 'landscape', LANDSCAPE_MARGINS);
    const columns = procedureColumns(actors, width, RULE);
    const widths = columnWidthList(columns);
    expect(widths).toHaveLength(actors + 6);
    const sum = widths.reduce((a, b) => a + b, 0) + (widths.length + 1) * RULE;
    expect(sum).toBeCloseTo(width, 6);
    for (const w of columns.actors) expect(w).toBeGreaterThanOrEqual(MIN_ACTOR_WIDTH);
    expect(columns.kegiatan).toBeGreaterThan(columns.kelengkapan);
  });

  it('widens the actor columns to the width their titles need', () => {
    const columns = procedureColumns(6, 750, RULE, 70);
    expect(columns.actors.every((w) => w === 70)).toBe(true);
  });
});

describe('actorColumnSpans', () => {
  it('places the columns one rule apart, centres in the middle', () => {
    const spans = actorColumnSpans([60, 60, 70], RULE);
    expect(spans).toEqual([
      { left: 0, width: 60, center: 30 },
      { left: 60.5, width: 60, center: 90.5 },
      { left: 121, width: 70, center: 156 },
    ]);
  });
});
