import { describe, expect, it } from 'vitest';
import { SEED_SOP_DOCUMENTS } from '../sop/catalog';
import type { Procedure, SopDocument } from '../sop/schema';
import { recurrenceSchema } from './recurrence';
import { tasksFromProcedure } from './sopTasks';

function documentById(id: string): SopDocument {
  const doc = SEED_SOP_DOCUMENTS.find((d) => d.id === id);
  if (!doc) throw new Error(`SOP ${id} not in the catalog`);
  return doc;
}

function procedureOf(doc: SopDocument, key: Procedure['key']): Procedure {
  const p = doc.procedures.find((x) => x.key === key);
  if (!p) throw new Error(`${doc.id} has no procedure ${key}`);
  return p;
}

const WEEKLY = { kind: 'mingguan', setiap: 1, hari: 5 } as const;
const MONTHLY = { kind: 'bulanan', setiap: 1, tanggal: 25 } as const;

describe('tasksFromProcedure: PA Mukomuko SOP/AS/32', () => {
  const doc = documentById('pa-mukomuko-as-32');

  it('makes steps 2-4 of C weekly and 5-7 monthly, each taking one hour', () => {
    const tasks = tasksFromProcedure(procedureOf(doc, 'C'));
    expect(tasks.map((t) => [t.stepNo, t.rule])).toEqual([
      [2, WEEKLY],
      [3, WEEKLY],
      [4, WEEKLY],
      [5, MONTHLY],
      [6, MONTHLY],
      [7, MONTHLY],
    ]);
    expect(tasks.every((t) => t.procedureKey === 'C' && t.durasiMenit === 60)).toBe(true);
    expect(tasks.find((t) => t.stepNo === 5)?.judul).toBe('Mengelola server-server pusat data');
  });

  it('makes steps 1-4 of D monthly', () => {
    const tasks = tasksFromProcedure(procedureOf(doc, 'D'));
    expect(tasks.map((t) => [t.stepNo, t.rule, t.durasiMenit])).toEqual([
      [1, MONTHLY, 60],
      [2, MONTHLY, 120],
      [3, MONTHLY, 60],
      [4, MONTHLY, 60],
    ]);
    expect(tasks[1]?.judul).toBe(
      'Melakukan test penerimaan pengguna (User Acceptance Test) pada saat implementasi aplikasi',
    );
  });

  it('gives no tasks for the other procedures', () => {
    for (const key of ['A', 'B', 'E'] as const) {
      const p = doc.procedures.find((x) => x.key === key);
      if (p) expect(tasksFromProcedure(p)).toEqual([]);
    }
  });
});

describe('tasksFromProcedure: PA Ternate SOP AS/29', () => {
  const doc = documentById('pa-ternate-as-29');
  const on30th = { kind: 'bulanan', setiap: 1, tanggal: 30 } as const;

  it('reads "30 setiap bulan" as monthly on the 30th, with no duration', () => {
    const c = tasksFromProcedure(procedureOf(doc, 'C'));
    expect(c.map((t) => t.stepNo)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(c.every((t) => t.durasiMenit === null)).toBe(true);
    const d = tasksFromProcedure(procedureOf(doc, 'D'));
    expect(d.map((t) => t.stepNo)).toEqual([4, 7]);
    expect([...c, ...d].map((t) => t.rule)).toEqual(Array(10).fill(on30th));
    expect(d[1]?.judul).toBe('Melakukan backup dan restorasi data secara rutin');
  });
});

describe('tasksFromProcedure', () => {
  it('yields valid rules for every C and D step of the catalog that prints a frequency', () => {
    for (const doc of SEED_SOP_DOCUMENTS) {
      for (const p of doc.procedures) {
        for (const t of tasksFromProcedure(p)) {
          expect(['C', 'D', 'F']).toContain(t.procedureKey);
          expect(recurrenceSchema.safeParse(t.rule).success).toBe(true);
          expect(t.judul).toBe(t.judul.trim());
          expect(t.judul.endsWith('.')).toBe(false);
        }
      }
    }
  });

  it("puts F's periodic steps on the schedule monthly: monitoring, backup, visitors", () => {
    for (const id of ['pa-mukomuko-as-32', 'pn-tais-pemeliharaan-website']) {
      const tasks = tasksFromProcedure(procedureOf(documentById(id), 'F'));
      expect(tasks.map((t) => t.stepNo)).toEqual([1, 2, 3]);
      expect(tasks.every((t) => t.procedureKey === 'F')).toBe(true);
      expect(tasks.map((t) => t.rule)).toEqual([
        { kind: 'bulanan', setiap: 1, tanggal: 1 },
        { kind: 'bulanan', setiap: 1, tanggal: 1 },
        { kind: 'bulanan', setiap: 1, tanggal: 1 },
      ]);
      expect(tasks[1]?.judul).toMatch(/^Melakukan backup/);
    }
  });

  it('leaves the duration empty for a range', () => {
    const c = procedureOf(documentById('pa-mukomuko-as-32'), 'C');
    const ranged: Procedure = {
      ...c,
      steps: c.steps.map((s) => ({ ...s, waktu: '15 - 30 Menit', kegiatan: ` ${s.kegiatan}. ` })),
    };
    const tasks = tasksFromProcedure(ranged);
    expect(tasks).toHaveLength(6);
    expect(tasks.every((t) => t.durasiMenit === null)).toBe(true);
    expect(tasks[0]?.judul.startsWith('Memantau')).toBe(true);
    expect(tasks.every((t) => !t.judul.endsWith('.'))).toBe(true);
  });
});
