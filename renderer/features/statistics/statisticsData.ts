import type { OtherSources, PreparedStatistics } from '../../../shared/statistics/statistics';
import { prepareStatistics } from '../../../shared/statistics/statistics';
import type { TimedRecord } from '../../../shared/statistics/stepTimes';
import { periodRange } from '../../../shared/statistics/period';
import { toIsoDate } from '../../../shared/format/date';
import type { Procedure } from '../../../shared/sop/schema';
import type { MejaDatabase } from '../../db/database';
import { sortOutRows } from '../../db/rowReading';
import { listDevices } from '../devices/public';
import { readScheduledTasks } from '../maintenance/public';
import { listPeople } from '../people/public';
import { readRequestSettings } from '../requests/public';
import { getSopAtRevision, readActiveProcedure } from '../sop/public';

export interface StatisticsData {
  /** The year read; its periods are the only ones `prepared` holds. */
  tahun: number;
  prepared: PreparedStatistics;
  other: OtherSources;
  /** Years that have requests, newest first, with this year always among them. */
  years: number[];
}

/**
 * Everything the statistics of the year `tahun` count, read once and prepared (every step
 * timed) as of `now`; that year's periods are then computed from it without reading again.
 * Only the year's requests are read (the diterimaPada index) and only their steps (the
 * requestId index). Damaged and deleted rows are left out.
 */
export async function readStatisticsData(
  db: MejaDatabase,
  now: Date,
  tahun: number,
): Promise<StatisticsData> {
  const { officeHours } = await readRequestSettings(db);
  const year = periodRange({ jenis: 'tahun', tahun, ke: 1 });
  const rows = sortOutRows(
    'requests',
    await db.requests
      .where('diterimaPada')
      .between(new Date(year.fromMs).toISOString(), new Date(year.toMs).toISOString(), true, false)
      .toArray(),
  ).rows.filter((r) => !r._deleted);
  const ids = rows.map((r) => r.id);
  const steps = sortOutRows(
    'requestSteps',
    ids.length ? await db.requestSteps.where('requestId').anyOf(ids).toArray() : [],
  ).rows;
  const byRequest = new Map<string, TimedRecord[]>();
  for (const s of steps) {
    if (s._deleted) continue;
    const list = byRequest.get(s.requestId);
    if (list) list.push(s);
    else byRequest.set(s.requestId, [s]);
  }
  const procedures = new Map<string, Procedure | undefined>();
  for (const r of rows) {
    const key = `${r.sopId}@${r.sopRevision}`;
    if (procedures.has(key)) continue;
    const doc = await getSopAtRevision(db, { sopId: r.sopId, revision: r.sopRevision });
    procedures.set(
      key,
      doc?.procedures.find((p) => p.key === 'B'),
    );
  }
  const prepared = prepareStatistics(
    rows,
    (r) => procedures.get(`${r.sopId}@${r.sopRevision}`),
    (id) => byRequest.get(id) ?? [],
    officeHours,
    now,
  );
  const names = new Map((await listPeople(db)).map((p) => [p.id, p.nama]));
  const years = await requestYears(db, now.getFullYear());
  return {
    tahun,
    prepared,
    other: {
      procedure: (await readActiveProcedure(db, 'B'))?.procedure ?? null,
      nameOf: (id) => names.get(id) ?? 'Pegawai tidak dikenal',
      devices: await listDevices(db),
      tasks: await readScheduledTasks(db),
      today: toIsoDate(now),
    },
    years,
  };
}

/** Years from the first to the last request received (two index reads), with `thisYear`. */
async function requestYears(db: MejaDatabase, thisYear: number): Promise<number[]> {
  const byDate = db.requests.orderBy('diterimaPada');
  const yearOf = (keys: unknown[]) =>
    typeof keys[0] === 'string' ? new Date(keys[0]).getFullYear() : thisYear;
  const first = Math.min(thisYear, yearOf(await byDate.clone().limit(1).keys()));
  const last = Math.max(thisYear, yearOf(await byDate.clone().reverse().limit(1).keys()));
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return years;
}
