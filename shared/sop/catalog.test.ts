import { describe, expect, it } from 'vitest';
import { parseNip } from '../format/nip';
import {
  SEED_SOP_DOCUMENTS,
  paMukomukoAs32,
  paTernateAs29,
  pnTaisPemeliharaanWebsite,
} from './catalog';
import type { Procedure, ProcedureKey, SopDocument } from './schema';
import { sopDocumentSchema } from './schema';
import {
  printedBreakdownMismatch,
  printedTotalMismatch,
  printedTotalParts,
  procedureTotal,
} from './totals';

function find(doc: SopDocument, key: ProcedureKey): Procedure {
  const p = doc.procedures.find((x) => x.key === key);
  if (!p) throw new Error(`${doc.id} has no procedure ${key}`);
  return p;
}

const everyProcedure = SEED_SOP_DOCUMENTS.flatMap((doc) =>
  doc.procedures.map((p) => ({ name: `${doc.id} ${p.key}`, doc, p })),
);

describe('the seed catalog', () => {
  it.each(SEED_SOP_DOCUMENTS.map((d) => [d.id, d] as const))('%s passes the schema', (_id, doc) => {
    const result = sopDocumentSchema.safeParse(doc);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(doc);
  });

  it('has unique document ids', () => {
    const ids = SEED_SOP_DOCUMENTS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'pa-mukomuko-as-32',
      'sop-ti-website-varian-001',
      'pa-ternate-as-29',
      'pa-ternate-as-28-konten',
      'pa-ternate-as-28-website',
      'pn-tais-pemeliharaan-website',
    ]);
  });

  it.each(everyProcedure.map((x) => [x.name, x.p] as const))(
    '%s: steps run 1..n, each by its own actor columns, from start to end',
    (_name, p) => {
      const actorIds = new Set(p.actors.map((a) => a.id));
      expect(actorIds.size).toBe(p.actors.length);
      expect(p.steps.map((s) => s.no)).toEqual(p.steps.map((_s, i) => i + 1));
      for (const s of p.steps) {
        expect(s.actorIds.length).toBeGreaterThan(0);
        for (const id of s.actorIds) expect(actorIds.has(id), `step ${s.no}: ${id}`).toBe(true);
      }
      expect(p.steps[0]?.kind).toBe('start');
      expect(p.steps.at(-1)?.kind).toBe('end');
      expect(p.steps.slice(0, -1).every((s) => s.kind !== 'end')).toBe(true);
    },
  );

  it('orders procedures A..F within a document', () => {
    for (const doc of SEED_SOP_DOCUMENTS) {
      const keys = doc.procedures.map((p) => p.key);
      expect(keys).toEqual([...keys].sort());
    }
  });

  it('gives a printed total in minutes equal to the first figure printed', () => {
    for (const { name, p } of everyProcedure) {
      if (p.printedTotal === null) {
        expect(p.printedTotalMinutes ?? null, name).toBeNull();
        continue;
      }
      expect(printedTotalParts(p.printedTotal)?.[0], name).toBe(p.printedTotalMinutes);
    }
  });

  it('has a valid NIP wherever one is printed', () => {
    for (const doc of SEED_SOP_DOCUMENTS) {
      const nip = doc.disahkanOleh?.nip;
      if (nip) expect(parseNip(nip, new Date(2026, 10, 20)).ok, doc.id).toBe(true);
    }
  });
});

/**
 * Step counts and totals, summed by hand from the seeds (1 hari = 450 menit, 1 jam = 60 menit).
 * min/max are the computed totals in minutes (they differ only where a step prints a range);
 * lastDay is the last "Hari ke" of a day-numbered procedure.
 */
const EXPECTED: Record<
  string,
  Partial<
    Record<
      ProcedureKey,
      {
        steps: number;
        min: number;
        max: number;
        lastDay?: number;
        monthly?: number;
        untimed?: boolean;
      }
    >
  >
