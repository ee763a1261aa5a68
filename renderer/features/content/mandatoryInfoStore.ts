import { defaultMandatoryInfo } from '../../../shared/content/defaultMandatoryInfo';
import {
  mandatoryInfoSchema,
  staleItems,
  type MandatoryInfoInput,
} from '../../../shared/content/mandatoryInfo';
import type { MandatoryInfoRow } from '../../db/contentRows';
import type { MejaDatabase } from '../../db/database';
import { sortOutRows } from '../../db/rowReading';
import {
  createRow,
  restampRow,
  seedRow,
  writeTogether,
  type WriteContext,
} from '../../db/repository';
import { ContentError } from './contentError';

/**
 * The Informasi Wajib checklist. The default items are seeded on every PC with the same ids
 * and no clock stamps (seedRow), so two PCs never hold two copies and any edit wins over the
 * default; an edit writes the whole item so a PC that never seeded it receives it complete.
 */

const defaultId = (urut: number) => `info-wajib-${String(urut + 1).padStart(2, '0')}`;

/** Seeds the default items that are absent (never removed ones: a tombstone stays). */
export async function seedMandatoryInfo(ctx: WriteContext): Promise<void> {
  for (const item of defaultMandatoryInfo()) {
    await seedRow(ctx, 'mandatoryInfo', defaultId(item.urut), item);
  }
}

export async function listMandatoryInfo(db: MejaDatabase): Promise<MandatoryInfoRow[]> {
  return sortOutRows('mandatoryInfo', await db.mandatoryInfo.toArray())
    .rows.filter((r) => !r._deleted)
    .sort((a, b) => a.urut - b.urut || a.judul.localeCompare(b.judul));
}

/** Adds an item the office found missing from the list; returns its id. */
export async function addMandatoryInfo(
  ctx: WriteContext,
  input: Omit<MandatoryInfoInput, 'urut'>,
): Promise<string> {
  return writeTogether(ctx, ['mandatoryInfo'], async () => {
    const items = await listMandatoryInfo(ctx.db);
    const urut = items.reduce((max, i) => Math.max(max, i.urut + 1), 0);
    return createRow(ctx, 'mandatoryInfo', mandatoryInfoSchema.parse({ ...input, urut }));
  });
}

/** Changes an item (its name, source, term, address, last update). */
export async function editMandatoryInfo(
  ctx: WriteContext,
  id: string,
  input: Omit<MandatoryInfoInput, 'urut'>,
): Promise<void> {
  await writeTogether(ctx, ['mandatoryInfo'], async () => {
    const row = await ctx.db.mandatoryInfo.get(id);
    if (!row || row._deleted) throw new ContentError('Informasi wajib tidak ditemukan.');
    const fields = mandatoryInfoSchema.parse({ ...input, urut: row.urut });
    await restampRow(ctx, 'mandatoryInfo', id, fields);
  });
}

/** Marks an item updated on the website on `tanggal` ('YYYY-MM-DD'). */
export async function markMandatoryInfoUpdated(
  ctx: WriteContext,
  id: string,
  tanggal: string,
): Promise<void> {
  const row = await ctx.db.mandatoryInfo.get(id);
  if (!row || row._deleted) throw new ContentError('Informasi wajib tidak ditemukan.');
  await editMandatoryInfo(ctx, id, {
    judul: row.judul,
    sumber: row.sumber,
    masaBerlakuHari: row.masaBerlakuHari,
    alamat: row.alamat,
    terakhirDiperbarui: tanggal,
    keterangan: row.keterangan,
  });
}

/**
 * The items the office keeps (updated at least once) that are past their term on `today`,
 * for Beranda: the built-in list alone, never touched, warns of nothing the office has taken on.
 */
export async function staleKeptInfo(db: MejaDatabase, today: string): Promise<MandatoryInfoRow[]> {
  const kept = (await listMandatoryInfo(db)).filter((i) => i.terakhirDiperbarui !== null);
  return staleItems(kept, today);
}
