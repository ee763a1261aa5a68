import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatTempatTanggal, fromIsoDate } from '../../../format/date';
import { formatNip } from '../../../format/nip';
import { SERIF } from '../../fonts';
import { kopSurat } from '../../kop';
import { contentWidth, marginsArray, PORTRAIT_MARGINS } from '../../layout';
import { pageSizePoints } from '../../paper';
import { jabatanLine } from '../../signatureBlock';
import type { Signer } from '../../signer';
import { formTableLayout, gridLayout, pageFooter } from '../requests/common';
import type { LaporanWebsiteRequest } from './laporanWebsiteRequest';

export const LAPORAN_WEBSITE_NAME = 'Laporan Situasi dan Kondisi Website';
export const LAPORAN_WEBSITE_TITLE = 'LAPORAN SITUASI DAN KONDISI WEBSITE';
export const EMPTY_SECTION = 'Tidak ada pada bulan ini.';
const FS = 11;
const TABLE_FS = 9;

function heading(text: string): Content {
  return { text, bold: true, margin: [0, 10, 0, 4], keepWithHeaderRows: 1 } as Content;
}

function table(columns: readonly string[], widths: (number | string)[], rows: TableCell[][]) {
  if (rows.length === 0) return { text: EMPTY_SECTION, italics: true, fontSize: TABLE_FS };
  const head: TableCell[] = columns.map((c) => ({
    text: c,
    bold: true,
    alignment: 'center',
    fillColor: '#eeeeee',
  }));
  return {
    table: { headerRows: 1, widths, body: [head, ...rows], dontBreakRows: true },
    layout: formTableLayout,
    fontSize: TABLE_FS,
  } as Content;
}

const no = (i: number): TableCell => ({ text: `${i + 1}.`, alignment: 'center' });
const right = (n: number | string): TableCell => ({ text: String(n), alignment: 'right' });

const GAP = 30;

/**
 * Mengetahui (the PJ or the Sekretaris) at the left, Dibuat oleh (the operator) at the right
 * under the place and date: one grid so jabatan, names and NIPs stay level.
 */
function twoSigners(
  req: { mengetahui: Signer; dibuat: Signer },
  place: string,
  width: number,
): Content {
  const column = (width - GAP) / 2;
  const name = (s: Signer): TableCell => ({
    text: s.nama,
    bold: true,
    decoration: 'underline',
    margin: [0, 52, 0, 0],
  });
  const nip = (s: Signer): TableCell => ({ text: s.nip ? `NIP. ${formatNip(s.nip)}` : ' ' });
  const { mengetahui, dibuat } = req;
  return {
    table: {
      widths: [column, GAP, column],
      dontBreakRows: true,
      body: [
        ['', '', place],
        ['Mengetahui,', '', 'Dibuat oleh,'],
        [jabatanLine(mengetahui), '', jabatanLine(dibuat)],
        [name(mengetahui), '', name(dibuat)],
        [nip(mengetahui), '', nip(dibuat)],
      ],
    },
    layout: gridLayout,
    unbreakable: true,
    margin: [0, 18, 0, 0],
  };
}

/** The month's report of SOP F: availability, problems, renewals due, backups, content. */
export function laporanWebsiteDefinition(req: LaporanWebsiteRequest): TDocumentDefinitions {
  const m = PORTRAIT_MARGINS;
  const width = contentWidth(req.paper);
  const signedOn = fromIsoDate(req.tanggal) ?? new Date(req.printedAt);
  const signers = twoSigners(req, formatTempatTanggal(req.office.kota, signedOn), width);
  return {
    pageSize: pageSizePoints(req.paper, 'portrait'),
    pageMargins: marginsArray(m),
    info: { title: `${LAPORAN_WEBSITE_NAME} ${req.periode}` },
    defaultStyle: { font: SERIF, fontSize: FS, lineHeight: 1.15 },
    footer: pageFooter(`${LAPORAN_WEBSITE_NAME} ${req.periode}`, m),
    content: [
      kopSurat(req.office, width),
      { text: LAPORAN_WEBSITE_TITLE, bold: true, alignment: 'center', fontSize: 12.5 },
      {
        text: `BULAN ${req.periode.toUpperCase()}`,
        bold: true,
        alignment: 'center',
        margin: [0, 0, 0, 10],
      },
      heading('A. Situasi dan Kondisi'),
      {
        text:
          req.situasi || 'Website dan layanan pendukungnya berjalan sebagaimana tercatat di bawah.',
      },
      heading('B. Ketersediaan Website dan Layanan'),
      table(
        ['No', 'Layanan', 'Alamat', 'Pemeriksaan', 'Tersedia', 'Ketersediaan'],
        [20, '*', '*', 58, 48, 62],
        req.ketersediaan.map((r, i) => [
          no(i),
          r.layanan,
          r.alamat,
          right(r.pemeriksaan),
          right(r.tersedia),
          right(r.persen),
        ]),
      ),
      heading('C. Masalah dan Pemecahannya'),
      table(
        ['No', 'Layanan', 'Masalah dan Waktu', 'Penanganan', 'Pihak Ketiga', 'Status'],
        [20, 70, '*', '*', '*', 50],
        req.masalah.map((r, i) => [
          no(i),
          r.layanan,
          { stack: [r.masalah, { text: r.waktu, italics: true }] },
          {
            stack: [
              r.penanganan || '—',
              ...(r.pemulihan ? [{ text: r.pemulihan, italics: true }] : []),
            ],
          },
          r.pihakKetiga.length > 0 ? { ul: r.pihakKetiga } : '—',
          r.status,
        ]),
      ),
      heading('D. Layanan yang Akan Berakhir'),
      table(
        ['No', 'Layanan', 'Penyedia', 'Akhir Kontrak', 'Keterangan'],
        [20, '*', '*', 80, 110],
        req.berakhir.map((r, i) => [no(i), r.layanan, r.penyedia, r.akhirKontrak, r.keterangan]),
      ),
      heading('E. Pencadangan Website'),
      table(
        ['No', 'Tanggal', 'Media', 'Lokasi', 'Petugas', 'Uji Pemulihan'],
        [20, 70, 70, '*', '*', 70],
        req.pencadangan.map((r, i) => [
          no(i),
          r.tanggal,
          r.media,
          r.lokasi,
          r.petugas,
          r.ujiPemulihan,
        ]),
      ),
      heading('F. Aktivitas Pengunjung'),
      table(
        ['No', 'Layanan', 'Periode', 'Temuan', 'Aktivitas Mencurigakan'],
        [20, 70, 90, '*', '*'],
        req.pengunjung.map((r, i) => [no(i), r.layanan, r.periode, r.temuan, r.mencurigakan]),
      ),
      heading('G. Konten yang Dipublikasikan Bulan Ini'),
      table(
        ['No', 'Judul', 'Jenis', 'Alamat Publikasi', 'Tanggal'],
        [20, '*', 70, '*', 70],
        req.konten.map((r, i) => [no(i), r.judul, r.jenis, r.url, r.tanggal]),
      ),
      signers,
    ],
  };
}
