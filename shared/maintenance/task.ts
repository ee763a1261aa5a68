import { z } from 'zod';
import { DEVICE_TYPES } from '../devices/schema';
import { isoDateSchema, requiredText } from '../validation/text';
import { recurrenceSchema } from './recurrence';

/** Which devices a task covers: some device types, chosen devices, or none in particular. */
export const taskTargetSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('jenis'),
    jenis: z.array(z.enum(DEVICE_TYPES)).min(1, 'Pilih minimal satu jenis perangkat.'),
  }),
  z.object({
    kind: z.literal('perangkat'),
    deviceIds: z.array(z.string().min(1)).min(1, 'Pilih minimal satu perangkat.'),
  }),
  z.object({ kind: z.literal('umum') }),
]);
export type TaskTarget = z.output<typeof taskTargetSchema>;

/** Where a task comes from in the SOP: the procedure step and the revision it was read from. */
export const taskSourceSchema = z.object({
  sopId: z.string().min(1),
  revision: z.number().int().min(0),
  procedureKey: z.enum(['C', 'D']),
  stepNo: z.number().int().positive(),
});
export type TaskSource = z.output<typeof taskSourceSchema>;

/** A recurring maintenance or security task on the Jadwal Pemeliharaan. */
export const maintenanceTaskSchema = z.object({
  judul: requiredText('Nama kegiatan', 300),
  sumber: taskSourceSchema.nullable(),
  pengulangan: recurrenceSchema,
  /** The first day the schedule runs from. */
  mulai: isoDateSchema,
  sasaran: taskTargetSchema,
  /** The SOP's time standard for one round, when it has one. */
  durasiMenit: z
    .number()
    .int()
    .min(1, 'Durasi paling sedikit 1 menit.')
    .max(24 * 60, 'Durasi paling lama 1.440 menit.')
    .nullable(),
  aktif: z.boolean(),
});
export type MaintenanceTaskInput = z.input<typeof maintenanceTaskSchema>;
export type MaintenanceTaskFields = z.output<typeof maintenanceTaskSchema>;
