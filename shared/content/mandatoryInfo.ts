import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../validation/text';

/**
 * The information a court must keep published on its website (the "Informasi Wajib"
 * checklist): each item names its legal source and how long it stays current; the office
 * marks when it last updated it, and an item past its time is stale.
 */
export const mandatoryInfoSchema = z.object({
  judul: requiredText('Nama informasi', 200),
  /** The legal source that asks for it, e.g. "SK KMA 1-144/KMA/SK/I/2011". */
  sumber: requiredText('Dasar/sumber', 300),
  /** Days after its last update that the item is stale. */
  masaBerlakuHari: z
    .number({ message: 'Isi masa berlaku dalam hari.' })
    .int('Masa berlaku harus bilangan bulat.')
    .min(1, 'Masa berlaku paling sedikit 1 hari.')
    .max(3650, 'Masa berlaku paling lama 3650 hari.'),
  /** Where it is on the website, when known. */
  alamat: optionalText('Alamat halaman', 500),
  terakhirDiperbarui: isoDateSchema.nullable(),
  keterangan: optionalText('Keterangan', 1000),
  urut: z.number().int().nonnegative(),
});
export type MandatoryInfoFields = z.output<typeof mandatoryInfoSchema>;
export type MandatoryInfoInput = z.input<typeof mandatoryInfoSchema>;

const DAY_MS = 86_400_000;

/** Days from one calendar date to another (both 'YYYY-MM-DD'). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** When an item turns stale: its last update plus its term, or null when never updated. */
export function staleFrom(
  item: Pick<MandatoryInfoFields, 'terakhirDiperbarui' | 'masaBerlakuHari'>,
): string | null {
  if (!item.terakhirDiperbarui) return null;
  const at = Date.parse(`${item.terakhirDiperbarui}T00:00:00Z`) + item.masaBerlakuHari * DAY_MS;
  return new Date(at).toISOString().slice(0, 10);
}

/** Whether an item needs updating on `today`: never updated, or older than its term. */
export function isStale(
  item: Pick<MandatoryInfoFields, 'terakhirDiperbarui' | 'masaBerlakuHari'>,
  today: string,
): boolean {
  if (!item.terakhirDiperbarui) return true;
  return daysBetween(item.terakhirDiperbarui, today) > item.masaBerlakuHari;
}

/** The items that need updating on `today`, most overdue (or never updated) first. */
export function staleItems<
  T extends Pick<MandatoryInfoFields, 'terakhirDiperbarui' | 'masaBerlakuHari' | 'urut'>,
>(items: readonly T[], today: string): T[] {
  const overdue = (i: T) =>
    i.terakhirDiperbarui ? daysBetween(i.terakhirDiperbarui, today) - i.masaBerlakuHari : Infinity;
  return items
    .filter((i) => isStale(i, today))
    .sort((a, b) => overdue(b) - overdue(a) || a.urut - b.urut);
}
