import type { MutuBaku } from '../sop/waktu';
import {
  addWorkingMinutes,
  endOfWorkingDay,
  workingMinutesBetween,
  type OfficeHours,
} from './workingTime';

/**
 * A step's time against its SOP standard ("mutu baku"), counted in working minutes.
 *
 * - duration and range ("10 menit", "15 - 30 menit"): the step is late when its working time
 *   exceeds the standard (a range's upper bound);
 * - "Hari ke" (dayNumber): late when finished after the closing time of that working day,
 *   counted from the reception of the request;
 * - monthly ("30 setiap bulan") and untimed steps are never late.
 */

/** The standard in working minutes, or null when the step is not timed as a duration. */
export function stepStandardMinutes(mutuBaku: MutuBaku): number | null {
  switch (mutuBaku.kind) {
    case 'duration':
      return mutuBaku.minutes;
    case 'range':
      return mutuBaku.maxMinutes;
    case 'dayNumber':
    case 'monthlyOnDay':
    case 'none':
      return null;
  }
}

export interface StepJudgement {
  /** Working minutes from the step's start to its finish (or to now, for an open step). */
  actualMinutes: number;
  /** The standard in working minutes (duration, range), else null. */
  standardMinutes: number | null;
  /**
   * When the step is due: the start plus the standard in working minutes (duration, range),
   * or the closing time of working day n after reception ("Hari ke"); else null.
   */
  deadline: Date | null;
  late: boolean;
}

interface StepTiming {
  mutuBaku: MutuBaku;
  /** When work on the step could begin: the previous step's finish, or the reception. */
  startedAt: Date;
  /** When the request was received: day 1 of "Hari ke" steps. */
  receivedAt: Date;
  hours: OfficeHours;
}

export interface JudgeStepInput extends StepTiming {
  finishedAt: Date;
}

export interface JudgeOpenStepInput extends StepTiming {
  /** The moment of judging, passed in rather than read from a clock. */
  now: Date;
}

function judgeUntil(t: StepTiming, until: Date): StepJudgement {
  const actualMinutes = workingMinutesBetween(t.startedAt, until, t.hours);
  const standardMinutes = stepStandardMinutes(t.mutuBaku);
  if (standardMinutes !== null) {
    return {
      actualMinutes,
      standardMinutes,
      deadline: addWorkingMinutes(t.startedAt, standardMinutes, t.hours),
      late: actualMinutes > standardMinutes,
    };
  }
  if (t.mutuBaku.kind === 'dayNumber') {
    const deadline = endOfWorkingDay(t.receivedAt, t.mutuBaku.day, t.hours);
    return {
      actualMinutes,
      standardMinutes: null,
      deadline,
      late: until.getTime() > deadline.getTime(),
    };
  }
  return { actualMinutes, standardMinutes: null, deadline: null, late: false };
}

/**
 * When a step is due: the start plus its standard in working minutes, or the close of
 * working day n after reception ("Hari ke"); null for steps without a standard.
 */
export function stepDeadline(t: StepTiming): Date | null {
  const standardMinutes = stepStandardMinutes(t.mutuBaku);
  if (standardMinutes !== null) return addWorkingMinutes(t.startedAt, standardMinutes, t.hours);
  if (t.mutuBaku.kind === 'dayNumber')
    return endOfWorkingDay(t.receivedAt, t.mutuBaku.day, t.hours);
  return null;
}

/**
 * Whether a step not finished yet is already late at `now`. Same verdict as judgeOpenStep,
 * but from the deadline alone: it never counts the minutes of a long-open request day by day,
 * which keeps the register quick with tens of thousands of requests.
 */
export function isOpenStepLate(input: JudgeOpenStepInput): boolean {
  const deadline = stepDeadline(input);
  return deadline !== null && input.now.getTime() > deadline.getTime();
}

/** A finished step against its standard. */
export function judgeStep(input: JudgeStepInput): StepJudgement {
  return judgeUntil(input, input.finishedAt);
}

/** A step not finished yet, judged at `now`: late once its standard is already exceeded. */
export function judgeOpenStep(input: JudgeOpenStepInput): StepJudgement {
  return judgeUntil(input, input.now);
}
