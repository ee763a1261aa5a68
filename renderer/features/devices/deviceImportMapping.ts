import { z } from 'zod';
import { DEVICE_SHEET_FIELDS, type DeviceColumnMapping } from '../../../shared/devices/deviceSheet';
import type { MejaDatabase } from '../../db/database';
import { putRow, type WriteContext } from '../../db/repository';

/** The settings row that remembers which headings of the office's sheet fill which field. */
export const DEVICE_IMPORT_ROW = 'deviceImport';

const FIELD_KEYS = DEVICE_SHEET_FIELDS.map((f) => f.key);
const mappingSchema = z
  .record(z.string(), z.string().trim().min(1).max(120))
  .transform((m): DeviceColumnMapping => {
    const known: DeviceColumnMapping = {};
    for (const key of FIELD_KEYS) {
      const heading = m[key];
      if (heading) known[key] = heading;
    }
    return known;
  });

/** The remembered mapping; none, or a damaged one, reads as none. */
export async function readDeviceMapping(db: MejaDatabase): Promise<DeviceColumnMapping> {
  const row = await db.settings.get(DEVICE_IMPORT_ROW);
  const parsed = mappingSchema.safeParse(row && !row._deleted ? row.kolom : undefined);
  return parsed.success ? parsed.data : {};
}

/** Remembers the headings used by an import, for the next file of the same kind. */
export async function saveDeviceMapping(
  ctx: WriteContext,
  mapping: DeviceColumnMapping,
): Promise<void> {
  await putRow(ctx, 'settings', DEVICE_IMPORT_ROW, { kolom: mappingSchema.parse(mapping) });
}
