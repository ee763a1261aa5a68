import { describe, expect, it } from 'vitest';
import { SEED_SOP_DOCUMENTS } from '../../../sop/index';
import type { Procedure } from '../../../sop/schema';
import { contentWidth } from '../../layout';
import type { PaperSizeId } from '../../paper';
import type { ActorColumnSpan } from './columns';
import { itemXRange, itemYRange, type FlowItem, type FlowLine } from './flowItems';
import { rowEnds, type RowEnds } from './flowPlan';
import { flowRow, type FlowRow } from './flowRow';
import { ARROW, OFF_PAGE } from './flowSymbols';
import { pageOfRows } from './pagination';
import { procedureHeading, procedurePages } from './procedureSection';
import { LANDSCAPE_MARGINS } from './sopStyle';

const EPS = 1e-6;

interface LaidOutRow {
  row: FlowRow;
  ends: RowEnds;
  height: number;
  page: number;
}

function layOut(procedure: Procedure, paper: PaperSizeId) {
  const { layout, pages } = procedurePages(procedure, paper, procedureHeading(procedure, 'A'));
  const pageOf = pageOfRows(pages, procedure.steps.length);
  const ends = rowEnds(layout.plans, pageOf);
  const rows: LaidOutRow[] = layout.plans.map((plan, i) => {
    const height = layout.rowHeights[i] ?? 0;
    const rowEnd = ends[i] ?? { entry: { kind: 'none' }, exit: { kind: 'none' } };
    return {
      row: flowRow({ plan, ends: rowEnd, spans: layout.spans, height }),
      ends: rowEnd,
      height,
      page: pageOf[i] ?? -1,
    };
  });
  return { layout, rows };
}

const lines = (items: readonly FlowItem[]): FlowLine[] =>
  items.filter((i): i is FlowLine => i.type === 'line');

const near = (a: number, b: number) => Math.abs(a - b) < EPS;

function hasVertical(items: readonly FlowItem[], x: number, y1: number, y2: number): boolean {
  return lines(items).some(
    (l) =>
      near(l.x1, x) &&
      near(l.x2, x) &&
      near(Math.min(l.y1, l.y2), y1) &&
      near(Math.max(l.y1, l.y2), y2),
  );
}

function arrowTipAt(items: readonly FlowItem[], x: number, y: number): boolean {
  return items.some(
    (i) => i.type === 'polygon' && i.filled && i.points.some((p) => near(p.x, x) && near(p.y, y)),
  );
}

function within(span: ActorColumnSpan, min: number, max: number): boolean {
  return min >= span.left - EPS && max <= span.left + span.width + EPS;
}

const cases = SEED_SOP_DOCUMENTS.flatMap((d) =>
  d.procedures.flatMap((p) =>
    (['F4', 'A4'] as const).map((paper) => [`${d.id} ${p.key} ${paper}`, p, paper] as const),
  ),
);

describe('flowRow', () => {
  it.each(cases)('keeps symbols inside their actor columns: %s', (_, procedure, paper) => {
    const { layout, rows } = layOut(procedure, paper);
    expect(contentWidth(paper, 'landscape', LANDSCAPE_MARGINS)).toBeGreaterThan(0);
    rows.forEach(({ row, height }, i) => {
      const step = procedure.steps[i];
      expect(row.symbols.map((s) => s.column)).toEqual(layout.plans[i]?.columns);
      expect(row.symbols).toHaveLength(step?.actorIds.length ?? -1);
      for (const s of row.symbols) {
        const span = layout.spans[s.column];
        if (!span) throw new Error('no span');
        expect(within(span, s.left, s.right)).toBe(true);
        expect(s.cx).toBeCloseTo(span.center, 9);
        expect(s.top).toBeGreaterThanOrEqual(
          OFF_PAGE.margin + OFF_PAGE.height + ARROW.length - EPS,
        );
        expect(s.bottom).toBeLessThanOrEqual(height - OFF_PAGE.margin - OFF_PAGE.height + EPS);
      }
      // Nothing is drawn outside the row or the actor area.
      const last = layout.spans[layout.spans.length - 1];
      const areaRight = last ? last.left + last.width : 0;
      for (const item of row.items) {
        const x = itemXRange(item);
        const y = itemYRange(item);
        expect(x.min).toBeGreaterThanOrEqual(-EPS);
        expect(x.max).toBeLessThanOrEqual(areaRight + EPS);
        expect(y.min).toBeGreaterThanOrEqual(-EPS);
        expect(y.max).toBeLessThanOrEqual(height + EPS);
      }
    });
  });

  it.each(cases)('makes every arrow meet the symbols it joins: %s', (_, procedure, paper) => {
    const { layout, rows } = layOut(procedure, paper);
    rows.forEach(({ row, ends, height, page }, i) => {
      const plan = layout.plans[i];
      const next = rows[i + 1];
      const nextPlan = layout.plans[i + 1];
      if (!plan || plan.outColumn === null || !next || !nextPlan || nextPlan.inColumn === null) {
        return;
      }
      const source = row.symbols.find((s) => s.column === plan.outColumn);
      const target = next.row.symbols.find((s) => s.column === nextPlan.inColumn);
      if (!source || !target) throw new Error('symbol missing');
      // The arrow leaves from the bottom of the source symbol ...
      expect(
        lines(row.items).some(
          (l) => near(l.x1, source.cx) && near(l.y1, source.bottom) && near(l.x2, source.cx),
        ),
      ).toBe(true);
      // ... and its head's tip is on the top of the target symbol.
      expect(arrowTipAt(next.row.items, target.cx, target.top)).toBe(true);
      if (next.page === page) {
        expect(ends.exit).toEqual({ kind: 'down', toColumn: nextPlan.inColumn });
        // The segment reaching the bottom edge and the one leaving the next top edge share x.
        const turn = row.turnY ?? source.bottom;
        expect(hasVertical(row.items, target.cx, turn, height)).toBe(true);
        expect(hasVertical(next.row.items, target.cx, 0, target.top - ARROW.length)).toBe(true);
        if (row.turnY !== null) {
          expect(lines(row.items).some((l) => near(l.y1, turn) && near(l.y2, turn))).toBe(true);
          expect(row.turnY).toBeGreaterThan(source.bottom);
        }
      } else {
        // Across a page break: connectors with the same label at both ends.
        expect(ends.exit).toEqual({ kind: 'offPage', label: String(nextPlan.no) });
        expect(next.ends.entry).toEqual({ kind: 'offPage', label: String(nextPlan.no) });
        const label = (items: readonly FlowItem[]) =>
          items.some((it) => it.type === 'label' && it.text === String(nextPlan.no));
        expect(label(row.items)).toBe(true);
        expect(label(next.row.items)).toBe(true);
      }
    });
  });

  it('labels a decision "Ya" forward and "Tidak" into a connector', () => {
    const mukomuko = SEED_SOP_DOCUMENTS[0];
    const b = mukomuko?.procedures.find((p) => p.key === 'B');
    if (!b) throw new Error('no B');
    const { rows } = layOut(b, 'F4');
    const decision = rows[1]?.row;
    const texts = decision?.items.flatMap((i) => (i.type === 'label' ? [i.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['Ya', 'Tidak', '1']));
    expect(decision?.items.some((i) => i.type === 'circle')).toBe(true);
  });
});
