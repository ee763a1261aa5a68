import { DEFAULT_UNITS, unitSchema } from '../../../shared/office/person';
import type { MejaDatabase } from '../../db/database';
import { sortOutRows } from '../../db/rowReading';
import { createRow, putRow, seedRow, type WriteContext } from '../../db/repository';
import type { UnitRow } from '../../db/rows';

export async function listUnits(db: MejaDatabase): Promise<UnitRow[]> {
  const rows = await db.units.orderBy('nama').toArray();
  return sortOutRows('units', rows).rows.filter((u) => !u._deleted);
}

export async function saveUnit(
  ctx: WriteContext,
  id: string | null,
  input: { nama: string; aktif: boolean },
): Promise<string> {
  const unit = unitSchema.parse(input);
  const clash = (await listUnits(ctx.db)).find(
    (u) => u.id !== id && u.nama.toLocaleLowerCase('id') === unit.nama.toLocaleLowerCase('id'),
  );
  if (clash) throw new Error(`Unit kerja "${clash.nama}" sudah ada.`);
  if (id) {
    await putRow(ctx, 'units', id, unit);
    return id;
  }
  return createRow(ctx, 'units', unit);
}

/**
 * Fills the unit list with the usual court units the first time the office is set up. Each
 * default unit has the same key on every PC, so PCs set up apart and joined later through the
 * shared folder hold one list, not one copy per PC. They are written unstamped (seedRow), so
 * a PC set up alone that joins a workspace never overwrites the office's renamed, closed or
 * deleted units with the defaults; a PC that joins from the first run seeds them too.
 */
export async function seedDefaultUnits(ctx: WriteContext): Promise<void> {
  // Per unit, only where its row is absent: one the office renamed or deleted stays so.
  for (const nama of DEFAULT_UNITS) {
    await seedRow(ctx, 'units', defaultUnitId(nama), { nama, aktif: true });
  }
}

/** 'Kepaniteraan Pidana' → 'unit-kepaniteraan-pidana'. */
export function defaultUnitId(nama: string): string {
  const slug = nama
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `unit-${slug}`;
}
