import { describe, expect, it } from 'vitest';
import { SEED_SOP_DOCUMENTS, paMukomukoAs32, paTernateAs28Konten } from '../sop/catalog';
import type { Procedure } from '../sop/schema';
import {
  contentOutcome,
  contentProgress,
  contentRoleStep,
  contentStage,
  contentStepRole,
  type ContentRecord,
} from './contentFlow';

function procedureE(doc: { procedures: readonly Procedure[] }): Procedure {
  const found = doc.procedures.find((p) => p.key === 'E');
  if (!found) throw new Error('no procedure E');
  return found;
}

function stepAt(p: Procedure, index: number) {
  const found = p.steps[index];
  if (!found) throw new Error(`no step ${index}`);
  return found;
}

const START = '2026-12-01T01:00:00.000Z';
let seq = 0;
const rec = (
  stepNo: number,
  putaran: number,
  keputusan: ContentRecord['keputusan'] = null,
): ContentRecord => {
  seq++;
  return {
    id: `r${seq}`,
    stepNo,
    putaran,
    keputusan,
    selesaiPada: new Date(Date.parse(START) + seq * 600_000).toISOString(),
  };
};

describe('contentFlow', () => {
  it('reads the step roles from the words in every variant of E', () => {
    const seeds = SEED_SOP_DOCUMENTS.flatMap((d) => d.procedures.filter((p) => p.key === 'E'));
    expect(seeds.length).toBeGreaterThanOrEqual(3);
    for (const e of seeds) {
      expect(contentRoleStep(e, 'konsep')?.kegiatan.toLowerCase()).toContain('konsep');
      expect(contentRoleStep(e, 'periksa')?.kegiatan.toLowerCase()).toContain('memeriksa');
      expect(contentRoleStep(e, 'keputusan')?.kind).toBe('decision');
      expect(contentRoleStep(e, 'terbit')?.kegiatan.toLowerCase()).toContain('entri');
      expect(contentRoleStep(e, 'arsip')?.kegiatan.toLowerCase()).toContain('arsip');
    }
    const ternate = procedureE(paTernateAs28Konten);
    expect(ternate.steps.map((s) => contentStepRole(ternate, s))).toEqual([
      'plain',
      'plain',
      'konsep',
      'periksa',
      'keputusan',
      'terbit',
      'arsip',
    ]);
  });

  it('falls back by position when a variant words its steps otherwise', () => {
    const e = procedureE(paMukomukoAs32);
    const plain = {
      ...e,
      steps: e.steps.map((s) => ({ ...s, kegiatan: `Langkah ${s.no}`, output: '' })),
    };
    expect(plain.steps.map((s) => contentStepRole(plain, s))).toEqual([
      'plain',
      'plain',
      'konsep',
      'periksa',
      'keputusan',
      'terbit',
      'arsip',
    ]);
  });

  it('opens a new round after the Editor returns the draft, its clock from the return', () => {
    const e = procedureE(paTernateAs28Konten);
    const records = [rec(1, 1), rec(2, 1), rec(3, 1)];
    const returned = rec(4, 1, 'kembalikan');
    const after = contentProgress(e, [...records, returned], 'berjalan', START, false);
    expect(after.next?.no).toBe(3);
    expect(after.putaran).toBe(2);
    expect(after.nextStartedAt).toBe(returned.selesaiPada);
    const redraft = rec(3, 2);
    const check = contentProgress(e, [...records, returned, redraft], 'berjalan', START, false);
    expect(check.next?.no).toBe(4);
    expect(check.nextStartedAt).toBe(redraft.selesaiPada);
    const twice = [...records, returned, redraft, rec(4, 2, 'kembalikan'), rec(3, 3)];
    const third = contentProgress(e, twice, 'berjalan', START, false);
    expect(third.putaran).toBe(3);
    expect(third.next?.no).toBe(4);
    expect(contentStage(e, 'berjalan', third.next)).toBe('diperiksa');
  });

  it('routes the decision to the PJ, or to the leadership when it needs special attention', () => {
    const e = procedureE(paTernateAs28Konten);
    const done = [rec(1, 1), rec(2, 1), rec(3, 1), rec(4, 1, 'lanjut')];
    const routine = contentProgress(e, done, 'berjalan', START, false);
    expect(routine.next?.no).toBe(5);
    expect(routine.next?.actorIds).toEqual(['pj']);
    expect(contentProgress(e, done, 'berjalan', START, true).next?.actorIds).toEqual(['ketua']);
    const mukomuko = procedureE(paMukomukoAs32);
    expect(contentProgress(mukomuko, done, 'berjalan', START, true).next?.actorIds).toEqual([
      'wakil-ketua',
    ]);
    expect(contentStage(e, 'berjalan', routine.next)).toBe('menungguPersetujuan');
  });

  it('ends on a refusal, publishes with URL and time, archives', () => {
    const e = procedureE(paTernateAs28Konten);
    const before = { status: 'berjalan' as const, urlPublikasi: null, dipublikasiPada: null };
    const decision = stepAt(e, 4);
    expect(
      contentOutcome(
        e,
        decision,
        { keputusan: 'tolak', urlPublikasi: null, dipublikasiPada: null },
        before,
      ),
    ).toMatchObject({ status: 'ditolak' });
    expect(contentProgress(e, [rec(1, 1)], 'ditolak', START, false).next).toBeNull();
    const publish = stepAt(e, 5);
    expect(
      contentOutcome(
        e,
        publish,
        { keputusan: null, urlPublikasi: null, dipublikasiPada: null },
        before,
      ),
    ).toEqual({ error: 'Isi alamat URL dan waktu publikasi.' });
    const url = 'https://pa-ternate.go.id/berita/1';
    expect(
      contentOutcome(
        e,
        publish,
        { keputusan: null, urlPublikasi: url, dipublikasiPada: START },
        before,
      ),
    ).toEqual({ status: 'dipublikasi', urlPublikasi: url, dipublikasiPada: START });
    expect(
      contentOutcome(
        e,
        stepAt(e, 6),
        { keputusan: null, urlPublikasi: null, dipublikasiPada: null },
        {
          status: 'dipublikasi',
          urlPublikasi: url,
          dipublikasiPada: START,
        },
      ),
    ).toMatchObject({ status: 'diarsipkan', urlPublikasi: url });
    expect(
      contentOutcome(
        e,
        stepAt(e, 2),
        { keputusan: 'kembalikan', urlPublikasi: null, dipublikasiPada: null },
        before,
      ),
    ).toHaveProperty('error');
  });

  it('puts an item in its board column', () => {
    const e = procedureE(paTernateAs28Konten);
    expect(contentStage(e, 'berjalan', stepAt(e, 0))).toBe('dikumpulkan');
    expect(contentStage(e, 'berjalan', stepAt(e, 2))).toBe('konsep');
    expect(contentStage(e, 'berjalan', stepAt(e, 5))).toBe('siapTerbit');
    expect(contentStage(e, 'dipublikasi', stepAt(e, 6))).toBe('terbit');
    expect(contentStage(e, 'diarsipkan', null)).toBe('diarsipkan');
    expect(contentStage(e, 'ditolak', null)).toBe('ditolak');
  });
});
