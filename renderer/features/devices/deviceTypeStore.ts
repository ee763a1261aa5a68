import { useLiveQuery } from 'dexie-react-hooks';
import {
  BUILT_IN_DEVICE_TYPES,
  deviceTypeLabels,
  deviceTypeNameProblem,
  deviceTypeSchema,
  mergeDeviceTypes,
  newDeviceTypeCode,
  type DeviceTypeInfo,
  type DeviceTypeLabels,
} from '../../../shared/devices/deviceTypes';
import type { MejaDatabase } from '../../db/database';
import { putRow, type WriteContext } from '../../db/repository';
import { sortOutRows } from '../../db/rowReading';
import { useServices } from '../../kit/servicesContext';

export class DeviceTypeError extends Error {}

/** The built-in types and the office's own (damaged rows and tombstones left out). */
export async function listDeviceTypes(db: MejaDatabase): Promise<DeviceTypeInfo[]> {
  const { rows } = sortOutRows('deviceTypes', await db.deviceTypes.toArray());
  return mergeDeviceTypes(rows.filter((r) => !r._deleted));
}

/** Adds a type the office uses; the name must differ from every other type's. Returns its code. */
export async function addDeviceType(ctx: WriteContext, name: string): Promise<string> {
  const types = await listDeviceTypes(ctx.db);
  const problem = deviceTypeNameProblem(name, types, null);
  if (problem) throw new DeviceTypeError(problem);
  const fields = deviceTypeSchema.parse({ nama: name });
  // A code once given is never given again, even to a type whose row is damaged here.
  const taken = new Set<string>([
    ...BUILT_IN_DEVICE_TYPES,
    ...(await ctx.db.deviceTypes.toCollection().primaryKeys()),
  ]);
  const code = newDeviceTypeCode(fields.nama, taken);
  await putRow(ctx, 'deviceTypes', code, fields);
  return code;
}

/** Renames an office type; devices keep its code, so they show the new name. */
export async function renameDeviceType(ctx: WriteContext, code: string, name: string) {
  const types = await listDeviceTypes(ctx.db);
  const type = types.find((t) => t.code === code);
  if (!type || type.builtIn) throw new DeviceTypeError('Jenis bawaan tidak dapat diubah.');
  const problem = deviceTypeNameProblem(name, types, code);
  if (problem) throw new DeviceTypeError(problem);
  await putRow(ctx, 'deviceTypes', code, deviceTypeSchema.parse({ nama: name }));
}

export interface DeviceTypesView {
  types: DeviceTypeInfo[];
  labels: DeviceTypeLabels;
}

/** The office's device types for a screen, kept up to date (undefined while loading). */
export function useDeviceTypes(): DeviceTypesView | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const types = await listDeviceTypes(db);
    return { types, labels: deviceTypeLabels(types) };
  }, [db]);
}
