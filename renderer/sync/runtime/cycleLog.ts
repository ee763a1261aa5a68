import type { CycleReport } from '../engine';
import type { SyncLogEntry } from './syncLog';

/** What the previous cycle left, to log changes rather than every quiet cycle. */
export interface CycleMemory {
  unreachable: boolean;
  quarantined: number;
  clockWarned: boolean;
}

export const FIRST_MEMORY: CycleMemory = { unreachable: false, quarantined: 0, clockWarned: false };

/** The log lines a cycle is worth (Indonesian), and what to remember for the next. */
export function logEntriesFor(
  report: CycleReport,
  previous: CycleMemory,
  at: string,
): { entries: SyncLogEntry[]; memory: CycleMemory } {
  const entries: SyncLogEntry[] = [];
  const add = (kind: SyncLogEntry['kind'], message: string) => entries.push({ at, kind, message });
  if (report.folderUnreachable) {
    if (!previous.unreachable)
      add(
        'unreachable',
        'Folder bersama tidak terjangkau. Perubahan disimpan di PC ini dan dikirim nanti.',
      );
  } else {
    if (previous.unreachable) add('back', 'Folder bersama terjangkau lagi.');
    const applied = report.applied.reduce((sum, device) => sum + device.ops, 0);
    if (report.exportedOps > 0 || applied > 0 || report.restoredFiles > 0) {
      const parts = [];
      if (report.exportedOps > 0) parts.push(`${report.exportedOps} perubahan dikirim`);
      if (applied > 0) parts.push(`${applied} perubahan diterima dari ${report.applied.length} PC`);
      if (report.restoredFiles > 0)
        parts.push(`${report.restoredFiles} berkas PC ini ditulis ulang`);
      add('ok', `${parts.join(', ')}.`);
    }
    if (report.exportError) add('error', report.exportError);
  }
  if (report.quarantined.length > previous.quarantined) {
    const added = report.quarantined.length - previous.quarantined;
    add('quarantine', `${added} berkas dikarantina; lihat daftar karantina.`);
  }
  const clockWarned = report.clockDriftMs !== null;
  if (clockWarned && !previous.clockWarned && report.clockDriftMs !== null) {
    add('clock', clockMessage(report.clockDriftMs));
  }
  return {
    entries,
    memory: {
      unreachable: report.folderUnreachable,
      quarantined: report.quarantined.length,
      clockWarned,
    },
  };
}

export function clockMessage(driftMs: number): string {
  const minutes = Math.round(driftMs / 60_000);
  const size = minutes >= 1 ? `${minutes} menit` : `${Math.round(driftMs / 1000)} detik`;
  return `Jam PC lain berselisih ${size} lebih maju dari jam PC ini. Periksa tanggal dan jam di kedua PC.`;
}
