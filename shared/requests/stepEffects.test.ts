import { describe, expect, it } from 'vitest';
import { paMukomukoAs32 } from '../sop/catalog/paMukomukoAs32';
import type { Procedure } from '../sop/schema';
import type { Disposition } from './schema';
import { settleStep } from './stepConflicts';
import {
  stepDrivenFields,
  stepEffectsSchema,
  stepRowExtrasSchema,
  type EffectRecord,
} from './stepEffects';
import { DEFAULT_OFFICE_HOURS } from './workingTime';

const b = (): Procedure => {
  const found = paMukomukoAs32.procedures.find((p) => p.key === 'B');
  if (!found) throw new Error('no B');
  return found;
};
// Monday 23 November 2026, 08.00 WIB onwards.
const at = (m: number) => new Date(Date.UTC(2026, 10, 23, 1, m)).toISOString();
const disposisi = (kecepatan: Disposition['kecepatan']): Disposition => ({
  dariPersonId: 's',
  tanggal: at(5),
  sifat: 'biasa',
  kecepatan,
  diteruskanKepada: ['o'],
  petunjuk: [],
  catatan: '',
});

function settled(records: EffectRecord[], keepId: string, stepNo: number): EffectRecord[] {
  const group = records.filter((r) => r.stepNo === stepNo);
  const s = settleStep(group, keepId, at(50), null);
  return records.map((r) =>
    r.stepNo === stepNo ? { ...r, penyelesaian: s, _clock: { penyelesaian: 'x' } } : r,
  );
}

describe('the request fields the kept records decide', () => {
  const base: EffectRecord[] = [
    { id: 'r', stepNo: 1, selesaiPada: at(0), keputusan: null },
    { id: 'a', stepNo: 2, selesaiPada: at(5), keputusan: null, disposisi: disposisi('segera') },
    { id: 'b', stepNo: 2, selesaiPada: at(8), keputusan: null, disposisi: disposisi('biasa') },
  ];
  const request = { status: 'berjalan' as const, diterimaPada: at(0), selesaiPada: null };

  it('carry the kept record’s disposition and progress', () => {
    for (const [keep, kecepatan, mulai] of [
      ['a', 'segera', at(5)],
      ['b', 'biasa', at(8)],
    ] as const) {
      const fields = stepDrivenFields(b(), settled(base, keep, 2), request, DEFAULT_OFFICE_HOURS);
      expect(fields).toMatchObject({ langkahTerakhir: 2, langkahMulai: mulai, status: 'berjalan' });
      expect(fields.disposisi?.kecepatan).toBe(kecepatan);
    }
  });

  it('reopen a request whose rejection was set aside, and reject with the one kept', () => {
    const upTo6 = [3, 4, 5, 6].map((n) => ({
      id: `s${n}`,
      stepNo: n,
      selesaiPada: at(10 + n),
      keputusan: null,
    }));
    const records: EffectRecord[] = [
      ...base.slice(0, 2),
      ...upTo6,
      { id: 'go', stepNo: 7, selesaiPada: at(30), keputusan: 'lanjut' },
      { id: 'no', stepNo: 7, selesaiPada: at(31), keputusan: 'tolak' },
    ];
    const rejected = { ...request, status: 'ditolak' as const, selesaiPada: at(31) };
    const go = stepDrivenFields(b(), settled(records, 'go', 7), rejected, DEFAULT_OFFICE_HOURS);
    expect(go).toMatchObject({ status: 'berjalan', selesaiPada: null, langkahTerakhir: 7 });
    const no = stepDrivenFields(b(), settled(records, 'no', 7), request, DEFAULT_OFFICE_HOURS);
    expect(no).toMatchObject({ status: 'ditolak', selesaiPada: at(31) });
  });

  it('accept a record made before records kept their effects, and refuse a bad one', () => {
    expect(stepEffectsSchema.parse({})).toEqual({});
    expect(stepEffectsSchema.safeParse({ urgensi: 'genting' }).success).toBe(false);
    const settlement = settleStep(
      [
        { id: 'a', stepNo: 2, selesaiPada: at(5) },
        { id: 'b', stepNo: 2, selesaiPada: at(6) },
      ],
      'a',
      at(9),
      'op',
    );
    expect(stepRowExtrasSchema.parse({ penyelesaian: settlement })).toEqual({
      penyelesaian: settlement,
    });
    expect(stepRowExtrasSchema.safeParse({ penyelesaian: { dipakaiId: '' } }).success).toBe(false);
  });
});
