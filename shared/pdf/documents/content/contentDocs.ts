import { z } from 'zod';
import { officeSchema } from '../../../office/office';
import { PAPER_SIZE_IDS } from '../../paper';
import { signerSchema } from '../../signer';

/**
 * The Lembar Kendali Konten Website of SOP E: one content item, its fields and every step
 * recorded on it. The renderer resolves names, labels and times to print-ready strings.
 */

const text = (max: number) => z.string().trim().max(max);
const filled = (max: number) => z.string().trim().min(1).max(max);

export const kendaliStepRowSchema = z.object({
  /** "3" or "3 (perbaikan ke-1)" for a redraft. */
  langkah: filled(60),
  kegiatan: filled(1000),
  petugas: text(300),
  /** "23/11/2026 09.30". */
  waktu: text(40),
  /** "1 jam 10 menit / 1 jam", the time taken against the mutu baku. */
  durasi: text(80),
  /** The decision and the notes: "Dikembalikan untuk perbaikan: Perbaiki judul." */
  catatan: text(3000),
});
export type KendaliStepRow = z.infer<typeof kendaliStepRowSchema>;

export const lembarKendaliKontenRequestSchema = z.object({
  kind: z.literal('lembarKendaliKonten'),
  office: officeSchema,
  paper: z.enum(PAPER_SIZE_IDS),
  printedAt: z.iso.datetime({ offset: true }),
  /** Label: value pairs of the item ("Judul", "Jenis", "Sumber", "URL publikasi"...). */
  fields: z.array(z.object({ label: filled(60), value: text(5000) })).max(20),
  steps: z.array(kendaliStepRowSchema).max(200),
  /** The date over the signatures, 'YYYY-MM-DD'. */
  tanggal: z.iso.date(),
  redaktur: signerSchema.nullable(),
  editor: signerSchema.nullable(),
  /** The PJ, or the leadership who decided an item needing special attention. */
  penanggungJawab: signerSchema.nullable(),
});
export type LembarKendaliKontenRequest = z.infer<typeof lembarKendaliKontenRequestSchema>;
