import { z } from 'zod';
import { deviceTypeCodeSchema } from '../devices/deviceTypes';
import { isoDateSchema, requiredText } from '../validation/text';
import { recurrenceSchema } from './recurrence';

/** Which devices a task covers: some device types, chosen devices, or none in particular. */
export const taskTargetSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('jenis'),
    jenis: z.array(deviceTypeCodeSchema).max(100).min(1, 'Pilih minimal satu jenis perangkat.'),
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
  procedureKey: z.enum(['C', 'D', 'F']),
  stepNo: z.number().int().positive(),
});
export type TaskSource = z.output<typeof taskSourceSchema>;

/**
 * Where the work of a task is recorded: most tasks in Catatan Pemeliharaan; the SOP D tasks
 * that have their own records count those (a network watch, a UAT, its consideration by the
 * Kasubag, a backup), so the same work is never entered twice.
 */
export const TASK_RECORD_KINDS = [
  'pemeliharaan',
  'jaringan',
  'uat',
  'pertimbanganUat',
  'cadangan',
] as const;
export type TaskRecordKind = (typeof TASK_RECORD_KINDS)[number];
export const TASK_RECORD_KIND_LABELS: Record<TaskRecordKind, string> = {
  pemeliharaan: 'Catatan Pemeliharaan',
  jaringan: 'Pengamanan: Pemantauan Jaringan',
  uat: 'Pengamanan: Uji Penerimaan Aplikasi',
  pertimbanganUat: 'Pengamanan: Pertimbangan UAT oleh Kasubag',
  cadangan: 'Pengamanan: Cadangan Data',
};

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
  /** Absent on tasks saved before it existed: those are recorded in Catatan Pemeliharaan. */
  dicatatDi: z.enum(TASK_RECORD_KINDS).optional(),
});
export type MaintenanceTaskInput = z.input<typeof maintenanceTaskSchema>;
export type MaintenanceTaskFields = z.output<typeof maintenanceTaskSchema>;
