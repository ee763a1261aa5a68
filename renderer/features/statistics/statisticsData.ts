import type { OtherSources, PreparedStatistics } from '../../../shared/statistics/statistics';
import { prepareStatistics } from '../../../shared/statistics/statistics';
import type { TimedRecord } from '../../../shared/statistics/stepTimes';
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
  prepared: PreparedStatistics;
  other: OtherSources;
  /** Years that have requests, newest first, with this year always among them. */
  years: number[];
}

/**
 * Everything the statistics count, read once and prepared (every step timed) as of `now`;
 * periods are then computed from it without reading again. Damaged and deleted rows are
 * left out.
 */
export async function readStatisticsData(db: MejaDatabase, now: Date): Promise<StatisticsData> {
  const { officeHours } = await readRequestSettings(db);
  const rows = sortOutRows('requests', await db.requests.toArray()).rows.filter((r) => !r._deleted);
  const steps = sortOutRows('requestSteps', await db.requestSteps.toArray()).rows;
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
  const years = new Set<number>([now.getFullYear()]);
  for (const r of rows) years.add(r.tahun);
  return {
    prepared,
    other: {
      procedure: (await readActiveProcedure(db, 'B'))?.procedure ?? null,
      nameOf: (id) => names.get(id) ?? 'Pegawai tidak dikenal',
      devices: await listDevices(db),
      tasks: await readScheduledTasks(db),
      today: toIsoDate(now),
    },
    years: [...years].sort((a, b) => b - a),
  };
}
