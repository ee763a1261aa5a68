import type { Content, Node, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatBulanTahun, formatTempatTanggal } from '../../../format/date';
import type { MonthlyReportRequest } from '../../../maintenance/reportSchema';
import { SERIF } from '../../fonts';
import { kopSurat } from '../../kop';
import { contentWidth, marginsArray, PORTRAIT_MARGINS } from '../../layout';
import { pageSizePoints } from '../../paper';
import { calendarDate, pageFooter } from '../requests/common';
import { HEADING_LEVEL, REPORT_STYLES } from './reportTable';
import { rekomendasiParagraphs, reportSections, sectionHeading } from './sections';
import { reportSignatures } from './signatures';

export const LAPORAN_TITLE =
  'LAPORAN HASIL MONITORING DAN PEMELIHARAAN PERANGKAT TEKNOLOGI INFORMASI';
export const LAPORAN_NAME = 'Laporan Monitoring dan Pemeliharaan Perangkat TI';
/** Printed after "Nomor:" when the report has no number yet, to fill in by hand. */
export const NOMOR_BLANK = '.'.repeat(40);

/**
 * Longest text kept on the signatures' page: 1,200 characters of the widest letters wrap
 * to under 30 lines, which with the signatures fill well under an A4 page.
 */
const KEEP_WITH_SIGNATURES_MAX = 1200;

/** "BULAN NOVEMBER TAHUN 2026". */
export function periodeLine(tahun: number, bulan: number): string {
  const bulanTahun = formatBulanTahun(tahun, bulan);
  const namaBulan = bulanTahun.slice(0, bulanTahun.lastIndexOf(' '));
  return `BULAN ${namaBulan.toUpperCase()} TAHUN ${tahun}`;
}

/**
 * Room a heading needs below it: itself, a two-line table header and a first row of four
 * lines. pdfmake cannot say where a table that moved on whole ended up (it reports the
 * page where it was first tried), so the rule is by the room left, not by what follows.
 */
export const SECTION_ROOM = 100;

/** A heading too near the foot of the page to have its section under it starts the next. */
export function keepHeadingsWithSection(node: Node): boolean {
  if (node.headlineLevel !== HEADING_LEVEL) return false;
  const { pageInnerHeight, verticalRatio } = node.startPosition;
  return pageInnerHeight * (1 - verticalRatio) < SECTION_ROOM;
}

/**
 * Section VIII and the signatures, which never stand on a page alone: a short section goes
 * with them whole, a long one gives them its last paragraph when that is short enough.
 */
function closing(req: MonthlyReportRequest, signatures: Content): Content[] {
  const paragraphs = rekomendasiParagraphs(req);
  const text = req.narasi.rekomendasi;
  if (text.length <= KEEP_WITH_SIGNATURES_MAX) {
    const heading = sectionHeading('rekomendasi', false);
    return [{ stack: [heading, ...paragraphs, signatures], unbreakable: true }];
  }
  const heading = sectionHeading('rekomendasi', true);
  const last = paragraphs[paragraphs.length - 1];
  const lastText = text.split(/\n\s*\n/).pop() ?? '';
  if (!last || lastText.length > KEEP_WITH_SIGNATURES_MAX) {
    return [heading, ...paragraphs, signatures];
  }
  return [heading, ...paragraphs.slice(0, -1), { stack: [last, signatures], unbreakable: true }];
}

/**
 * Laporan Hasil Monitoring dan Pemeliharaan Perangkat TI (SOP C and D), portrait on F4 or
 * A4: kop, title, sections I..VIII with the month's figures and the operator's narrative,
 * then the three signatures.
 */
export function laporanPemeliharaanDefinition(req: MonthlyReportRequest): TDocumentDefinitions {
  const m = PORTRAIT_MARGINS;
  const width = contentWidth(req.paper);
  const periode = formatBulanTahun(req.tahun, req.bulan);
  const nomor = req.nomor.trim() || NOMOR_BLANK;
  const place = formatTempatTanggal(req.office.kota, calendarDate(req.tanggalLaporan));

  const content: Content[] = [
    kopSurat(req.office, width),
    {
      stack: [
        { text: LAPORAN_TITLE, bold: true },
        { text: periodeLine(req.tahun, req.bulan), bold: true },
        { text: `Nomor: ${nomor}`, bold: false, margin: [0, 2, 0, 0] },
      ],
      alignment: 'center',
      fontSize: 12,
      margin: [0, 0, 0, 6],
    },
    ...reportSections(req, width),
    ...closing(req, reportSignatures(place, req.penandatangan, width)),
  ];

  return {
    pageSize: pageSizePoints(req.paper),
    pageOrientation: 'portrait',
    pageMargins: marginsArray(m),
    info: {
      title: `Laporan Hasil Monitoring dan Pemeliharaan Perangkat TI — ${periode}`,
      creator: 'Meja TI',
      producer: 'Meja TI',
    },
    defaultStyle: { font: SERIF, fontSize: 11, lineHeight: 1.15 },
    styles: REPORT_STYLES,
    content,
    footer: pageFooter(`${LAPORAN_NAME} ${periode}`, m),
    pageBreakBefore: keepHeadingsWithSection,
  };
}
