import { isoDaysBetween } from '../format/date';
import type { BackupItem } from './schema';

export interface BackupItemStatus {
  item: BackupItem;
  /** The date of the latest backup of the item, null when there is none. */
  terakhir: string | null;
  /** Days since that backup. */
  umurHari: number | null;
  /** True when the latest backup is older than the item's schedule, or missing. */
  terlambat: boolean;
}

/** Where each backup item stands on `today`: the home screen warns on the late ones. */
export function backupStatus(
  items: readonly BackupItem[],
  backups: readonly { itemId: string; tanggal: string }[],
  today: string,
): BackupItemStatus[] {
  const latest = new Map<string, string>();
  for (const b of backups) {
    const prev = latest.get(b.itemId);
    if (!prev || b.tanggal > prev) latest.set(b.itemId, b.tanggal);
  }
  return items.map((item) => {
    const terakhir = latest.get(item.id) ?? null;
    const umurHari = terakhir === null ? null : isoDaysBetween(terakhir, today);
    return { item, terakhir, umurHari, terlambat: umurHari === null || umurHari > item.setiapHari };
  });
}