> = {
  'pa-mukomuko-as-32': {
    // 2 jam + 4 jam + 4 jam + 1 hari + 1 hari = 120 + 240 + 240 + 450 + 450; printed 1.500.
    A: { steps: 5, min: 1500, max: 1500 },
    // 10 + 10 + 10 + 15 + 15 + 30 + 30 + 15 + 450; printed 585.
    B: { steps: 9, min: 585, max: 585 },
    // 450 + 6 x 60 + 450 + (step 9 untimed) + 60 + 30; printed 1.350.
    C: { steps: 11, min: 1350, max: 1350, untimed: true },
    // 60 + 120 + 60 + 60 + 120 + 30 + 120; printed 570.
    D: { steps: 7, min: 570, max: 570 },
    // 180 + 60 + 120 + 30 + 30 + 30 + 15; printed 465.
    E: { steps: 7, min: 465, max: 465 },
    // 450 + 450 + 450 + 180 + 450 + 120 + 450; printed "5 Hari 5 Jam" = 2.250 + 300.
    F: { steps: 7, min: 2550, max: 2550 },
  },
  'sop-ti-website-varian-001': {
    A: { steps: 5, min: 1500, max: 1500 },
    B: { steps: 9, min: 585, max: 585 },
    // 450 + 6 x 60 + 450 + (step 9 untimed) + 60 + 30.
    C: { steps: 11, min: 1350, max: 1350, untimed: true },
    D: { steps: 7, min: 570, max: 570 },
    // 180 + 60 + 60 + 30 + 30 + (15..30) + 15: step 3 takes 1 jam here, not 2.
    E: { steps: 7, min: 390, max: 405 },
    F: { steps: 7, min: 2550, max: 2550 },
  },
  'pa-ternate-as-29': {
    A: { steps: 4, min: 0, max: 0, lastDay: 4 },
    // Days 1, 1, 2, 2, 2, 3, 4, 4, 5.
    B: { steps: 9, min: 0, max: 0, lastDay: 5 },
    // Day 1, then eight steps "30 setiap bulan".
    C: { steps: 9, min: 0, max: 0, lastDay: 1, monthly: 8 },
    // Days 1, 2, 3, monthly, 4, 5, monthly.
    D: { steps: 7, min: 0, max: 0, lastDay: 5, monthly: 2 },
  },
  'pa-ternate-as-28-konten': {
    // 180 + 60 + 60 + 30 + 30 + (15..30) + 15.
    E: { steps: 7, min: 390, max: 405 },
  },
  'pa-ternate-as-28-website': {
    // 450 + 450 + 450 + 180 + 450 + 120 + (60..1.350).
    F: { steps: 7, min: 2160, max: 3450 },
  },
  'pn-tais-pemeliharaan-website': {
    // 450 + 450 + 450 + 180 + 450 + 5 + 120 + (60..1.350) + 60.
    F: { steps: 9, min: 2225, max: 3515 },
  },
};

describe('step counts and totals, computed by hand from the seeds', () => {
  it('covers every procedure of the catalog', () => {
    const expected = Object.entries(EXPECTED).flatMap(([id, byKey]) =>
      Object.keys(byKey).map((key) => `${id} ${key}`),
    );
    expect(everyProcedure.map((x) => x.name)).toEqual(expected);
  });

  it.each(everyProcedure.map((x) => [x.name, x.doc, x.p] as const))('%s', (_name, doc, p) => {
    const e = EXPECTED[doc.id]?.[p.key];
    if (!e) throw new Error(`no expectation for ${doc.id} ${p.key}`);
    const total = procedureTotal(p);
    expect(p.steps.length).toBe(e.steps);
    expect(total.minMinutes).toBe(e.min);
    expect(total.maxMinutes).toBe(e.max);
    expect(total.lastDay).toBe(e.lastDay ?? null);
    expect(total.kind).toBe(e.lastDay === undefined ? 'duration' : 'dayNumber');
    expect(total.monthlySteps).toBe(e.monthly ?? 0);
    expect(total.hasUntimedSteps).toBe(e.untimed ?? false);
  });

  it('finds every printed total in minutes right, and three printed breakdowns wrong', () => {
    expect(everyProcedure.filter(({ p }) => printedTotalMismatch(p) !== null)).toEqual([]);
    const wrongBreakdowns = everyProcedure
      .filter(({ p }) => printedBreakdownMismatch(p) !== null)
      .map((x) => x.name);
    // A "3 hari 2 jam 47 menit" = 1.517; B "1 hari 2 jam 25 menit" = 595; E "1 hari 23 menit" = 473.
    expect(wrongBreakdowns).toEqual([
      'pa-mukomuko-as-32 A',
      'pa-mukomuko-as-32 B',
      'pa-mukomuko-as-32 E',
    ]);
  });
});

describe('details of the transcription', () => {
  it('titles Mukomuko F by its content and keeps step C9 untimed', () => {
    expect(find(paMukomukoAs32, 'F').judul).toBe('Pemeliharaan Website');
    const c9 = find(paMukomukoAs32, 'C').steps[8];
    expect(c9).toMatchObject({
      no: 9,
      kind: 'process',
      waktu: '',
      output: '',
      mutuBaku: { kind: 'none' },
    });
  });

  it('reads Ternate AS/29 as "Hari ke" with monthly steps', () => {
    const b = find(paTernateAs29, 'B');
    expect(b.waktuMode).toBe('hariKe');
    expect(b.steps.map((s) => s.mutuBaku)).toEqual(
      [1, 1, 2, 2, 2, 3, 4, 4, 5].map((day) => ({ kind: 'dayNumber', day })),
    );
    expect(find(paTernateAs29, 'C').steps[1]).toMatchObject({
      waktu: '30 setiap bulan',
      mutuBaku: { kind: 'monthlyOnDay', day: 30 },
      keterangan: '30 setiap bulan',
    });
  });

  it('keeps the Tais forwarding step and names the third parties', () => {
    const f = find(pnTaisPemeliharaanWebsite, 'F');
    expect(f.steps[5]).toMatchObject({
      kegiatan: 'Meneruskan Laporan kepada Sekretaris.',
      actorIds: ['kasubag'],
      mutuBaku: { kind: 'duration', minutes: 5 },
    });
    expect(f.steps[7]?.mutuBaku).toEqual({ kind: 'range', minMinutes: 60, maxMinutes: 1350 });
    expect(pnTaisPemeliharaanWebsite.catatan).toMatch(/PANDI/);
  });
});
