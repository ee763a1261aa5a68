import { z } from 'zod';
import { atasNamaSchema } from '../office/stepActors';
import { isoDateSchema, optionalText, requiredText } from '../validation/text';

/**
 * The records SOP D (Pengamanan Perangkat TI) asks for: watching the network, testing an
 * application before it goes live (UAT) with the Kasubag's consideration and leadership's
 * approval, and the backup and restore log.
 */

const notFuture = (today: string) =>
  isoDateSchema.refine((d) => d <= today, 'Tanggal tidak boleh di masa depan.');
const officer = z.string().min(1, 'Pilih petugas.');

export const NETWORK_STATUSES = ['normal', 'gangguan', 'ancaman'] as const;
export type NetworkStatus = (typeof NETWORK_STATUSES)[number];
export const NETWORK_STATUS_LABELS: Record<NetworkStatus, string> = {
  normal: 'Normal',
  gangguan: 'Ada gangguan',
  ancaman: 'Ada ancaman/serangan',
};

/** One network watch (SOP D step 1). */
export function networkCheckSchema(today: string) {
  return z
    .object({
      tanggal: notFuture(today),
      petugasId: officer,
      objek: requiredText('Yang dipantau', 200),
      status: z.enum(NETWORK_STATUSES, { message: 'Pilih hasil pemantauan.' }),
      temuan: optionalText('Temuan', 2000),
      tindakan: optionalText('Tindakan pencegahan', 2000),
    })
    .superRefine((r, ctx) => {
      if (r.status !== 'normal' && !r.temuan) {
        ctx.addIssue({ code: 'custom', path: ['temuan'], message: 'Tuliskan temuannya.' });
      }
    });
}
export type NetworkCheckFields = z.output<ReturnType<typeof networkCheckSchema>>;

export const UAT_RESULTS = ['lulus', 'lulusCatatan', 'tidakLulus'] as const;
export type UatResult = (typeof UAT_RESULTS)[number];
export const UAT_RESULT_LABELS: Record<UatResult, string> = {
  lulus: 'Lulus',
  lulusCatatan: 'Lulus dengan catatan',
  tidakLulus: 'Tidak lulus',
};
export const RECOMMENDATIONS = ['layak', 'perbaikan', 'tidakLayak'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  layak: 'Layak diterapkan',
  perbaikan: 'Perlu perbaikan',
  tidakLayak: 'Tidak layak diterapkan',
};
export const APPROVALS = ['disetujui', 'ditolak'] as const;
export type Approval = (typeof APPROVALS)[number];
export const APPROVAL_LABELS: Record<Approval, string> = {
  disetujui: 'Disetujui',
  ditolak: 'Tidak disetujui',
};

/** The Kasubag's consideration of a UAT (SOP D step 3). */
export function considerationSchema(today: string) {
  return z.object({
    personId: z.string().min(1, 'Pilih pemberi pertimbangan.'),
    tanggal: notFuture(today),
    rekomendasi: z.enum(RECOMMENDATIONS, { message: 'Pilih rekomendasi.' }),
    catatan: optionalText('Catatan pertimbangan', 2000),
    /** When a Plh./Plt. gave it on the official's behalf. */
    atasNama: atasNamaSchema.nullable().optional(),
  });
}
export type Consideration = z.output<ReturnType<typeof considerationSchema>>;

/** Leadership's approval of the application (SOP D step 6). */
export function approvalSchema(today: string) {
  return z.object({
    personId: z.string().min(1, 'Pilih pemberi persetujuan.'),
    tanggal: notFuture(today),
    keputusan: z.enum(APPROVALS, { message: 'Pilih keputusan.' }),
    catatan: optionalText('Catatan', 2000),
    /** When a Plh./Plt. gave it on the official's behalf. */
    atasNama: atasNamaSchema.nullable().optional(),
  });
}
export type ApprovalRecord = z.output<ReturnType<typeof approvalSchema>>;

/** A User Acceptance Test of an application (SOP D step 2). */
export function uatSchema(today: string) {
  return z.object({
    tanggal: notFuture(today),
    aplikasi: requiredText('Nama aplikasi', 120),
    versi: optionalText('Versi', 40),
    petugasId: officer,
    skenario: optionalText('Skenario uji', 2000),
    hasil: z.enum(UAT_RESULTS, { message: 'Pilih hasil uji.' }),
    catatan: optionalText('Catatan hasil uji', 2000),
  });
}
export type UatFields = z.output<ReturnType<typeof uatSchema>>;

export const RESTORE_TESTS = ['tidak', 'berhasil', 'gagal'] as const;
export type RestoreTest = (typeof RESTORE_TESTS)[number];
export const RESTORE_TEST_LABELS: Record<RestoreTest, string> = {
  tidak: 'Tidak diuji',
  berhasil: 'Uji pemulihan berhasil',
  gagal: 'Uji pemulihan gagal',
};
export const BACKUP_MEDIA: readonly string[] = [
  'Hard disk eksternal',
  'NAS',
  'Server cadangan',
  'Flashdisk',
  'DVD',
  'Penyimpanan awan',
];

/** One backup taken (SOP D step 7), and whether restoring it was tested. */
export function backupSchema(today: string) {
  return z.object({
    tanggal: notFuture(today),
    itemId: z.string().min(1, 'Pilih data yang dicadangkan.'),
    media: requiredText('Media', 80),
    /** Size in megabytes, when known. */
    ukuranMb: z
      .number({ message: 'Ukuran berupa angka (MB).' })
      .min(0, 'Ukuran tidak boleh negatif.')
      .max(100_000_000, 'Ukuran terlalu besar.')
      .nullable(),
    lokasi: optionalText('Lokasi penyimpanan', 200),
    petugasId: officer,
    ujiPemulihan: z.enum(RESTORE_TESTS),
    catatan: optionalText('Catatan', 1000),
  });
}
export type BackupFields = z.output<ReturnType<typeof backupSchema>>;

/** What the office backs up and how often (days between backups at most). */
export const backupItemSchema = z.object({
  id: z.string().min(1),
  nama: requiredText('Nama data', 120),
  setiapHari: z
    .number({ message: 'Jadwal berupa angka hari.' })
    .int('Jadwal berupa angka hari.')
    .min(1, 'Jadwal paling sedikit 1 hari.')
    .max(366, 'Jadwal paling lama 366 hari.'),
});
export type BackupItem = z.output<typeof backupItemSchema>;

export const DEFAULT_BACKUP_ITEMS: readonly BackupItem[] = [
  { id: 'sipp', nama: 'Database SIPP', setiapHari: 7 },
  { id: 'website', nama: 'Website', setiapHari: 30 },
  { id: 'file-server', nama: 'Server berkas (file server)', setiapHari: 30 },
];
