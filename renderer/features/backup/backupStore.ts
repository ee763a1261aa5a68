import { z } from 'zod';
import {
  backupFileName,
  compareCounts,
  type BackupManifest,
  type BackupPayload,
  type CountComparison,
} from '../../../shared/backup/backupFormat';
import { FREQUENCY_DAYS, backupRuleSchema, type BackupRule } from '../../../shared/backup/schedule';
import { encodeBase64 } from '../../../shared/encoding/base64';
import { toIsoDate } from '../../../shared/format/date';
import { call } from '../../api/client';
import type { MejaDatabase } from '../../db/database';
import type { WriteContext } from '../../db/repository';
import type { AppServices } from '../../kit/services';
import { readWorkspace } from '../../sync/runtime/workspace';
import { attachmentsForBackup, keepRestoredAttachments } from '../attachments/public';
import { readBackupItems, recordBackup, saveBackupItems } from '../security/public';
import { openBackup, sealBackup, type BackupKey } from './backupCrypto';
import {
  CURRENT_SCHEMA,
  currentCounts,
  hasPreviousData,
  keepPreviousData,
  optionsOf,
  readBackupPayload,
  replaceAllTables,
  restorePreviousData,
  dropPreviousData as dropPrevious,
  stageBackup,
  type Progress,
} from './backupData';
import { restampForThisPc } from './restamp';

/** The SOP D backup item every backup of the app is logged under. */
export const APP_BACKUP_ITEM = { id: 'meja-ti', nama: 'Aplikasi Meja TI' } as const;

const SCHEDULE_KEY = 'backup:schedule';
const LAST_KEY = 'backup:last';

/** This PC's schedule: the rule and the key made from the passphrase (never the passphrase). */
export interface BackupSchedule {
  rule: BackupRule;
  key: BackupKey;
}

const lastSchema = z.object({ at: z.string(), name: z.string(), path: z.string() });
export type LastBackup = z.infer<typeof lastSchema>;

function isBackupKey(value: unknown): value is BackupKey {
  if (typeof value !== 'object' || value === null) return false;
  const key = value as Partial<BackupKey>;
  return (
    typeof CryptoKey !== 'undefined' &&
    key.key instanceof CryptoKey &&
    typeof key.salt === 'string' &&
    typeof key.verifier === 'string' &&
    typeof key.iterations === 'number'
  );
}

export async function readSchedule(db: MejaDatabase): Promise<BackupSchedule | null> {
  const row = await db.local.get(SCHEDULE_KEY);
  const value = row?.value as { rule?: unknown; key?: unknown } | undefined;
  const rule = backupRuleSchema.safeParse(value?.rule);
  if (!rule.success || !isBackupKey(value?.key)) return null;
  return { rule: rule.data, key: value.key };
}

/** Saves the schedule, and makes SOP D's item "Aplikasi Meja TI" follow its rule. */
export async function saveSchedule(services: AppServices, schedule: BackupSchedule) {
  await services.db.local.put({ key: SCHEDULE_KEY, value: schedule });
  await ensureLogItem(services, FREQUENCY_DAYS[schedule.rule.frekuensi]);
}

export async function stopSchedule(db: MejaDatabase): Promise<void> {
  await db.local.delete(SCHEDULE_KEY);
}

