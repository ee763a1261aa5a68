import { z } from 'zod';

/** Free text, trimmed, with a length limit named in Indonesian. */
export const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label} paling panjang ${max} karakter.`);

/** Text that must be filled in (a select left empty gives null: the same message). */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, `${label} wajib diisi.`)
    .max(max, `${label} paling panjang ${max} karakter.`);

/** A calendar date 'YYYY-MM-DD' that exists. */
export const isoDateSchema = z.iso.date({ message: 'Tanggal tidak valid.' });
