import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../office/roles';
import { paMukomukoAs32 } from './catalog';
import type { Procedure, SopDocument } from './schema';
import { SOP_ACTOR_ROLES, procedureSchema, sopDocumentSchema } from './schema';

function firstProcedure(): Procedure {
  const p = paMukomukoAs32.procedures[0];
  if (!p) throw new Error('Mukomuko has no procedures');
  return p;
}

function issues(p: Procedure): string[] {
  const result = procedureSchema.safeParse(p);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

function withStep(p: Procedure, i: number, patch: Partial<Procedure['steps'][number]>): Procedure {
  return { ...p, steps: p.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) };
}

describe('sopActorRoleSchema', () => {
  it('takes the staff roles and the extra SOP actor kinds', () => {
    expect(SOP_ACTOR_ROLES).toEqual([...STAFF_ROLES, 'kabag', 'operatorUnit', 'pihakKetiga']);
  });
});

describe('procedureSchema', () => {
  it('accepts a catalog procedure', () => {
    expect(issues(firstProcedure())).toEqual([]);
  });

  it('rejects a step whose actor is not a column of the procedure', () => {
    const p = withStep(firstProcedure(), 1, { actorIds: ['ketua'] });
    expect(issues(p)).toEqual([
      'Langkah 2: pelaksana "ketua" tidak ada di kolom pelaksana prosedur A.',
    ]);
  });

  it('rejects a step without actors, and duplicate actors', () => {
    expect(issues(withStep(firstProcedure(), 1, { actorIds: [] })).length).toBe(1);
    expect(issues(withStep(firstProcedure(), 1, { actorIds: ['kasubag', 'kasubag'] }))).toEqual([
      'Langkah 2: pelaksana ganda.',
    ]);
    const p = firstProcedure();
    const doubled = {
      ...p,
      actors: [...p.actors, { id: 'kasubag', label: 'X', role: 'kasubag' as const }],
    };
    expect(issues(doubled)).toEqual(['Pelaksana "kasubag" ganda.']);
  });

  it('rejects step numbers that do not run 1..n', () => {
    expect(issues(withStep(firstProcedure(), 2, { no: 4 }))).toEqual([
      'Langkah ke-3 bernomor 4; nomor langkah harus urut mulai 1.',
    ]);
  });

  it('rejects a mutuBaku that does not match the printed waktu', () => {
    expect(
      issues(withStep(firstProcedure(), 0, { mutuBaku: { kind: 'duration', minutes: 60 } })),
    ).toEqual(['Langkah 1: mutu baku tidak sesuai dengan waktu "2 jam".']);
    expect(issues(withStep(firstProcedure(), 0, { waktu: 'sebentar' }))).toHaveLength(1);
  });

  it('reads waktu by the procedure waktuMode', () => {
    const hariKe = { ...firstProcedure(), waktuMode: 'hariKe' as const };
    expect(issues(hariKe)[0]).toMatch(/^Waktu "2 jam" tidak dikenali: untuk kolom "Hari ke"/);
  });

  it('wants a start first and an end last', () => {
    expect(issues(withStep(firstProcedure(), 0, { kind: 'process' }))).toEqual([
      'Langkah pertama harus "start" (Mulai).',
    ]);
    expect(issues(withStep(firstProcedure(), 4, { kind: 'decision' }))).toEqual([
      'Langkah terakhir harus "end" (Selesai).',
    ]);
  });
});

describe('sopDocumentSchema', () => {
  const doc: SopDocument = paMukomukoAs32;

  it('accepts a catalog document', () => {
    expect(sopDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('rejects a duplicate procedure key', () => {
    const result = sopDocumentSchema.safeParse({
      ...doc,
      procedures: [firstProcedure(), firstProcedure()],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Prosedur A ganda.']);
  });

  it('wants ISO dates, a slug id and an 18-digit NIP', () => {
    expect(sopDocumentSchema.safeParse({ ...doc, tanggalEfektif: '4/1/2021' }).success).toBe(false);
    expect(sopDocumentSchema.safeParse({ ...doc, id: 'PA Mukomuko' }).success).toBe(false);
    const spacedNip = { jabatan: 'Ketua', nama: 'Fatullah, S.Ag', nip: '19720127 200312 1 002' };
    expect(sopDocumentSchema.safeParse({ ...doc, disahkanOleh: spacedNip }).success).toBe(false);
    expect(sopDocumentSchema.safeParse({ ...doc, disahkanOleh: null, nomor: null }).success).toBe(
      true,
    );
  });
});
