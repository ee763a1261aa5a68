import { isRequestLate, type LatenessFields } from '../requests/requestLateness';
import type { Level, Saluran } from '../requests/schema';
import type { OfficeHours } from '../requests/workingTime';
import type { Procedure } from '../sop/schema';
import type { CountRow } from './counting';
import { deviceConditions, devicesByAcquisitionYear, type AcquisitionYearRow } from './deviceStats';
import {
  maintenanceCompliance,
  type MaintenanceMonthRow,
  type MaintenanceTaskInput,
} from './maintenanceStats';
import { periodRange, type StatPeriod } from './period';
import { createStepClock } from './stepClock';
import {
  requestBreakdown,
  requestsPerMonth,
  stageLabel,
  type RequestBreakdown,
  type StatRequest,
} from './requestStats';
import {
  forEachStepTiming,
  StepTimeTally,
  type OfficerTimeRow,
  type StepTimeRow,
  type TimeSummary,
  type TimedRecord,
} from './stepTimes';
import type { Condition } from '../devices/schema';

/**
 * The Statistik screen and the Laporan Tahunan TI in one computation. The rows are prepared
 * once (prepareStatistics: lateness as of `now`, sorted by reception), then each period is a
 * pass over its own requests (statisticsFor); the steps of a period's requests are timed in
 * working minutes and tallied as they come (nothing per step is kept), and a period's tally is
 * kept, so a period seen before is never timed again.
 */

/** A request row as far as the statistics read it. */
export interface RequestLike extends LatenessFields {
  id: string;
  sopId: string;
  sopRevision: number;
  kategori: string;
  pemohon: { unitNama: string };
  saluran: Saluran;
  prioritas: Level | null;
}

export interface PreparedStatistics {
  /** Sorted by reception. */
  requests: StatRequest[];
  /** The step times of the requests received in [fromMs, toMs), tallied once and kept. */
  stepTimes(fromMs: number, toMs: number): StepTimeTally;
}

/**
 * Every request made ready for statisticsFor. `procedureOf` gives the procedure B a request
 * runs on (its SOP revision); `recordsOf` its step records.
 */
export function prepareStatistics(
  rows: readonly RequestLike[],
  procedureOf: (row: RequestLike) => Pick<Procedure, 'steps'> | undefined,
  recordsOf: (requestId: string) => readonly TimedRecord[],
  hours: OfficeHours,
  now: Date,
): PreparedStatistics {
  const requests: StatRequest[] = [];
  const byId = new Map<string, RequestLike>();
  for (const r of rows) {
    const procedure = procedureOf(r);
    const lastStepNo = procedure?.steps.at(-1)?.no ?? 0;
    byId.set(r.id, r);
    requests.push({
      id: r.id,
      diterimaMs: Date.parse(r.diterimaPada),
      kategori: r.kategori,
      unit: r.pemohon.unitNama,
      saluran: r.saluran,
      prioritas: r.prioritas,
      status: r.status,
      tahap: stageLabel(r.status, r.langkahTerakhir, lastStepNo),
      late: isRequestLate(r, procedure, hours, now),
    });
  }
  // In reception order, so a period is two binary searches and a slice.
  requests.sort((a, b) => a.diterimaMs - b.diterimaMs);
  const clock = createStepClock(hours);
  const tallies = new Map<string, StepTimeTally>();
  return {
    requests,
    stepTimes(fromMs, toMs) {
      const key = `${fromMs}:${toMs}`;
      const known = tallies.get(key);
      if (known) return known;
      const tally = new StepTimeTally();
      for (const r of receivedIn(requests, fromMs, toMs)) {
        const row = byId.get(r.id);
        const procedure = row && procedureOf(row);
        if (row && procedure) forEachStepTiming(row, recordsOf(r.id), procedure, clock, tally.add);
      }
      tallies.set(key, tally);
      return tally;
    },
  };
}

/** The items received in [fromMs, toMs) of a list sorted by reception. */
function receivedIn<T extends { diterimaMs: number }>(
  sorted: readonly T[],
  fromMs: number,
  toMs: number,
): T[] {
  const first = (ms: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid]?.diterimaMs ?? Infinity) < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return sorted.slice(first(fromMs), first(toMs));
}

export interface OtherSources {
  /** Procedure B as the office runs it now: the rows of the step table. */
  procedure: Pick<Procedure, 'steps'> | null;
  nameOf: (personId: string) => string;
  devices: readonly { kondisi: Condition; aktif: boolean; tahunPerolehan: number | null }[];
  tasks: readonly MaintenanceTaskInput[];
  /** 'YYYY-MM-DD'. */
  today: string;
}

export interface Statistics {
  period: StatPeriod;
  permintaan: RequestBreakdown;
  perBulan: CountRow[];
  langkah: StepTimeRow[];
  petugas: OfficerTimeRow[];
  waktuKeseluruhan: TimeSummary;
  kondisiPerangkat: CountRow[];
  perangkatPerTahun: AcquisitionYearRow[];
  pemeliharaan: MaintenanceMonthRow[];
}

/** Everything shown for one period: requests received in it and the steps taken on them. */
export function statisticsFor(
  prepared: PreparedStatistics,
  other: OtherSources,
  period: StatPeriod,
): Statistics {
  const range = periodRange(period);
  const inPeriod = receivedIn(prepared.requests, range.fromMs, range.toMs);
  const times = prepared.stepTimes(range.fromMs, range.toMs).tables(other.procedure, other.nameOf);
  return {
    period,
    permintaan: requestBreakdown(inPeriod),
    perBulan: requestsPerMonth(prepared.requests, period.tahun),
    langkah: times.langkah,
    petugas: times.petugas,
    waktuKeseluruhan: times.keseluruhan,
    kondisiPerangkat: deviceConditions(other.devices),
    perangkatPerTahun: devicesByAcquisitionYear(other.devices, Number(other.today.slice(0, 4))),
    pemeliharaan: maintenanceCompliance(other.tasks, period, other.today),
  };
}
