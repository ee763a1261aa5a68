import { z } from 'zod';
import { toIsoDate } from '../../../shared/format/date';
import {
  approvalSchema,
  backupItemSchema,
  backupSchema,
  considerationSchema,
  DEFAULT_BACKUP_ITEMS,
  networkCheckSchema,
  uatSchema,
  type BackupItem,
} from '../../../shared/security/schema';
import type { MejaDatabase } from '../../db/database';
import { createRow, putRow, writeTogether, type WriteContext } from '../../db/repository';
import { NO_ROLES_EVENTS, type RolesEventReporter } from '../delegations/public';
import { uatDecider } from './uatAuthority';
import type { AtasNama } from '../../../shared/office/stepActors';
import type { BackupRow, NetworkCheckRow, SyncedRow, UatRow } from '../../db/rows';

/** A refusal of the Pengamanan records, with the message the user reads. */
export class SecurityError extends Error {}

export type NetworkCheckInput = z.input<ReturnType<typeof networkCheckSchema>>;
export type UatInput = z.input<ReturnType<typeof uatSchema>>;
export type ConsiderationInput = z.input<ReturnType<typeof considerationSchema>>;
export type ApprovalInput = z.input<ReturnType<typeof approvalSchema>>;
export type BackupInput = z.input<ReturnType<typeof backupSchema>>;
/** A backup item as edited: id null for a new one. */
export type BackupItemDraft = { id: string | null; nama: string; setiapHari: number };
export type DateRange = { from: string; to: string };

export const BACKUP_ITEMS_ROW = 'backupItems';

const today = (ctx: WriteContext) => toIsoDate(ctx.now());

/** A decision is checked against staff, delegations and the mapping in its own transaction. */
const DECISION_TABLES = ['uatRecords', 'people', 'delegations', 'settings'] as const;
const refuse = (message: string) => new SecurityError(message);

/** The decision as the signed-in person gave it, with on whose behalf when a Plh./Plt. */
function withDecider<T extends { personId: string }>(
  decision: T,
  who: { personId: string; atasNama: AtasNama | null },
): T {
  return {
    ...decision,
    personId: who.personId,
    ...(who.atasNama ? { atasNama: who.atasNama } : {}),
  };
}

/** Records one network watch (SOP D step 1); returns its id. */
export async function recordNetworkCheck(
  ctx: WriteContext,
  input: NetworkCheckInput,
): Promise<string> {
  const fields = networkCheckSchema(today(ctx)).parse(input);
  return createRow(ctx, 'networkChecks', fields);
}

/** Records a UAT (SOP D step 2), waiting for the Kasubag's consideration; returns its id. */
export async function recordUat(ctx: WriteContext, input: UatInput): Promise<string> {
  const fields = uatSchema(today(ctx)).parse(input);
  return createRow(ctx, 'uatRecords', { ...fields, pertimbangan: null, persetujuan: null });
}

async function liveUat(db: MejaDatabase, id: string): Promise<UatRow> {
  const row = await db.uatRecords.get(id);
  if (!row || row._deleted) throw new SecurityError('Catatan UAT tidak ditemukan.');
  return row;
}

/** The Kasubag's consideration (SOP D step 3); given once. */
export async function considerUat(
  ctx: WriteContext,
  uatId: string,
  input: ConsiderationInput,
  report: RolesEventReporter = NO_ROLES_EVENTS,
): Promise<void> {
  // Given by the signed-in person, whoever the screen offered.
  const parsed = considerationSchema(today(ctx)).parse({
    ...input,
    personId: ctx.actor() ?? input.personId,
  });
  await writeTogether(ctx, DECISION_TABLES, async () => {
    const uat = await liveUat(ctx.db, uatId);
    const who = await uatDecider(ctx, 'pertimbangan', uatId, parsed.tanggal, report, refuse);
    const pertimbangan = withDecider(parsed, who);
    if (uat.pertimbangan) {
      throw new SecurityError(`UAT ${uat.aplikasi} sudah diberi pertimbangan Kasubag.`);
    }
    if (pertimbangan.tanggal < uat.tanggal) {
      throw new SecurityError('Tanggal pertimbangan tidak boleh sebelum tanggal uji.');
    }
    await putRow(ctx, 'uatRecords', uatId, { pertimbangan });
  });
}

/** Leadership's approval (SOP D step 6): only after the consideration, and only once. */
export async function approveUat(
  ctx: WriteContext,
  uatId: string,
  input: ApprovalInput,
  report: RolesEventReporter = NO_ROLES_EVENTS,
): Promise<void> {
  // Given by the signed-in person, whoever the screen offered.
  const parsed = approvalSchema(today(ctx)).parse({
    ...input,
    personId: ctx.actor() ?? input.personId,
  });
  await writeTogether(ctx, DECISION_TABLES, async () => {
    const uat = await liveUat(ctx.db, uatId);
    const who = await uatDecider(ctx, 'persetujuan', uatId, parsed.tanggal, report, refuse);
    const persetujuan = withDecider(parsed, who);
    if (!uat.pertimbangan) {
      throw new SecurityError(
        `UAT ${uat.aplikasi} belum diberi pertimbangan Kasubag; persetujuan diberikan sesudahnya.`,
      );
    }
    if (uat.persetujuan) {
      throw new SecurityError(`UAT ${uat.aplikasi} sudah diputuskan pimpinan.`);
    }
    if (persetujuan.tanggal < uat.pertimbangan.tanggal) {
      throw new SecurityError('Tanggal persetujuan tidak boleh sebelum tanggal pertimbangan.');
    }
    await putRow(ctx, 'uatRecords', uatId, { persetujuan });
  });
}

