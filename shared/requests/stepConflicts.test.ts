import { describe, expect, it } from 'vitest';
import { paMukomukoAs32 } from '../sop/catalog/paMukomukoAs32';
import type { Procedure } from '../sop/schema';
import { readStepRecords, settleStep, type SettleableStep } from './stepConflicts';
import { progressOf, stepStarts } from './workflow';

const at = (h: number, m = 0) => `2026-11-23T0${h}:${String(m).padStart(2, '0')}:00.000Z`;

interface Rec extends SettleableStep {
  id: string;
  keputusan: 'lanjut' | 'tolak' | null;
}

function rec(id: string, stepNo: number, selesaiPada: string, over: Partial<Rec> = {}): Rec {
  return { id, stepNo, selesaiPada, keputusan: null, ...over };
}

/** The records after `settlement` is written onto each of them with `stamp`. */
function settled(records: Rec[], keepId: string, stamp: string, ids = records): Rec[] {
  const s = settleStep(ids, keepId, at(5), 'op');
  return records.map((r) =>
    ids.includes(r) ? { ...r, penyelesaian: s, _clock: { ...r._clock, penyelesaian: stamp } } : r,
  );
}

const procedureB = (): Procedure => {
  const b = paMukomukoAs32.procedures.find((p) => p.key === 'B');
  if (!b) throw new Error('no B');
  return b;
};

describe('a step recorded twice', () => {
  const pcA = rec('a', 2, at(2, 10));
  const pcB = rec('b', 2, at(2, 5));
  const records = [rec('r', 1, at(1)), pcA, pcB];

  it('is a conflict, counted once meanwhile by its earliest finish', () => {
    const reading = readStepRecords(records);
    expect(reading.conflicts).toEqual([{ stepNo: 2, records: [pcB, pcA] }]);
    expect(reading.effective.map((r) => r.id)).toEqual(['r', 'b']);
    expect(reading.superseded).toEqual([]);
    const progress = progressOf(procedureB(), records, 'berjalan', at(0));
    expect(progress).toMatchObject({ doneCount: 2, next: { no: 3 }, nextStartedAt: at(2, 5) });
  });

  it('once settled, counts the record kept and sets the other aside', () => {
    const after = settled(records, 'a', '000000000000010-0000-pc-a', [pcA, pcB]);
    const reading = readStepRecords(after);
    expect(reading.conflicts).toEqual([]);
    expect(reading.effective.map((r) => r.id)).toEqual(['r', 'a']);
    expect(reading.superseded.map((r) => r.id)).toEqual(['b']);
    expect(progressOf(procedureB(), after, 'berjalan', at(0)).nextStartedAt).toBe(at(2, 10));
    expect(stepStarts(procedureB(), [...after].reverse(), at(0)).get(2)).toBe(at(1));
  });

  it('reads the newest settlement when two PCs settled differently at once', () => {
    // PC A kept its record, PC B kept its own; the stamps crossed, so each record holds a
    // different settlement. The newest stamp counts, on every PC alike.
    const keepA = settleStep([pcA, pcB], 'a', at(5), 'op-a');
    const keepB = settleStep([pcA, pcB], 'b', at(5), 'op-b');
    const crossed = [
      { ...pcA, penyelesaian: keepB, _clock: { penyelesaian: '000000000000010-0001-pc-b' } },
      { ...pcB, penyelesaian: keepA, _clock: { penyelesaian: '000000000000010-0001-pc-a' } },
    ];
    const reading = readStepRecords(crossed);
    expect(reading.conflicts).toEqual([]);
    expect(reading.effective.map((r) => r.id)).toEqual(['b']);
    expect(readStepRecords([...crossed].reverse()).effective.map((r) => r.id)).toEqual(['b']);
  });

  it('is a conflict again when a third record arrives after the settlement', () => {
    const late = rec('c', 2, at(2, 1));
    const after = [...settled(records, 'a', '000000000000010-0000-pc-a', [pcA, pcB]), late];
    const reading = readStepRecords(after);
    expect(reading.conflicts.map((c) => c.records.map((r) => r.id))).toEqual([['a', 'c']]);
    // Meanwhile the record kept before still counts.
    expect(reading.effective.map((r) => r.id)).toEqual(['r', 'a']);
    expect(reading.superseded.map((r) => r.id)).toEqual(['b']);
  });

  it('ignores a settlement whose kept record is gone', () => {
    const after = settled([pcA, pcB], 'a', '000000000000010-0000-pc-a').filter((r) => r.id !== 'a');
    expect(readStepRecords(after).effective.map((r) => r.id)).toEqual(['b']);
    expect(readStepRecords(after).superseded).toEqual([]);
  });

  it('refuses to keep a record that is not the step’s', () => {
    expect(() => settleStep([pcA, pcB], 'x', at(5), null)).toThrow();
  });
});
