import { formatJam, formatTanggalJam } from '../../../shared/format/date';
import type { SyncStatus } from '../../sync/runtime/syncDriver';

export type SyncTone = 'green' | 'yellow' | 'red' | 'gray' | 'blue';

export interface SyncStatusText {
  label: string;
  tone: SyncTone;
  detail: string | null;
  /** "2 berkas dikarantina" while the quarantine list is not empty. */
  quarantine: string | null;
}

/**
 * The header's words for the sync state (DESIGN.md §5), and their colour. Files refused
 * (quarantined) are counted beside whatever the state is: "Tersinkron" alone would say
 * that everything arrived.
 */
export function syncStatusText(
  status: SyncStatus | null,
  now: Date,
  extra: { startError?: string | null; quarantined?: number; joined?: boolean } = {},
): SyncStatusText {
  const count = extra.quarantined ?? status?.quarantined.length ?? 0;
  const quarantine = count > 0 ? `${count} berkas dikarantina` : null;
  const text =
    !status && extra.joined && !extra.startError
      ? { label: 'Memulai sinkronisasi…', tone: 'blue' as const, detail: null }
      : stateText(status, now, extra.startError ?? null);
  if (quarantine && text.tone === 'green') return { ...text, tone: 'yellow', quarantine };
  return { ...text, quarantine };
}

function stateText(
  status: SyncStatus | null,
  now: Date,
  startError: string | null,
): Omit<SyncStatusText, 'quarantine'> {
  if (startError) return { label: 'Sinkronisasi gagal dimulai', tone: 'red', detail: startError };
  if (!status)
    return { label: 'Bekerja sendiri', tone: 'gray', detail: 'Belum bergabung ke folder bersama' };
  const last = status.lastSyncAt
    ? `Terakhir sinkron ${when(new Date(status.lastSyncAt), now)}`
    : 'Belum pernah sinkron';
  if (status.retired) {
    return { label: 'PC ini dikeluarkan dari ruang kerja', tone: 'red', detail: last };
  }
  if (status.unreachableSince) {
    return {
      label: `Folder bersama tidak terjangkau sejak ${when(new Date(status.unreachableSince), now)}`,
      tone: 'red',
      detail: status.pending > 0 ? `${status.pending} perubahan menunggu · ${last}` : last,
    };
  }
  if (status.firstSync) return { label: 'Sinkronisasi pertama…', tone: 'blue', detail: last };
  if (status.error) return { label: 'Sinkronisasi gagal', tone: 'red', detail: status.error };
  if (status.pending > 0) {
    return { label: `${status.pending} perubahan menunggu`, tone: 'yellow', detail: last };
  }
  return { label: 'Tersinkron', tone: 'green', detail: last };
}

/** "09.15" today, a full date and time otherwise. */
function when(date: Date, now: Date): string {
  return date.toDateString() === now.toDateString() ? formatJam(date) : formatTanggalJam(date);
}
