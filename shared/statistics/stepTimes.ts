import { readStepRecords, type SettleableStep } from '../requests/stepConflicts';
import type { Procedure } from '../sop/schema';
import type { StepClock } from './stepClock';

/**
 * SOP B step times against their mutu baku: each recorded step timed in working minutes
 * (stepClock: judgeStep's verdict, the register's own, for many steps at once), then the
 * period's median, 90th percentile and share within standard, per step and per officer.
 */

/** One recorded step, timed. */
export interface StepTiming {
  requestId: string;
  diterimaMs: number;
  stepNo: number;
  personId: string;
  /** Working minutes from the step's start (the previous step's finish) to its finish. */
  menit: number;
  /** The step has a standard (minutes or "Hari ke"), so it can be within or past it. */
  berstandar: boolean;
  terlambat: boolean;
}

export interface TimedRecord extends SettleableStep {
  personId: string;
}

/**
 * The record that counts for each step: with one record per step (nearly always) that record
 * itself, without the grouping and settling readStepRecords does for a step recorded twice.
 */
function effectiveByStep<T extends SettleableStep>(records: readonly T[]): Map<number, T> {
  const byStep = new Map<number, T>();
  for (const r of records) {
    if (byStep.has(r.stepNo)) {
      return new Map(readStepRecords(records).effective.map((e) => [e.stepNo, e]));
    }
    byStep.set(r.stepNo, r);
  }
  return byStep;
}

/**
 * The steps recorded on one request, timed in SOP order (the records that count only), each
 * handed to `sink` as it is timed: a year's statistics tally them without keeping them.
 */
export function forEachStepTiming(
  request: { id: string; diterimaPada: string },
  records: readonly TimedRecord[],
  procedure: Pick<Procedure, 'steps'>,
  clock: StepClock,
  sink: (timing: StepTiming) => void,
): void {
  if (records.length === 0) return;
  const byStep = effectiveByStep(records);
  const diterimaMs = Date.parse(request.diterimaPada);
  let startedMs = diterimaMs;
  for (const step of procedure.steps) {
    const record = byStep.get(step.no);
    if (!record) break;
    const finishedMs = Date.parse(record.selesaiPada);
    const verdict = clock.judge(step.mutuBaku, startedMs, finishedMs, diterimaMs);
    sink({
      requestId: request.id,
      diterimaMs,
      stepNo: step.no,
      personId: record.personId,
      menit: verdict.menit,
      berstandar: verdict.berstandar,
      terlambat: verdict.terlambat,
    });
    startedMs = finishedMs;
  }
}

/** The steps recorded on one request, timed in SOP order (the records that count only). */
export function timeRequestSteps(
  request: { id: string; diterimaPada: string },
  records: readonly TimedRecord[],
  procedure: Pick<Procedure, 'steps'>,
  clock: StepClock,
): StepTiming[] {
  const out: StepTiming[] = [];
  forEachStepTiming(request, records, procedure, clock, (t) => out.push(t));
  return out;
}

export interface TimeSummary {
  jumlah: number;
  /** Working minutes, rounded; null when nothing was timed. */
  median: number | null;
  p90: number | null;
  /** Share (0..1) of the steps with a standard that finished within it; null when none has. */
  dalamStandar: number | null;
}

/** Minutes below this are counted in an array (a working week and more); others in a map. */
const DENSE_MINUTES = 4096;

/** Counts of whole minutes: quantiles of rounded values equal rounded quantiles. */
class TimeAccumulator {
  private readonly dense = new Uint32Array(DENSE_MINUTES);
  private readonly sparse = new Map<number, number>();
  jumlah = 0;
  private withStandard = 0;
  private within = 0;

  add(t: StepTiming): void {
    const minute = Math.round(t.menit);
    if (minute >= 0 && minute < DENSE_MINUTES) this.dense[minute] = (this.dense[minute] ?? 0) + 1;
    else this.sparse.set(minute, (this.sparse.get(minute) ?? 0) + 1);
    this.jumlah++;
    if (t.berstandar) {
      this.withStandard++;
      if (!t.terlambat) this.within++;
    }
  }

  /** Every minute counted, with its count, in increasing order. */
  private counts(): [number, number][] {
    const out: [number, number][] = [];
    const negative = [...this.sparse].filter(([k]) => k < 0);
    const large = [...this.sparse].filter(([k]) => k >= 0);
    out.push(...negative.sort((a, b) => a[0] - b[0]));
    this.dense.forEach((n, k) => {
      if (n > 0) out.push([k, n]);
    });
    out.push(...large.sort((a, b) => a[0] - b[0]));
    return out;
  }

  summary(): TimeSummary {
    const counts = this.jumlah === 0 ? [] : this.counts();
    const at = (q: number): number | null => {
      if (this.jumlah === 0) return null;
      const rank = Math.max(1, Math.ceil(q * this.jumlah));
      let seen = 0;
      for (const [k, n] of counts) {
        seen += n;
        if (seen >= rank) return k;
      }
      return counts.at(-1)?.[0] ?? null;
    };
    return {
      jumlah: this.jumlah,
      median: at(0.5),
      p90: at(0.9),
      dalamStandar: this.withStandard ? this.within / this.withStandard : null,
    };
  }
}

export interface StepTimeRow extends TimeSummary {
  stepNo: number;
  kegiatan: string;
  /** The SOP's time standard as printed ("10 menit", "Hari ke 2"). */
  waktu: string;
}

export interface OfficerTimeRow extends TimeSummary {
  personId: string;
  nama: string;
}

export interface TimeTables {
  langkah: StepTimeRow[];
  petugas: OfficerTimeRow[];
  keseluruhan: TimeSummary;
}

/**
 * Step times tallied as they come: per step of the procedure, per officer who recorded
 * steps, and all steps together.
 */
export class StepTimeTally {
  private readonly all = new TimeAccumulator();
  private readonly byStep = new Map<number, TimeAccumulator>();
  private readonly byPerson = new Map<string, TimeAccumulator>();

  readonly add = (t: StepTiming): void => {
    this.all.add(t);
    let step = this.byStep.get(t.stepNo);
    if (!step) this.byStep.set(t.stepNo, (step = new TimeAccumulator()));
    step.add(t);
    let person = this.byPerson.get(t.personId);
    if (!person) this.byPerson.set(t.personId, (person = new TimeAccumulator()));
    person.add(t);
  };

  /**
   * Per step in SOP order (steps never recorded show 0); per officer, most steps first; and
   * all steps together.
   */
  tables(
    procedure: Pick<Procedure, 'steps'> | null,
    nameOf: (personId: string) => string,
  ): TimeTables {
    const empty = new TimeAccumulator();
    return {
      langkah: (procedure?.steps ?? []).map((s) => ({
        stepNo: s.no,
        kegiatan: s.kegiatan,
        waktu: s.waktu,
        ...(this.byStep.get(s.no) ?? empty).summary(),
      })),
      petugas: [...this.byPerson]
        .map(([personId, acc]) => ({ personId, nama: nameOf(personId), ...acc.summary() }))
        .sort((a, b) => b.jumlah - a.jumlah || a.nama.localeCompare(b.nama, 'id')),
      keseluruhan: this.all.summary(),
    };
  }
}

/** The tables of StepTimeTally over a list of timed steps. */
export function timeTables(
  timings: readonly StepTiming[],
  procedure: Pick<Procedure, 'steps'> | null,
  nameOf: (personId: string) => string,
): TimeTables {
  const tally = new StepTimeTally();
  for (const t of timings) tally.add(t);
  return tally.tables(procedure, nameOf);
}
