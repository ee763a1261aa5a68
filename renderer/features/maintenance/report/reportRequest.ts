import type { Office } from '../../../../shared/office/office';
import type { MonthlyReportRequest } from '../../../../shared/maintenance/reportSchema';
import type { PaperSizeId } from '../../../../shared/pdf/paper';
import type { SopDocument } from '../../../../shared/sop/schema';
import type { PersonRow } from '../../../db/rows';
import { signerOf } from '../../requests/public';
import type { ReportFigures } from '../../../../shared/maintenance/reportFigures';
import type { ReportWords } from './reportStore';

export class ReportError extends Error {}

/** The print request of a month's report: the figures, the operator's words and the signers. */
export function monthlyReportRequest(input: {
  office: Office;
  paper: PaperSizeId;
  year: number;
  month: number;
  figures: ReportFigures;
  words: ReportWords;
  people: readonly PersonRow[];
  sop: SopDocument | null;
  printedAt: Date;
}): MonthlyReportRequest {
  const { words, people, sop } = input;
  const signer = (id: string | null, role: string) => {
    const s = signerOf(people.find((p) => p.id === id));
    if (!s) throw new ReportError(`Pilih ${role} sebelum mencetak.`);
    return s;
  };
  return {
    kind: 'laporanPemeliharaan',
    office: input.office,
    paper: input.paper,
    printedAt: input.printedAt.toISOString(),
    nomor: words.nomor,
    tahun: input.year,
    bulan: input.month,
    tanggalLaporan: words.tanggalLaporan,
    dasar: {
      sopNomor: sop?.nomor ?? '',
      sopJudul: sop?.judul ?? '',
      prosedur: (sop?.procedures ?? [])
        .filter((p) => p.key === 'C' || p.key === 'D')
        .map((p) => ({ key: p.key, judul: p.judul })),
    },
    ...input.figures,
    narasi: words.narasi,
    penandatangan: {
      dibuat: signer(words.dibuatOlehId, 'pembuat laporan (Dibuat oleh)'),
      diperiksa: signer(words.diperiksaOlehId, 'pemeriksa (Diperiksa oleh)'),
      mengetahui: signer(words.mengetahuiId, 'pejabat yang mengetahui'),
    },
  };
}