/** Records one backup (SOP D step 7) of an item the office backs up; returns its id. */
export async function recordBackup(
  ctx: WriteContext,
  input: BackupInput,
  items: readonly BackupItem[],
): Promise<string> {
  const fields = backupSchema(today(ctx)).parse(input);
  if (!items.some((i) => i.id === fields.itemId)) {
    throw new SecurityError('Data yang dicadangkan tidak dikenal; pilih dari daftar.');
  }
  return createRow(ctx, 'backups', fields);
}

export type UatStatus = 'menungguPertimbangan' | 'menungguPersetujuan' | 'disetujui' | 'ditolak';

/** Where a UAT stands in SOP D. */
export function uatStatus(uat: Pick<UatRow, 'pertimbangan' | 'persetujuan'>): UatStatus {
  if (!uat.pertimbangan) return 'menungguPertimbangan';
  if (!uat.persetujuan) return 'menungguPersetujuan';
  return uat.persetujuan.keputusan;
}

/** Live rows, newest date first; on the same date the latest written first. */
function newestFirst<T extends SyncedRow & { tanggal: string }>(rows: T[]): T[] {
  return rows
    .filter((r) => !r._deleted)
    .sort(
      (a, b) =>
        b.tanggal.localeCompare(a.tanggal) ||
        (b._clock.tanggal ?? '').localeCompare(a._clock.tanggal ?? ''),
    );
}

export async function listNetworkChecks(
  db: MejaDatabase,
  range?: DateRange,
): Promise<NetworkCheckRow[]> {
  const rows = range
    ? await db.networkChecks.where('tanggal').between(range.from, range.to, true, true).toArray()
    : await db.networkChecks.toArray();
  return newestFirst(rows);
}

export async function listUats(db: MejaDatabase): Promise<UatRow[]> {
  return newestFirst(await db.uatRecords.toArray());
}

export async function listBackups(db: MejaDatabase, range?: DateRange): Promise<BackupRow[]> {
  const rows = range
    ? await db.backups.where('tanggal').between(range.from, range.to, true, true).toArray()
    : await db.backups.toArray();
  return newestFirst(rows);
}

const itemsSchema = z.array(backupItemSchema).min(1);

/** What the office backs up; a missing or damaged settings row reads as the defaults. */
export async function readBackupItems(db: MejaDatabase): Promise<BackupItem[]> {
  const row = await db.settings.get(BACKUP_ITEMS_ROW);
  const parsed = itemsSchema.safeParse(row && !row._deleted ? row.items : undefined);
  return parsed.success ? parsed.data : DEFAULT_BACKUP_ITEMS.map((i) => ({ ...i }));
}

/** Whether the office saved its own list of backup items (not only the built-in suggestions). */
export async function backupItemsSaved(db: MejaDatabase): Promise<boolean> {
  const row = await db.settings.get(BACKUP_ITEMS_ROW);
  return itemsSchema.safeParse(row && !row._deleted ? row.items : undefined).success;
}

export type BackupItemsCheck =
  | { ok: true; items: BackupItemDraft[] }
  | { ok: false; message: string; errors: Record<string, string> };

/**
 * Checks an edited list of backup items: each valid, names and ids unique, at least one.
 * Errors are keyed `items.<index>.<field>`, as the form shows them.
 */
export function checkBackupItems(drafts: readonly BackupItemDraft[]): BackupItemsCheck {
  if (drafts.length === 0) {
    return { ok: false, message: 'Isi paling sedikit satu data yang dicadangkan.', errors: {} };
  }
  const errors: Record<string, string> = {};
  const items: BackupItemDraft[] = [];
  const names = new Map<string, number>();
  const ids = new Set<string>();
  drafts.forEach((draft, i) => {
    const parsed = backupItemSchema.safeParse({ ...draft, id: draft.id ?? 'baru' });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors[`items.${i}.${issue.path.map(String).join('.')}`] ??= issue.message;
      }
      return;
    }
    const key = parsed.data.nama.toLocaleLowerCase('id');
    const first = names.get(key);
    if (first !== undefined) {
      errors[`items.${i}.nama`] = `Nama "${parsed.data.nama}" sudah dipakai di baris ${first + 1}.`;
    } else names.set(key, i);
    if (draft.id !== null) {
      if (ids.has(draft.id)) errors[`items.${i}.nama`] ??= 'Data ini tercantum dua kali.';
      ids.add(draft.id);
    }
    items.push({ id: draft.id, nama: parsed.data.nama, setiapHari: parsed.data.setiapHari });
  });
  const firstError = Object.values(errors)[0];
  if (firstError) return { ok: false, message: firstError, errors };
  return { ok: true, items };
}

/** Saves the list of backup items; new ones get a fresh id. Returns the saved list. */
export async function saveBackupItems(
  ctx: WriteContext,
  drafts: readonly BackupItemDraft[],
): Promise<BackupItem[]> {
  const checked = checkBackupItems(drafts);
  if (!checked.ok) throw new SecurityError(checked.message);
  const items = checked.items.map((i) => ({ ...i, id: i.id ?? ctx.newId() }));
  await putRow(ctx, 'settings', BACKUP_ITEMS_ROW, { items });
  return items;
}
