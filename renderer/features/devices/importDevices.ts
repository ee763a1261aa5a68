import { deviceSchema, type DeviceFields } from '../../../shared/devices/schema';
import { createRow, writeTogether, type WriteContext } from '../../db/repository';

/**
 * Adds the devices read from a sheet, all in one transaction: either every row lands
 * (each with its outbox entry) or none does. Each device is checked against the schema
 * again, so a list that skipped the preview cannot write a bad row. Returns the count.
 */
export async function importDevices(
  ctx: WriteContext,
  devices: readonly DeviceFields[],
): Promise<number> {
  const schema = deviceSchema(ctx.now().getFullYear());
  const parsed = devices.map((d) => schema.parse(d));
  await writeTogether(ctx, ['devices'], async () => {
    for (const device of parsed) await createRow(ctx, 'devices', device);
  });
  return parsed.length;
}
