import { describe, expect, it } from 'vitest';
import { paMukomukoAs32 } from './catalog';
import type { Procedure } from './schema';
import {
  formatMenitHariKerja,
  printedBreakdownMismatch,
  printedTotalMismatch,
  printedTotalParts,
  procedureTotal,
  rincianHariKerja,
} from './totals';
import type { MutuBaku } from './waktu';

function withTimes(...times: MutuBaku[]): Pick<Procedure, 'steps'> {
  return {
    steps: times.map((mutuBaku, i) => ({
      no: i + 1,
      kegiatan: `Langkah ${i + 1}`,
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: '',
      waktu: '',
      mutuBaku,
      output: '',
      keterangan: '',
    })),
  };
}

function mukomuko(key: string): Procedure {
  const p = paMukomukoAs32.procedures.find((x) => x.key === key);
  if (!p) throw new Error(`Mukomuko has no procedure ${key}`);
  return p;
}

describe('procedureTotal', () => {
  it('adds durations, and the bounds of ranges', () => {
    const total = procedureTotal(
      withTimes(
        { kind: 'duration', minutes: 10 },
        { kind: 'range', minMinutes: 15, maxMinutes: 30 },
        { kind: 'none' },
      ),
    );
    expect(total).toEqual({
      kind: 'duration',
      minMinutes: 25,
      maxMinutes: 40,
      lastDay: null,
      hasUntimedSteps: true,
      monthlySteps: 0,
    });
  });

  it('keeps "Hari ke" days apart from minutes and counts monthly steps', () => {
    const total = procedureTotal(
      withTimes(
        { kind: 'dayNumber', day: 1 },
        { kind: 'dayNumber', day: 3 },
        { kind: 'monthlyOnDay', day: 30 },
        { kind: 'dayNumber', day: 4 },
      ),
    );
    expect(total).toEqual({
      kind: 'dayNumber',
      minMinutes: 0,
      maxMinutes: 0,
      lastDay: 4,
      hasUntimedSteps: false,
      monthlySteps: 1,
    });
  });

  it('says mixed when a procedure has both', () => {
    const total = procedureTotal(
      withTimes({ kind: 'dayNumber', day: 2 }, { kind: 'duration', minutes: 60 }),
    );
    expect(total.kind).toBe('mixed');
    expect(total.lastDay).toBe(2);
    expect(total.minMinutes).toBe(60);
  });
});

describe('formatMenitHariKerja', () => {
  it.each([
    [0, '0 menit'],
    [45, '45 menit'],
    [120, '120 menit (2 jam)'],
    [450, '450 menit (1 hari)'],
    [465, '465 menit (1 hari 15 menit)'],
    // Mukomuko B prints "585 menit/ 1 hari 2 jam 25 menit": the breakdown is wrong.
    [585, '585 menit (1 hari 2 jam 15 menit)'],
    // Mukomuko C prints "1.350 menit / 3 hari".
    [1350, '1.350 menit (3 hari)'],
    [1500, '1.500 menit (3 hari 2 jam 30 menit)'],
    [2550, '2.550 menit (5 hari 5 jam)'],
    [4500, '4.500 menit (10 hari)'],
  ])('%i -> "%s"', (minutes, text) => {
    expect(formatMenitHariKerja(minutes)).toBe(text);
  });

  it('breaks minutes into working days, hours and minutes', () => {
    expect(rincianHariKerja(585)).toBe('1 hari 2 jam 15 menit');
    expect(rincianHariKerja(570)).toBe('1 hari 2 jam');
    expect(rincianHariKerja(0)).toBe('0 menit');
  });
});

describe('printedTotalParts', () => {
  it('reads every figure of a printed total', () => {
    expect(printedTotalParts('585 menit/ 1 hari 2 jam 25 menit')).toEqual([585, 595]);
    expect(printedTotalParts('1.350 menit / 3 hari')).toEqual([1350, 1350]);
    expect(printedTotalParts('5 Hari 5 Jam')).toEqual([2550]);
    expect(printedTotalParts('kurang lebih 3 hari')).toBeNull();
  });
});

describe('printedTotalMismatch', () => {
  it('is null for every Mukomuko procedure: their printed minutes agree with the steps', () => {
    for (const p of paMukomukoAs32.procedures) {
      expect(printedTotalMismatch(p), p.key).toBeNull();
    }
  });

  it('reports a printed total the steps do not add up to', () => {
    const a = { ...mukomuko('A'), printedTotalMinutes: 1050 };
    expect(printedTotalMismatch(a)).toEqual({
      printedMinutes: 1050,
      computedMinutes: 1500,
      computedMaxMinutes: 1500,
      message:
        'Total waktu tertulis di dokumen 1.050 menit, sedangkan jumlah waktu langkah-langkahnya 1.500 menit.',
    });
  });

  it('says when untimed steps are left out, and gives a span for ranges', () => {
    const c = { ...mukomuko('C'), printedTotalMinutes: 1500 };
    expect(printedTotalMismatch(c)?.message).toBe(
      'Total waktu tertulis di dokumen 1.500 menit, sedangkan jumlah waktu langkah-langkahnya 1.350 menit. Langkah tanpa waktu tidak ikut dihitung.',
    );
    const ranged = {
      ...withTimes(
        { kind: 'range', minMinutes: 60, maxMinutes: 1350 },
        { kind: 'duration', minutes: 450 },
      ),
      printedTotalMinutes: 450,
    };
    expect(printedTotalMismatch(ranged)?.message).toBe(
      'Total waktu tertulis di dokumen 450 menit, sedangkan jumlah waktu langkah-langkahnya antara 510 dan 1.800 menit.',
    );
    expect(printedTotalMismatch({ ...ranged, printedTotalMinutes: 900 })).toBeNull();
  });

  it('is null without a printed total in minutes, or for "Hari ke" procedures', () => {
    expect(printedTotalMismatch({ ...mukomuko('B'), printedTotalMinutes: null })).toBeNull();
    expect(printedTotalMismatch(withTimes({ kind: 'duration', minutes: 10 }))).toBeNull();
    expect(
      printedTotalMismatch({
        ...withTimes({ kind: 'dayNumber', day: 3 }),
        printedTotalMinutes: 10,
      }),
    ).toBeNull();
  });
});

describe('printedBreakdownMismatch', () => {
  it('finds the miscounted breakdowns of Mukomuko A, B and E', () => {
    expect(printedBreakdownMismatch(mukomuko('A'))).toEqual({
      printedMinutes: 1500,
      breakdownText: '3 hari 2 jam 47 menit',
      breakdownMinutes: 1517,
      message:
        'Rincian total di dokumen "3 hari 2 jam 47 menit" sama dengan 1.517 menit, bukan 1.500 menit; 1.500 menit = 3 hari 2 jam 30 menit.',
    });
    expect(printedBreakdownMismatch(mukomuko('B'))).toMatchObject({
      printedMinutes: 585,
      breakdownText: '1 hari 2 jam 25 menit',
      breakdownMinutes: 595,
    });
    expect(printedBreakdownMismatch(mukomuko('E'))).toMatchObject({
      printedMinutes: 465,
      breakdownText: '1 hari 23 menit',
      breakdownMinutes: 473,
    });
  });

  it('is null where the breakdown is right or absent (Mukomuko C, D, F)', () => {
    expect(printedBreakdownMismatch(mukomuko('C'))).toBeNull();
    expect(printedBreakdownMismatch(mukomuko('D'))).toBeNull();
    expect(printedBreakdownMismatch(mukomuko('F'))).toBeNull();
    expect(printedBreakdownMismatch({ printedTotal: null })).toBeNull();
  });
});
