import type { Procedure } from '../sop/schema';
import type { ScheduleRecord } from './schedule';
import type { TaskRecordKind } from './task';

/**
 * Where an SOP step's work is recorded, read from its kegiatan: in procedure D the network
 * watch, the UAT, the Kasubag's consideration of it and the backups have their own records;
 * everything else goes to Catatan Pemeliharaan.
 */
export function defaultRecordKindFor(
  procedureKey: string,
  step: Pick<Procedure['steps'][number], 'kegiatan' | 'kind'>,
): TaskRecordKind {
  const k = step.kegiatan.toLowerCase();
  // SOP F's website backup goes to the same backup log as D's.
  if (procedureKey === 'F') return k.includes('backup') ? 'cadangan' : 'pemeliharaan';
  if (procedureKey !== 'D') return 'pemeliharaan';
  if (k.includes('user acceptance test') || k.includes('penerimaan pengguna')) {
    return k.includes('pertimbangan') ? 'pertimbanganUat' : 'uat';
  }
  if (k.includes('backup') || k.includes('cadang')) return 'cadangan';
  if (k.includes('jaringan') && k.includes('memantau')) return 'jaringan';
  return 'pemeliharaan';
}

/** Every record that can count for a scheduled task, by kind. */
export interface TaskRecordSources {
  maintenance: readonly { id: string; taskId: string | null; tanggal: string }[];
  networkChecks: readonly { id: string; tanggal: string }[];
  uats: readonly { id: string; tanggal: string; pertimbangan: { tanggal: string } | null }[];
  backups: readonly { id: string; tanggal: string }[];
}

/** The records a task is matched against on the schedule. */
export function scheduleRecordsOf(
  task: { id: string; dicatatDi?: TaskRecordKind },
  sources: TaskRecordSources,
): ScheduleRecord[] {
  switch (task.dicatatDi ?? 'pemeliharaan') {
    case 'pemeliharaan':
      return sources.maintenance.filter((r) => r.taskId === task.id);
    case 'jaringan':
      return [...sources.networkChecks];
    case 'uat':
      return [...sources.uats];
    case 'pertimbanganUat':
      return sources.uats.flatMap((u) =>
        u.pertimbangan ? [{ id: u.id, tanggal: u.pertimbangan.tanggal }] : [],
      );
    case 'cadangan':
      return [...sources.backups];
  }
}
