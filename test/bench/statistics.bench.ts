import { performance } from 'node:perf_hooks';
import { SEED_SOP_DOCUMENTS } from '../../shared/sop';
import { DEFAULT_OFFICE_HOURS, addWorkingMinutes } from '../../shared/requests/workingTime';
import { LEVELS, SALURAN, DEFAULT_CATEGORIES } from '../../shared/requests/schema';
import {
  prepareStatistics,
  statisticsFor,
  type OtherSources,
  type RequestLike,
} from '../../shared/statistics/statistics';
import type { TimedRecord } from '../../shared/statistics/stepTimes';
import type { StatPeriod } from '../../shared/statistics/period';
import type { Figure } from './figure';

export const STAT_REQUESTS = 50_000;
const RUNS = 20;
const GOAL_MS = 300;

const procedure = (() => {
  const b = SEED_SOP_DOCUMENTS[0]?.procedures.find((p) => p.key === 'B');
  if (!b) throw new Error('The catalog has no procedure B.');
  return b;
})();

/** 50,000 requests over 2026 with every step of procedure B recorded (the last 5 % open). */
export function benchRequests(count = STAT_REQUESTS): {
  rows: RequestLike[];
  records: Map<string, TimedRecord[]>;
} {
  const rows: RequestLike[] = [];
  const records = new Map<string, TimedRecord[]>();
  const units = ['Kepaniteraan', 'Kesekretariatan', 'Hakim', 'PTSP', 'Umum dan Keuangan'];
  const start = new Date(2026, 0, 2, 8).getTime();
  const span = new Date(2026, 11, 20).getTime() - start;
  for (let i = 0; i < count; i++) {
    const received = addWorkingMinutes(
      new Date(start + Math.floor((span * i) / count)),
      0.01,
      DEFAULT_OFFICE_HOURS,
    );
    const open = i % 20 === 0;
    const steps: TimedRecord[] = [];
    let at = received.getTime();
    for (const step of procedure.steps) {
      if (open && step.no > 3) break;
      at += (5 + ((i * 7 + step.no * 13) % 40)) * 60_000;
      steps.push({
        id: `s${i}-${step.no}`,
        stepNo: step.no,
        personId: `p${(i + step.no) % 6}`,
        selesaiPada: new Date(at).toISOString(),
      });
    }
    const id = `r${i}`;
    records.set(id, steps);
    rows.push({
      id,
      sopId: 'sop',
      sopRevision: 1,
      kategori: DEFAULT_CATEGORIES[i % DEFAULT_CATEGORIES.length] ?? 'Lainnya',
      pemohon: { unitNama: units[i % units.length] ?? 'Umum' },
      saluran: SALURAN[i % SALURAN.length] ?? 'formulir',
      prioritas: LEVELS[i % LEVELS.length] ?? null,
      status: open ? 'berjalan' : 'selesai',
      adaTerlambat: false,
      langkahTerakhir: steps.at(-1)?.stepNo ?? 0,
      langkahMulai: steps.at(-1)?.selesaiPada ?? received.toISOString(),
      diterimaPada: received.toISOString(),
    });
  }
  return { rows, records };
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? 0;
}

/**
 * Statistik over 50,000 requests in one year: "open" prepares every row (lateness, order)
 * and computes the default period, a month (its steps timed in working minutes); "change"
 * computes a quarter not seen yet, then the whole year for the first time (every step of
 * the year timed). The baseline is a raw pass over the same rows in the same run: each request's
 * category counted and each step's minutes summed from its timestamps (no working time).
 */
export async function statisticsBench(): Promise<Figure[]> {
  const { rows, records } = benchRequests();
  const other: OtherSources = {
    procedure,
    nameOf: (id) => id,
    devices: [],
    tasks: [],
    today: '2026-12-20',
  };
  const now = new Date(2026, 11, 20, 9);
  const recordsOf = (id: string) => records.get(id) ?? [];
  const month: StatPeriod = { jenis: 'bulan', tahun: 2026, ke: 11 };
  const year: StatPeriod = { jenis: 'tahun', tahun: 2026, ke: 1 };
  const quarter: StatPeriod = { jenis: 'triwulan', tahun: 2026, ke: 3 };
  const open = () => {
    const prepared = prepareStatistics(rows, () => procedure, recordsOf, DEFAULT_OFFICE_HOURS, now);
    return { prepared, stats: statisticsFor(prepared, other, month) };
  };
  const raw = () => {
    const counts = new Map<string, number>();
    let minutes = 0;
    for (const r of rows) {
      counts.set(r.kategori, (counts.get(r.kategori) ?? 0) + 1);
      let previous = Date.parse(r.diterimaPada);
      for (const s of recordsOf(r.id)) {
        const t = Date.parse(s.selesaiPada);
        minutes += (t - previous) / 60_000;
        previous = t;
      }
    }
    return { counts, minutes };
  };
  open();
  raw();
  const openMs: number[] = [];
  const changeMs: number[] = [];
  const yearMs: number[] = [];
  const rawMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const { prepared } = open();
    openMs.push(performance.now() - t);
    t = performance.now();
    statisticsFor(prepared, other, quarter);
    changeMs.push(performance.now() - t);
    t = performance.now();
    statisticsFor(prepared, other, year);
    yearMs.push(performance.now() - t);
    t = performance.now();
    raw();
    rawMs.push(performance.now() - t);
  }
  const baseline = p95(rawMs);
  const figure = (name: string, values: number[]): Figure => {
    const ours = p95(values);
    return {
      name,
      unit: 'ms',
      ours,
      baseline,
      baselineName: 'satu lintasan mentah atas baris yang sama (hitung kategori, jumlah menit)',
      heapDelta: null,
      goal: { text: `p95 < ${GOAL_MS} ms`, holds: ours < GOAL_MS },
      baselineRuns: rawMs,
    };
  };
  return [
    figure(`Statistik ${STAT_REQUESTS.toLocaleString('id-ID')} permintaan: buka (p95)`, openMs),
    figure(
      `Statistik ${STAT_REQUESTS.toLocaleString('id-ID')} permintaan: ganti ke triwulan lain (p95)`,
      changeMs,
    ),
    figure(
      `Statistik ${STAT_REQUESTS.toLocaleString('id-ID')} permintaan: ganti ke setahun penuh, pertama kali (p95)`,
      yearMs,
    ),
  ];
}
