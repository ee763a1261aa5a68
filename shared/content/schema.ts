import { z } from 'zod';
import { attachmentListSchema } from '../attachments/schema';
import { atasNamaSchema } from '../office/stepActors';
import { optionalText, requiredText } from '../validation/text';
import { refusalNeedsReason } from '../validation/refusal';

/**
 * The records SOP E (Pengelolaan Konten Website) asks for: a content item carried through
 * E's steps from the material collected to its publication and archive, and each step
 * recorded on it (who, when, notes, the Editor's return for revision, the decision).
 */

export const JENIS_KONTEN = [
  'berita',
  'pengumuman',
  'laporan',
  'informasiWajib',
  'artikel',
  'lainnya',
] as const;
export type JenisKonten = (typeof JENIS_KONTEN)[number];
export const JENIS_KONTEN_LABELS: Record<JenisKonten, string> = {
  berita: 'Berita',
  pengumuman: 'Pengumuman',
  laporan: 'Laporan',
  informasiWajib: 'Informasi wajib',
  artikel: 'Artikel',
  lainnya: 'Lainnya',
};

export const CONTENT_STATUSES = ['berjalan', 'ditolak', 'dipublikasi', 'diarsipkan'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];
export const CONTENT_STATUS_LABELS: Record<ContentStatus, string> = {
  berjalan: 'Berjalan',
  ditolak: 'Ditolak',
  dipublikasi: 'Terbit',
  diarsipkan: 'Diarsipkan',
};

const isoDateTime = z.iso.datetime({ offset: true, message: 'Waktu tidak valid.' });

/** What the office types when a content item is started. */
export const contentInputSchema = z.object({
  judul: requiredText('Judul konten', 200),
  jenis: z.enum(JENIS_KONTEN, { message: 'Pilih jenis konten.' }),
  /** Where the material comes from: the unit or the source document. */
  sumber: requiredText('Sumber/asal unit', 200),
  ringkasan: optionalText('Ringkasan/isi konsep', 5000),
  /** Routes the decision to the leadership (Ketua) instead of the PJ. */
  perluPerhatianKhusus: z.boolean(),
  lampiran: attachmentListSchema.default([]),
});
export type ContentInput = z.input<typeof contentInputSchema>;

/** A content item as it runs through procedure E. */
export const contentFieldsSchema = contentInputSchema.extend({
  tahun: z.number().int().min(2000).max(2999),
  /** The SOP and revision of procedure E the item runs under, fixed when it starts. */
  sopId: z.string().min(1),
  sopRevision: z.number().int().nonnegative(),
  dimulaiPada: isoDateTime,
  status: z.enum(CONTENT_STATUSES),
  langkahTerakhir: z.number().int().nonnegative(),
  adaTerlambat: z.boolean(),
  /** How many times the Editor returned the draft for revision. */
  putaran: z.number().int().positive(),
  urlPublikasi: z.url({ message: 'Alamat URL tidak valid.' }).max(500).nullable(),
  dipublikasiPada: isoDateTime.nullable(),
});
export type ContentFields = z.output<typeof contentFieldsSchema>;

export const CONTENT_DECISIONS = ['lanjut', 'tolak', 'kembalikan'] as const;
export type ContentDecision = (typeof CONTENT_DECISIONS)[number];
export const CONTENT_DECISION_LABELS: Record<ContentDecision, string> = {
  lanjut: 'Lanjut',
  tolak: 'Ditolak',
  kembalikan: 'Dikembalikan untuk perbaikan',
};

/** One step of procedure E recorded on a content item. */
export const contentStepSchema = z
  .object({
    contentId: z.string().min(1),
    stepNo: z.number().int().positive(),
    /** The revision round it belongs to: 1, then one more after each return by the Editor. */
    putaran: z.number().int().positive(),
    personId: z.string().min(1, 'Pilih petugas yang mengerjakan langkah ini.'),
    selesaiPada: isoDateTime,
    catatan: optionalText('Catatan', 2000),
    keputusan: z.enum(CONTENT_DECISIONS).nullable(),
    alasanTolak: optionalText('Alasan penolakan', 1000),
    /** The publishing step: where the item went live and when. */
    urlPublikasi: z.url({ message: 'Alamat URL tidak valid.' }).max(500).nullable(),
    dipublikasiPada: isoDateTime.nullable(),
  })
  .superRefine(refusalNeedsReason)
  .superRefine((s, ctx) => {
    if (s.keputusan === 'kembalikan' && !s.catatan) {
      ctx.addIssue({
        code: 'custom',
        path: ['catatan'],
        message: 'Tuliskan catatan perbaikan untuk Redaktur.',
      });
    }
  });
export type ContentStepInput = z.input<typeof contentStepSchema>;
export type ContentStepFields = z.output<typeof contentStepSchema>;

/** What the write path adds to a step: its time against the standard, on whose behalf. */
export const contentStepExtrasSchema = z.object({
  menitKerja: z.number().int().nonnegative(),
  standarMenit: z.number().int().nonnegative().nullable(),
  terlambat: z.boolean(),
  atasNama: atasNamaSchema.nullable(),
});
export type ContentStepExtras = z.output<typeof contentStepExtrasSchema>;
