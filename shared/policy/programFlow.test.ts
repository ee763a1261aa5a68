import { describe, expect, it } from 'vitest';
import { SEED_SOP_DOCUMENTS, paMukomukoAs32, paTernateAs29 } from '../sop/catalog';
import type { Procedure } from '../sop/schema';
import {
  outcomeOf,
  penetapanStep,
  policyStepRole,
  programProgress,
  regulasiStep,
} from './programFlow';

function procedureA(doc: { procedures: readonly Procedure[] }): Procedure {
  const found = doc.procedures.find((p) => p.key === 'A');
  if (!found) throw new Error('no procedure A');
  return found;
}

describe('programFlow', () => {
  it('finds the adopting and the regulation steps by their words in every seed', () => {
    const mukomuko = procedureA(paMukomukoAs32);
    expect(penetapanStep(mukomuko)?.no).toBe(4);
    expect(regulasiStep(mukomuko)?.no).toBe(5);
    const ternate = procedureA(paTernateAs29);
    expect(penetapanStep(ternate)?.no).toBe(3);
    expect(regulasiStep(ternate)?.no).toBe(4);
    for (const doc of SEED_SOP_DOCUMENTS) {
      const a = doc.procedures.find((p) => p.key === 'A');
      if (!a) continue;
      expect(penetapanStep(a)?.kegiatan.toLowerCase()).toContain('menetapkan');
      expect(regulasiStep(a)?.kegiatan.toLowerCase()).toContain('regulasi');
    }
  });

  it('gives each step its role', () => {
    const a = procedureA(paMukomukoAs32);
    expect(a.steps.map((s) => policyStepRole(a, s))).toEqual([
      'plain',
      'plain',
      'plain',
      'penetapan',
      'regulasi',
    ]);
  });

  it('makes the programme Ditetapkan at the adopting step, ditolak on a refusal', () => {
    const a = procedureA(paMukomukoAs32);
    const before = { status: 'disusun' as const, ditetapkanPada: null };
    const at = '2026-11-23T03:00:00.000Z';
    const [s1, , , s4] = a.steps;
    if (!s1 || !s4) throw new Error('steps');
    expect(outcomeOf(a, s1, null, at, before)).toEqual(before);
    expect(outcomeOf(a, s4, 'lanjut', at, before)).toEqual({
      status: 'ditetapkan',
      ditetapkanPada: at,
    });
    expect(outcomeOf(a, s4, 'tolak', at, before).status).toBe('ditolak');
  });

  it('walks the steps in order and stops on a refusal', () => {
    const a = procedureA(paMukomukoAs32);
    const start = '2026-11-23T01:00:00.000Z';
    const rec = (stepNo: number, keputusan: 'lanjut' | 'tolak' | null = null) => ({
      id: `s${stepNo}`,
      stepNo,
      selesaiPada: `2026-11-23T0${stepNo + 1}:00:00.000Z`,
      keputusan,
    });
    const p = programProgress(a, [rec(1), rec(2)], 'disusun', start);
    expect(p.next?.no).toBe(3);
    expect(p.nextStartedAt).toBe('2026-11-23T03:00:00.000Z');
    expect(
      programProgress(a, [rec(1), rec(2), rec(3), rec(4, 'tolak')], 'ditolak', start).next,
    ).toBe(null);
    const done = programProgress(
      a,
      [1, 2, 3, 4, 5].map((n) => rec(n)),
      'ditetapkan',
      start,
    );
    expect(done.next).toBe(null);
    expect(done.doneCount).toBe(5);
  });
});
