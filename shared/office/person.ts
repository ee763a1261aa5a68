import { z } from 'zod';
import { optionalNipSchema } from '../format/nip';
import { staffRoleSchema } from './roles';
import { pinHashSchema } from '../signin/pinPolicy';

/**
 * A member of the court's staff: requesters, officers, signers. `today` bounds the NIP's dates
 * (shared/sync/rowSchemas.ts leaves it open for stored rows).
 */
export const personSchema = (today: Date) =>
  z.object({
    nama: z
      .string()
      .trim()
      .min(1, 'Nama pegawai wajib diisi.')
      .max(120, 'Nama pegawai paling panjang 120 karakter.'),
    /** 18 digits without spaces, or empty for staff without NIP (PPNPN, honorer). */
    nip: optionalNipSchema(today).transform((v) => v ?? ''),
    jabatan: z
      .string()
      .trim()
      .min(1, 'Jabatan wajib diisi.')
      .max(160, 'Jabatan paling panjang 160 karakter.'),
    unitId: z.string().nullable(),
    roles: z.array(staffRoleSchema),
    aktif: z.boolean(),
    /** The PIN's salted slow hash (shared/signin/pinPolicy.ts); absent or null: cannot sign in. */
    pin: pinHashSchema.nullable().optional(),
  });
export type PersonInput = z.input<ReturnType<typeof personSchema>>;
export type PersonFields = z.output<ReturnType<typeof personSchema>>;

export const unitSchema = z.object({
  nama: z
    .string()
    .trim()
    .min(1, 'Nama unit kerja wajib diisi.')
    .max(120, 'Nama unit kerja paling panjang 120 karakter.'),
  aktif: z.boolean(),
});
export type UnitFields = z.output<typeof unitSchema>;

/** The units most courts have; the office edits the list. */
export const DEFAULT_UNITS: readonly string[] = [
  'Hakim',
  'Kepaniteraan',
  'Panitera Muda Permohonan',
  'Panitera Muda Gugatan',
  'Panitera Muda Hukum',
  'Kesekretariatan',
  'Subbagian Perencanaan, Teknologi Informasi dan Pelaporan',
  'Subbagian Kepegawaian dan Ortala',
  'Subbagian Umum dan Keuangan',
];
