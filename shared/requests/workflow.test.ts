import { describe, expect, it } from 'vitest';
import { paMukomukoAs32 } from '../sop/catalog/paMukomukoAs32';
import { paTernateAs29 } from '../sop/catalog/paTernateAs29';
import type { Procedure } from '../sop/schema';
import { progressOf, stepRole, stepStarts } from './workflow';

function procedureB(doc: { procedures: Procedure[] }): Procedure {
  const b = doc.procedures.find((p) => p.key === 'B');
  if (!b) throw new Error('no B');
  return b;
}

describe('service request workflow', () => {
  it('reads each step of Mukomuko B for what it records', () => {
    const b = procedureB(paMukomukoAs32);
    expect(b.steps.map((s) => stepRole(b, s))).toEqual([
      'reception',
      'disposition',
      'plain',
      'plain',
      'plain',
      'priority',
      'decision',
      'decision',
      'handling',
    ]);
  });

  it('reads the Ternate variant the same way', () => {
    const b = procedureB(paTernateAs29);
    const roles = b.steps.map((s) => stepRole(b, s));
    expect(roles[0]).toBe('reception');
    expect(roles[1]).toBe('disposition');
    expect(roles[5]).toBe('priority');
    expect(roles.at(-1)).toBe('handling');
  });

  it('moves through the steps in order and waits for the confirmation at the end', () => {
    const b = procedureB(paMukomukoAs32);
    const at = (h: number) => `2026-11-23T0${h}:00:00.000Z`;
    const records = [1, 2, 3].map((n) => ({ stepNo: n, selesaiPada: at(n), keputusan: null }));
    expect(progressOf(b, records, 'berjalan', at(0))).toMatchObject({
      next: { no: 4 },
      nextStartedAt: at(3),
      doneCount: 3,
      awaitingClosure: false,
    });
    const all = b.steps.map((s) => ({ stepNo: s.no, selesaiPada: at(1), keputusan: null }));
    expect(progressOf(b, all, 'berjalan', at(0))).toMatchObject({
      next: null,
      awaitingClosure: true,
    });
    expect(progressOf(b, all, 'selesai', at(0)).awaitingClosure).toBe(false);
  });

  it('stops at a rejection', () => {
    const b = procedureB(paMukomukoAs32);
    const records = [1, 2, 3, 4, 5, 6, 7].map((n) => ({
      stepNo: n,
      selesaiPada: '2026-11-23T03:00:00.000Z',
      keputusan: n === 7 ? ('tolak' as const) : null,
    }));
    expect(progressOf(b, records, 'ditolak', '2026-11-23T01:00:00.000Z')).toMatchObject({
      next: null,
      awaitingClosure: false,
      doneCount: 7,
    });
  });

  it('starts each step when the one before it ended', () => {
    const b = procedureB(paMukomukoAs32);
    const starts = stepStarts(
      b,
      [
        { stepNo: 1, selesaiPada: 'T1', keputusan: null },
        { stepNo: 2, selesaiPada: 'T2', keputusan: null },
      ],
      'T0',
    );
    expect([...starts]).toEqual([
      [1, 'T0'],
      [2, 'T1'],
    ]);
  });
});