export async function readLastBackup(db: MejaDatabase): Promise<LastBackup | null> {
  const parsed = lastSchema.safeParse((await db.local.get(LAST_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

/** Adds "Aplikasi Meja TI" to the office's backup items, or sets its days; keeps the others. */
async function ensureLogItem(services: AppServices, setiapHari?: number): Promise<void> {
  const items = await readBackupItems(services.db);
  const found = items.find((i) => i.id === APP_BACKUP_ITEM.id);
  if (found && (setiapHari === undefined || found.setiapHari === setiapHari)) return;
  const next = found
    ? items.map((i) => (i.id === APP_BACKUP_ITEM.id ? { ...i, setiapHari: setiapHari ?? 7 } : i))
    : [...items, { ...APP_BACKUP_ITEM, setiapHari: setiapHari ?? 7 }];
  await saveBackupItems(services.write, next);
}

export interface BackupDone {
  path: string;
  name: string;
  bytes: number;
  manifest: BackupManifest;
  removed: string[];
  /** Attachments over the backup's budget, left out (the shared folder still has them). */
  lampiranTidakIkut: number;
}

/**
 * Makes one backup: every table read in one transaction, sealed, opened again in memory
 * (checksum and counts), written by main to the chosen folder and read back there, then
 * logged in SOP D as "Aplikasi Meja TI". A scheduled one also prunes to the newest `keep`.
 */
export async function makeBackup(
  services: AppServices,
  options: { key: BackupKey; terjadwal: boolean; keep?: number; progress?: Progress },
): Promise<BackupDone> {
  const { db, api, write } = services;
  const progress = options.progress ?? (() => {});
  const now = write.now();
  const { payload: tables, schemaVersion } = await readBackupPayload(db, progress);
  const attachments = await attachmentsForBackup(db);
  const payload = { ...tables, lampiran: attachments.lampiran };
  progress(1, 4, 'Memadatkan dan mengenkripsi');
  const info = await call(api, 'getAppInfo', {});
  const actor = write.actor();
  const person = actor ? await db.people.get(actor) : undefined;
  const sealed = await sealBackup(
    payload,
    {
      format: payload.format,
      appVersion: info.version,
      schemaVersion,
      createdAt: now.toISOString(),
      createdBy: { device: write.device, personId: actor, nama: person?.nama ?? null },
      counts: Object.fromEntries(Object.entries(payload.tables).map(([t, r]) => [t, r.length])),
      terjadwal: options.terjadwal,
    },
    options.key,
  );
  progress(2, 4, 'Memeriksa cadangan');
  await openBackup(sealed.bytes, { key: options.key }, CURRENT_SCHEMA);
  progress(3, 4, 'Menulis dan membaca ulang berkas');
  const name = backupFileName(now);
  const written = await call(api, 'backupWrite', {
    fileName: name,
    base64: encodeBase64(sealed.bytes),
  });
  const removed = options.keep
    ? (await call(api, 'backupPrune', { keep: options.keep })).removed
    : [];
  await db.local.put({ key: LAST_KEY, value: { at: now.toISOString(), name, path: written.path } });
  await ensureLogItem(services);
  await recordBackup(
    write,
    {
      tanggal: toIsoDate(now),
      itemId: APP_BACKUP_ITEM.id,
      media: 'Folder cadangan',
      // Two decimals as the log shows them; a small file is not logged as "0 MB".
      ukuranMb: Math.max(0.01, Math.round((written.bytes / (1024 * 1024)) * 100) / 100),
      lokasi: written.path.length > 200 ? `…${written.path.slice(-199)}` : written.path,
      petugasId: actor ?? 'meja-ti',
      ujiPemulihan: 'tidak',
      catatan: `${options.terjadwal ? 'Cadangan terjadwal' : 'Cadangan manual'} Meja TI; diperiksa dengan membaca ulang berkas (SHA-256 ${written.sha256.slice(0, 12)}…).`,
    },
    await readBackupItems(db),
  );
  progress(4, 4, 'Selesai');
  return {
    path: written.path,
    name,
    bytes: written.bytes,
    manifest: sealed.manifest,
    removed,
    lampiranTidakIkut: attachments.tidakIkut,
  };
}

/** Why restoring is refused on this PC, or null. */
export async function restoreRefusal(db: MejaDatabase): Promise<string | null> {
  if (await readWorkspace(db)) {
    return (
      'PC ini tergabung dalam ruang kerja bersama. Pemulihan dari cadangan tidak dilakukan di ' +
      'PC ruang kerja, karena data lama akan menimpa perubahan dan menghidupkan kembali data ' +
      'yang sudah dihapus di PC lain. Keluar dari ruang kerja terlebih dahulu (Pengaturan ' +
      'Sinkronisasi), atau pulihkan di PC yang berdiri sendiri lalu buat ruang kerja baru darinya.'
    );
  }
  return null;
}

export interface OpenedBackup {
  manifest: BackupManifest;
  payload: BackupPayload;
  comparison: CountComparison[];
}

/** Opens a backup and compares its counts with the data on this PC now. */
export async function inspectBackup(
  db: MejaDatabase,
  bytes: Uint8Array,
  passphrase: string,
): Promise<OpenedBackup> {
  const { manifest, payload } = await openBackup(bytes, { passphrase }, CURRENT_SCHEMA);
  return {
    manifest,
    payload,
    comparison: compareCounts(await currentCounts(db), manifest.counts),
  };
}

/**
 * Restores an opened backup: staged in a fresh database at its own schema version,
 * upgraded and proven (counts), the data now on this PC kept aside for the way back, then
 * every table replaced in one transaction. Nothing changes when a step before the last fails.
 */
export async function restoreBackup(
  ctx: WriteContext,
  opened: OpenedBackup,
  progress: Progress = () => {},
): Promise<void> {
  const { db } = ctx;
  const refusal = await restoreRefusal(db);
  if (refusal) throw new Error(refusal);
  const options = optionsOf(db);
  const staged = await stageBackup(opened.payload, opened.manifest, options, progress);
  const { rows, extras } = restampForThisPc(ctx, staged);
  progress(1, 3, 'Menyimpan data sebelumnya');
  await keepPreviousData(db, options);
  progress(2, 3, 'Mengganti data');
  try {
    await replaceAllTables(db, rows, extras);
  } catch (error) {
    // The transaction rolled back: the data in place is the data kept aside, drop the copy.
    await dropPreviousData(db);
    throw error;
  }
  // The attachments the restored rows refer to; this PC's own are kept too (they are its).
  await keepRestoredAttachments(db, opened.payload.lampiran ?? [], ctx.now);
  progress(3, 3, 'Selesai');
}

const dropPreviousData = (db: MejaDatabase) => dropPrevious(optionsOf(db));

export const previousDataKept = (db: MejaDatabase) => hasPreviousData(optionsOf(db));

export function undoRestore(ctx: WriteContext): Promise<void> {
  return restorePreviousData(ctx.db, optionsOf(ctx.db), (rows) => restampForThisPc(ctx, rows));
}

/** What a backup message adds when attachments were left out of it. */
export function leftOutNote(lampiranTidakIkut: number): string {
  return lampiranTidakIkut > 0
    ? ` ${lampiranTidakIkut} lampiran terlama tidak ikut karena batas 150 MB per cadangan; lampiran tersebut tetap ada di PC ini dan di folder bersama.`
    : '';
}
