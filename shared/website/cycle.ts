import { z } from 'zod';
import { atasNamaSchema } from '../office/stepActors';
import type { Procedure, Step } from '../sop/schema';
import { progressOf, type Progress, type RecordedStep } from '../requests/workflow';
import { refusalNeedsReason } from '../validation/refusal';
import { optionalText } from '../validation/text';

/**
 * The month's SOP F cycle (Pemeliharaan Website): one record per month that runs through the
 * office's active procedure F step by step, as SOP A's programme runs through A.
 */

export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan tidak valid (TTTT-BB).');

export const CYCLE_STATUSES = ['berjalan', 'selesai', 'ditolak'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];
export const CYCLE_STATUS_LABELS: Record<CycleStatus, string> = {
  berjalan: 'Berjalan',
  selesai: 'Selesai',
  ditolak: 'Dihentikan',
};

export const cycleFieldsSchema = z.object({
  bulan: monthSchema,
  /** The SOP and revision of procedure F the cycle runs under, fixed when it starts. */
  sopId: z.string().min(1),
  sopRevision: z.number().int().nonnegative(),
  dimulaiPada: z.iso.datetime({ offset: true }),
  status: z.enum(CYCLE_STATUSES),
  langkahTerakhir: z.number().int().nonnegative(),
  adaTerlambat: z.boolean(),
  /** What the operator types as the report's "situasi dan kondisi" text. */
  situasi: optionalText('Situasi dan kondisi', 4000),
});
export type CycleFields = z.output<typeof cycleFieldsSchema>;

/** One step of procedure F recorded on a month's cycle. */
export const cycleStepSchema = z
  .object({
    cycleId: z.string().min(1),
    stepNo: z.number().int().positive(),
    personId: z.string().min(1, 'Pilih petugas yang mengerjakan langkah ini.'),
    selesaiPada: z.iso.datetime({ offset: true }),
    catatan: optionalText('Catatan', 2000),
    output: optionalText('Output', 300),
    keputusan: z.enum(['lanjut', 'tolak']).nullable(),
    alasanTolak: optionalText('Alasan penolakan', 1000),
  })
  .superRefine(refusalNeedsReason);
export type CycleStepInput = z.input<typeof cycleStepSchema>;
export type CycleStepFields = z.output<typeof cycleStepSchema>;

/** What the write path adds to a step: its time against the standard, on whose behalf. */
export const cycleStepExtrasSchema = z.object({
  menitKerja: z.number().int().nonnegative(),
  standarMenit: z.number().int().nonnegative().nullable(),
  terlambat: z.boolean(),
  atasNama: atasNamaSchema.nullable(),
});
export type CycleStepExtras = z.output<typeof cycleStepExtrasSchema>;

/**
 * What a step of procedure F is for, read from its own words so every court's variant works:
 * monitoring availability, the website backup, the visitor review, renewing the services,
 * the report, the PJ's (or Sekretaris's) measures, the handling of problems, and restoring
 * from the backup once solved.
 */
export const WEBSITE_STEP_ROLES = [
  'pemantauan',
  'pencadangan',
  'pengunjung',
  'pembaruan',
  'laporan',
  'tindakan',
  'penanganan',
  'pemulihan',
] as const;
export type WebsiteStepRole = (typeof WEBSITE_STEP_ROLES)[number];

export const WEBSITE_STEP_ROLE_LABELS: Record<WebsiteStepRole, string> = {
  pemantauan: 'Pemantauan ketersediaan',
  pencadangan: 'Pencadangan website',
  pengunjung: 'Tinjauan aktivitas pengunjung',
  pembaruan: 'Pembaruan layanan (koneksi, hosting, domain)',
  laporan: 'Laporan situasi dan kondisi',
  tindakan: 'Langkah pemecahan masalah',
  penanganan: 'Penanganan masalah',
  pemulihan: 'Pemulihan dari cadangan',
};

const words = (step: Step) => `${step.kegiatan} ${step.output}`.toLowerCase();

function roleFromWords(step: Step): WebsiteStepRole | null {
  const w = words(step);
  const kegiatan = step.kegiatan.toLowerCase();
  if (step.kind === 'decision') return 'tindakan';
  if (/back\s?up kembali|pemulihan data|restor|memulihkan/.test(kegiatan)) return 'pemulihan';
  if (/back\s?up|cadang/.test(kegiatan)) return 'pencadangan';
  if (/pengunjung/.test(w)) return 'pengunjung';
  if (/siklus|hosting|domain/.test(kegiatan)) return 'pembaruan';
  if (/melaporkan|laporan/.test(kegiatan)) return 'laporan';
  if (/troubleshooting|menyelesaikan pemecahan|menangani/.test(kegiatan)) return 'penanganan';
  if (/monitor|memantau|ketersediaan/.test(kegiatan)) return 'pemantauan';
  return null;
}

/** The usual order of F's steps, for a step whose words say nothing. */
const BY_POSITION: readonly WebsiteStepRole[] = [
  'pemantauan',
  'pencadangan',
  'pengunjung',
  'pembaruan',
  'laporan',
  'tindakan',
  'penanganan',
  'pemulihan',
];

export function websiteStepRole(step: Step, index: number): WebsiteStepRole {
  return (
    roleFromWords(step) ?? BY_POSITION[Math.min(index, BY_POSITION.length - 1)] ?? 'penanganan'
  );
}

/** Every step of the procedure with its role. */
export function websiteStepRoles(
  procedure: Pick<Procedure, 'steps'>,
): { step: Step; role: WebsiteStepRole }[] {
  return procedure.steps.map((step, i) => ({ step, role: websiteStepRole(step, i) }));
}

/** Where a cycle stands on procedure F (a refusal at the decision step ends it). */
export function cycleProgress(
  procedure: Pick<Procedure, 'steps'>,
  records: readonly RecordedStep[],
  status: CycleStatus,
  dimulaiPada: string,
): Progress {
  return progressOf(procedure, records, status === 'ditolak' ? 'ditolak' : 'berjalan', dimulaiPada);
}

/** The cycle's status after a step: refused → stopped; the last step → done. */
export function cycleStatusAfter(
  procedure: Pick<Procedure, 'steps'>,
  step: Step,
  keputusan: 'lanjut' | 'tolak' | null,
): CycleStatus {
  if (keputusan === 'tolak') return 'ditolak';
  const last = procedure.steps[procedure.steps.length - 1];
  return last && last.no === step.no ? 'selesai' : 'berjalan';
}

/** The month 'YYYY-MM' that contains a local date 'YYYY-MM-DD'. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}
