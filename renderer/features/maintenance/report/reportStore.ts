import { z } from 'zod';
import { NARASI_KEYS, type Narasi } from '../../../../shared/maintenance/reportSchema';
import type { MejaDatabase } from '../../../db/database';
import { putRow, type WriteContext } from '../../../db/repository';

/** What the operator writes for a month's report, kept until it is printed again. */
export type ReportWords = {
  nomor: string;
  tanggalLaporan: string;
  narasi: Narasi;
  dibuatOlehId: string | null;
  diperiksaOlehId: string | null;
  mengetahuiId: string | null;
};

export const EMPTY_NARASI: Narasi = Object.fromEntries(NARASI_KEYS.map((k) => [k, ''])) as Narasi;

const wordsSchema = z.object({
  nomor: z.string().trim().max(120, 'Nomor paling panjang 120 karakter.'),
  tanggalLaporan: z.iso.date({ message: 'Tanggal laporan tidak valid.' }),
  narasi: z.object(
    Object.fromEntries(
      NARASI_KEYS.map((k) => [k, z.string().max(4000, 'Uraian paling panjang 4.000 karakter.')]),
    ) as Record<keyof Narasi, z.ZodString>,
  ),
  dibuatOlehId: z.string().nullable(),
  diperiksaOlehId: z.string().nullable(),
  mengetahuiId: z.string().nullable(),
});

export function reportId(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The saved words of a month's report, or null when none were saved yet. */
export async function readReportWords(
  db: MejaDatabase,
  year: number,
  month: number,
): Promise<ReportWords | null> {
  const row = await db.monthlyReports.get(reportId(year, month));
  if (!row || row._deleted) return null;
  return {
    nomor: row.nomor,
    tanggalLaporan: row.tanggalLaporan,
    narasi: { ...EMPTY_NARASI, ...row.narasi },
    dibuatOlehId: row.dibuatOlehId,
    diperiksaOlehId: row.diperiksaOlehId,
    mengetahuiId: row.mengetahuiId,
  };
}

export async function saveReportWords(
  ctx: WriteContext,
  year: number,
  month: number,
  words: ReportWords,
): Promise<void> {
  await putRow(ctx, 'monthlyReports', reportId(year, month), wordsSchema.parse(words));
}
