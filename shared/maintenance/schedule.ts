import { addDays, endOfISOWeek, lastDayOfMonth, startOfISOWeek } from 'date-fns';
import { fromIsoDate, toIsoDate } from '../format/date';
import type { Recurrence } from './recurrence';
import { occurrences } from './recurrence';

/** A maintenance record: the task was done on `tanggal` ('YYYY-MM-DD'). */
export interface ScheduleRecord {
  id: string;
  tanggal: string;
}

export type OccurrenceStatus =
  'tepatWaktu' | 'terlambat' | 'terlewat' | 'jatuhTempo' | 'akanDatang';

export interface Occurrence {
  due: string;
  status: OccurrenceStatus;
  recordId: string | null;
  doneOn: string | null;
}

function shiftIso(iso: string, days: number): string {
  const date = fromIsoDate(iso);
  if (!date) throw new RangeError(`Expected an ISO date 'YYYY-MM-DD', got "${iso}".`);
  return toIsoDate(addDays(date, days));
}

/** Days that surely hold one full gap between two occurrences of the rule. */
function longestGapDays(rule: Recurrence): number {
  switch (rule.kind) {
    case 'harian':
      return rule.setiap;
    case 'mingguan':
      return 7 * rule.setiap + 7;
    case 'bulanan':
      return 31 * rule.setiap + 31;
    case 'tahunan':
      return 366 + 31;
  }
}

function lastOnOrBefore(rule: Recurrence, mulai: string, date: string): string | null {
  return occurrences(rule, mulai, shiftIso(date, -longestGapDays(rule)), date).at(-1) ?? null;
}

function firstAfter(rule: Recurrence, mulai: string, date: string): string {
  const from = shiftIso(date, 1);
  const found = occurrences(rule, mulai, from, shiftIso(from, longestGapDays(rule)))[0];
  if (found === undefined) throw new Error(`No occurrence found after ${date}.`);
  return found;
}

function statusOf(due: string, doneOn: string | null, today: string): OccurrenceStatus {
  if (doneOn !== null) return doneOn <= due ? 'tepatWaktu' : 'terlambat';
  if (due < today) return 'terlewat';
  return due === today ? 'jatuhTempo' : 'akanDatang';
}

/**
 * The occurrences due in [from, to], each matched to a record: occurrence i takes the earliest
 * record not taken before, dated after occurrence i-1 (the first: on or after mulai) and before
 * occurrence i+1. Matching starts at the occurrence on or before the earliest of `from` and
 * the first record, so records taken before `from` are never taken again.
 */
export function matchOccurrences(
  rule: Recurrence,
  mulai: string,
  records: readonly ScheduleRecord[],
  from: string,
  to: string,
  today: string,
): Occurrence[] {
  if (from > to) return [];
  const usable = records
    .filter((r) => fromIsoDate(r.tanggal) !== null && r.tanggal >= mulai)
    .sort((a, b) => a.tanggal.localeCompare(b.tanggal) || a.id.localeCompare(b.id));
  const firstRecord = usable[0]?.tanggal;
  const earliest = firstRecord !== undefined && firstRecord < from ? firstRecord : from;
  // Occurrences before this one have no record in reach, so they cannot take any.
  const start = lastOnOrBefore(rule, mulai, earliest) ?? mulai;
  const dues = occurrences(rule, mulai, start, to);
  const last = dues.at(-1);
  if (last === undefined) return [];
  dues.push(firstAfter(rule, mulai, last));

  const result: Occurrence[] = [];
  let next = 0; // usable[0..next) are taken or too early for every later occurrence
  for (let i = 0; i + 1 < dues.length; i += 1) {
    const due = dues[i] ?? '';
    const after = i === 0 ? null : (dues[i - 1] ?? null);
    const before = dues[i + 1] ?? '';
    while (after !== null) {
      const tanggal = usable[next]?.tanggal;
      if (tanggal === undefined || tanggal > after) break;
      next += 1;
    }
    const candidate = usable[next];
    const record = candidate !== undefined && candidate.tanggal < before ? candidate : null;
    if (record) next += 1;
    if (due >= from) {
      const doneOn = record?.tanggal ?? null;
      result.push({
        due,
        status: statusOf(due, doneOn, today),
        recordId: record?.id ?? null,
        doneOn,
      });
    }
  }
  return result;
}

export interface ScheduleTask {
  id: string;
  rule: Recurrence;
  mulai: string;
  records: readonly ScheduleRecord[];
}

export interface DueItem {
  taskId: string;
  due: string;
}

export interface DueList {
  terlewat: DueItem[];
  jatuhTempo: DueItem[];
  akanDatang: DueItem[];
}

/**
 * Undone occurrences: terlewat in [today - backDays, today), jatuhTempo today, akanDatang in
 * (today, today + aheadDays]; each list sorted by due date, then task id.
 */
export function dueList(
  tasks: readonly ScheduleTask[],
  today: string,
  aheadDays = 7,
  backDays = 90,
): DueList {
  const list: DueList = { terlewat: [], jatuhTempo: [], akanDatang: [] };
  const from = shiftIso(today, -backDays);
  const to = shiftIso(today, aheadDays);
  for (const task of tasks) {
    for (const o of matchOccurrences(task.rule, task.mulai, task.records, from, to, today)) {
      if (o.status === 'terlewat' || o.status === 'jatuhTempo' || o.status === 'akanDatang') {
        list[o.status].push({ taskId: task.id, due: o.due });
      }
    }
  }
  const byDue = (a: DueItem, b: DueItem) =>
    a.due.localeCompare(b.due) || a.taskId.localeCompare(b.taskId);
  list.terlewat.sort(byDue);
  list.jatuhTempo.sort(byDue);
  list.akanDatang.sort(byDue);
  return list;
}

/**
 * The weeks (Senin to Minggu) of a month calendar as ISO dates, with the days of the
 * neighbouring months that fill the first and last week. `month` is 1..12.
 */
export function monthGrid(year: number, month: number): string[][] {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Month must be an integer 1..12, got ${month}.`);
  }
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`Year must be an integer 1..9999, got ${year}.`);
  }
  const first = fromIsoDate(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`,
  );
  if (!first) throw new RangeError(`Invalid month ${year}-${month}.`);
  const end = toIsoDate(endOfISOWeek(lastDayOfMonth(first)));
  const weeks: string[][] = [];
  let day = startOfISOWeek(first);
  while (toIsoDate(day) <= end) {
    const week: string[] = [];
    for (let i = 0; i < 7; i += 1) week.push(toIsoDate(addDays(day, i)));
    weeks.push(week);
    day = addDays(day, 7);
  }
  return weeks;
}
