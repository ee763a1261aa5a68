import { describe, expect, it } from 'vitest';
import { paMukomukoAs32, paTernateAs28Website } from '../../../sop/catalog';
import { SEED_SOP_DOCUMENTS } from '../../../sop/index';
import type { Procedure } from '../../../sop/schema';
import { flowsOn, planFlow, rowEnds } from './flowPlan';

function procedureOf(doc: { procedures: Procedure[] }, key: string): Procedure {
  const p = doc.procedures.find((x) => x.key === key);
  if (!p) throw new Error(`no procedure ${key}`);
  return p;
}

const allProcedures = SEED_SOP_DOCUMENTS.flatMap((d) =>
  d.procedures.map((p) => [`${d.id} ${p.key}`, p] as const),
);

describe('planFlow', () => {
  it('draws Mukomuko B through the nearest columns', () => {
    // Columns: 0 Admin / Operator, 1 Kasubag, 2 Sekretaris, 3 Wakil Ketua.
    const plans = planFlow(procedureOf(paMukomukoAs32, 'B'));
    expect(plans.map((p) => p.columns)).toEqual([
      [0],
      [2],
      [0, 1],
      [0, 1],
      [0, 1],
      [0, 1],
      [1],
      [2, 3],
      [0],
    ]);
    // From the Sekretaris (2) the flow goes to the nearer Kasubag symbol (1) and stays there.
    expect(plans.map((p) => [p.inColumn, p.outColumn])).toEqual([
      [null, 0],
      [2, 2],
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
      [2, 2],
      [0, null],
    ]);
  });

  it('sends a refusal back to the previous step, towards its column', () => {
    const plans = planFlow(procedureOf(paMukomukoAs32, 'B'));
    // Step 2 (Sekretaris) came from the operator, on its left.
    expect(plans[1]?.tidak).toEqual({ side: -1, toStep: 1 });
    // Step 8 (Sekretaris and Wakil Ketua): right is taken by its own second symbol.
    expect(plans[7]?.tidak).toEqual({ side: -1, toStep: 7 });
    expect(plans.filter((p) => p.kind !== 'decision').every((p) => p.tidak === null)).toBe(true);
  });

  it('draws no arrow into a second Mulai', () => {
    const plans = planFlow(procedureOf(paTernateAs28Website, 'F'));
    expect(plans[0]?.outColumn).toBeNull();
    expect(plans[1]?.inColumn).toBeNull();
    expect(plans[1]?.outColumn).not.toBeNull();
  });

  it.each(allProcedures)('links only symbols of the steps, in %s', (_, procedure) => {
    const plans = planFlow(procedure);
    plans.forEach((plan, i) => {
      const step = procedure.steps[i];
      expect(plan.columns.length).toBe(step?.actorIds.length);
      if (plan.inColumn !== null) expect(plan.columns).toContain(plan.inColumn);
      if (plan.outColumn !== null) expect(plan.columns).toContain(plan.outColumn);
      const next = procedure.steps[i + 1];
      expect(plan.outColumn !== null).toBe(step !== undefined && flowsOn(step, next));
      const nextIn = plans[i + 1]?.inColumn ?? null;
      if (plan.outColumn === null) expect(nextIn).toBeNull();
      else expect(nextIn).not.toBeNull();
      if (plan.tidak) {
        const at = plan.outColumn ?? plan.inColumn ?? -1;
        const neighbour = at + plan.tidak.side;
        expect(neighbour).toBeGreaterThanOrEqual(0);
        expect(neighbour).toBeLessThan(procedure.actors.length);
        expect(plan.columns).not.toContain(neighbour);
      }
    });
  });
});

describe('rowEnds', () => {
  it('turns an arrow across a page break into a pair of off-page connectors', () => {
    const plans = planFlow(procedureOf(paMukomukoAs32, 'B'));
    const ends = rowEnds(plans, [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(ends[0]).toEqual({ entry: { kind: 'none' }, exit: { kind: 'down', toColumn: 2 } });
    expect(ends[7]?.exit).toEqual({ kind: 'offPage', label: '9' });
    expect(ends[8]).toEqual({ entry: { kind: 'offPage', label: '9' }, exit: { kind: 'none' } });
  });
});
