import { describe, expect, it } from 'vitest';
import { SEED_SOP_DOCUMENTS } from '../../../sop/index';
import type { Procedure } from '../../../sop/schema';
import type { PaperSizeId } from '../../paper';
import { itemXRange, itemYRange, type FlowItem } from './flowItems';
import { rowEnds } from './flowPlan';
import { flowRow } from './flowRow';
import { pageOfRows } from './pagination';
import { procedureHeading, procedurePages } from './procedureSection';

/**
 * Issue #15 item 7: where a decision's forward arrow leaves the page, its "Ya" stays clear
 * of the off-page connector, and the connector stands clear of the row's bottom rule (as
 * on SOP/AS/32 F4 page 3, procedure B step 8).
 */

/** Least clearance, in points, between the connector's tip and the row's bottom rule. */
const RULE_CLEARANCE = 2;

const cases = SEED_SOP_DOCUMENTS.flatMap((d) =>
  d.procedures.flatMap((p) =>
    (['F4', 'A4'] as const).map((paper) => [`${d.id} ${p.key} ${paper}`, p, paper] as const),
  ),
);

function exits(procedure: Procedure, paper: PaperSizeId) {
  const { layout, pages } = procedurePages(procedure, paper, procedureHeading(procedure, 'A'));
  const ends = rowEnds(layout.plans, pageOfRows(pages, procedure.steps.length));
  return layout.plans.flatMap((plan, i) => {
    const end = ends[i];
    const height = layout.rowHeights[i] ?? 0;
    if (end?.exit.kind !== 'offPage') return [];
    const row = flowRow({ plan, ends: end, spans: layout.spans, height });
    return [{ plan, height, items: row.items }];
  });
}

const box = (item: FlowItem) => ({ x: itemXRange(item), y: itemYRange(item) });
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.x.min < b.x.max && b.x.min < a.x.max && a.y.min < b.y.max && b.y.min < a.y.max;

describe('an off-page connector under a row', () => {
  it('exists in the seeds on a decision (the case of SOP/AS/32 B step 8)', () => {
    const found = cases.some(([, p, paper]) =>
      exits(p, paper).some((e) => e.plan.kind === 'decision'),
    );
    expect(found).toBe(true);
  });

  it.each(cases)('stands clear of the bottom rule and of "Ya": %s', (_, procedure, paper) => {
    for (const { height, items } of exits(procedure, paper)) {
      // The connector is the last outlined polygon of the row (a pentagon).
      const connectors = items.filter(
        (i) => i.type === 'polygon' && !i.filled && i.points.length === 5,
      );
      const connector = connectors[connectors.length - 1];
      if (!connector) throw new Error('no connector');
      expect(height - itemYRange(connector).max).toBeGreaterThanOrEqual(RULE_CLEARANCE);
      for (const label of items.filter((i) => i.type === 'label' && i.text === 'Ya')) {
        expect(overlap(box(label), box(connector))).toBe(false);
      }
    }
  });
});
