import { describe, expect, it } from 'vitest';
import { SEED_SOP_DOCUMENTS } from '../sop/catalog';
import type { Procedure, Step } from '../sop/schema';
import { cycleStatusAfter, websiteStepRole, websiteStepRoles, type WebsiteStepRole } from './cycle';

const procedureF = (id: string): Procedure => {
  const doc = SEED_SOP_DOCUMENTS.find((d) => d.id === id);
  const found = doc?.procedures.find((p) => p.key === 'F');
  if (!found) throw new Error(`no procedure F in ${id}`);
  return found;
};
const roles = (p: Procedure): WebsiteStepRole[] => websiteStepRoles(p).map((r) => r.role);

describe('what the steps of procedure F are for, read from their words', () => {
  it('reads the seven steps of every seven-step variant', () => {
    const seven: WebsiteStepRole[] = [
      'pemantauan',
      'pencadangan',
      'pengunjung',
      'pembaruan',
      'laporan',
      'tindakan',
      'penanganan',
    ];
    const sevenStep = SEED_SOP_DOCUMENTS.flatMap((d) =>
      d.procedures.filter((p) => p.key === 'F' && p.steps.length === 7),
    );
    expect(sevenStep.length).toBeGreaterThanOrEqual(3);
    for (const p of sevenStep) expect(roles(p)).toEqual(seven);
  });

  it("reads Tais's nine steps: forwarding the report, the Sekretaris's measures, the restore", () => {
    expect(roles(procedureF('pn-tais-pemeliharaan-website'))).toEqual([
      'pemantauan',
      'pencadangan',
      'pengunjung',
      'pembaruan',
      'laporan',
      'laporan',
      'tindakan',
      'penanganan',
      'pemulihan',
    ]);
  });

  it('gives every step of every F in the catalog a role, the decision step the measures', () => {
    for (const doc of SEED_SOP_DOCUMENTS) {
      for (const p of doc.procedures.filter((x) => x.key === 'F')) {
        const r = websiteStepRoles(p);
        expect(r.filter((x) => x.role === 'tindakan').map((x) => x.step.kind)).toEqual([
          'decision',
        ]);
        expect(r.some((x) => x.role === 'pemantauan')).toBe(true);
      }
    }
  });

  it('falls back on the position when a step says nothing recognisable', () => {
    const bare = (no: number): Step => ({
      no,
      kegiatan: 'Langkah',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: '',
      waktu: '1 jam',
      mutuBaku: { kind: 'duration', minutes: 60 },
      output: '',
      keterangan: '',
    });
    expect(websiteStepRole(bare(1), 0)).toBe('pemantauan');
    expect(websiteStepRole(bare(2), 1)).toBe('pencadangan');
    expect(websiteStepRole(bare(12), 11)).toBe('pemulihan');
  });

  it('ends the cycle at the last step and stops it on a refusal', () => {
    const p = procedureF('pn-tais-pemeliharaan-website');
    const [first] = p.steps;
    const last = p.steps[p.steps.length - 1];
    if (!first || !last) throw new Error('no steps');
    expect(cycleStatusAfter(p, first, null)).toBe('berjalan');
    expect(cycleStatusAfter(p, last, null)).toBe('selesai');
    expect(cycleStatusAfter(p, first, 'tolak')).toBe('ditolak');
  });
});
