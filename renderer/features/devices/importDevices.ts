import { deviceSchema, type DeviceFields } from '../../../shared/devices/schema';
import { putRows, writeTogether, type WriteContext } from '../../db/repository';

/**
 * Adds the devices read from a sheet through the batch write path, all in one
 * transaction: either every row lands (each with its outbox entry) or none does. Each
 * device is checked against the schema again, so a list that skipped the preview cannot
 * write a bad row. Returns the count.
 */
export async function importDevices(
  ctx: WriteContext,
  devices: readonly DeviceFields[],
): Promise<number> {
  const schema = deviceSchema(ctx.now().getFullYear());
  const parsed = devices.map((d) => schema.parse(d));
  await writeTogether(ctx, ['devices'], async () => {
    const result = await putRows(
      ctx,
      'devices',
      parsed.map((fields) => ({ id: ctx.newId(), fields })),
    );
    // The sheet's preview lists each row's problem; a row refused here rolls back the lot.
    const refused = result.refused[0];
    if (refused) throw new Error(`Baris ${refused.index + 1}: ${refused.reason}`);
  });
  return parsed.length;
}
