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

/** The steps recorded on one request, timed in SOP order (the records that count only). */
export function timeRequestSteps(
  request: { id: string; diterimaPada: string },
  records: readonly TimedRecord[],
  procedure: Pick<Procedure, 'steps'>,
  clock: StepClock,
): StepTiming[] {
  const byStep = new Map(readStepRecords(records).effective.map((r) => [r.stepNo, r]));
  const diterimaMs = Date.parse(request.diterimaPada);
  const out: StepTiming[] = [];
  let startedMs = diterimaMs;
  for (const step of procedure.steps) {
    const record = byStep.get(step.no);
    if (!record) break;
    const finishedMs = Date.parse(record.selesaiPada);
    out.push({
      requestId: request.id,
      diterimaMs,
      stepNo: step.no,
      personId: record.personId,
      ...clock.judge(step.mutuBaku, startedMs, finishedMs, diterimaMs),
    });
    startedMs = finishedMs;
  }
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

/** Counts of whole minutes: quantiles of rounded values equal rounded quantiles. */
class TimeAccumulator {
  private readonly histogram = new Map<number, number>();
  jumlah = 0;
  private withStandard = 0;
  private within = 0;

  add(t: StepTiming): void {
    const minute = Math.round(t.menit);
    this.histogram.set(minute, (this.histogram.get(minute) ?? 0) + 1);
    this.jumlah++;
    if (t.berstandar) {
      this.withStandard++;
      if (!t.terlambat) this.within++;
    }
  }

  summary(): TimeSummary {
    const keys = [...this.histogram.keys()].sort((a, b) => a - b);
    const at = (q: number): number | null => {
      if (this.jumlah === 0) return null;
      const rank = Math.max(1, Math.ceil(q * this.jumlah));
      let seen = 0;
      for (const k of keys) {
        seen += this.histogram.get(k) ?? 0;
        if (seen >= rank) return k;
      }
      return keys.at(-1) ?? null;
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
 * In one pass: per step of the procedure, in SOP order (steps never recorded in the period
 * show 0); per officer who recorded steps, most steps first; and all steps together.
 */
export function timeTables(
  timings: readonly StepTiming[],
  procedure: Pick<Procedure, 'steps'> | null,
  nameOf: (personId: string) => string,
): TimeTables {
  const all = new TimeAccumulator();
  const byStep = new Map<number, TimeAccumulator>();
  const byPerson = new Map<string, TimeAccumulator>();
  for (const t of timings) {
    all.add(t);
    let step = byStep.get(t.stepNo);
    if (!step) byStep.set(t.stepNo, (step = new TimeAccumulator()));
    step.add(t);
    let person = byPerson.get(t.personId);
    if (!person) byPerson.set(t.personId, (person = new TimeAccumulator()));
    person.add(t);
  }
  const empty = new TimeAccumulator();
  return {
    langkah: (procedure?.steps ?? []).map((s) => ({
      stepNo: s.no,
      kegiatan: s.kegiatan,
      waktu: s.waktu,
      ...(byStep.get(s.no) ?? empty).summary(),
    })),
    petugas: [...byPerson]
      .map(([personId, acc]) => ({ personId, nama: nameOf(personId), ...acc.summary() }))
      .sort((a, b) => b.jumlah - a.jumlah || a.nama.localeCompare(b.nama, 'id')),
    keseluruhan: all.summary(),
  };
}
