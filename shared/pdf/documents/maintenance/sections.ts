import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatAngka } from '../../../format/number';
import { toRoman } from '../../../format/roman';
import {
  MONTHLY_REPORT_SECTIONS,
  type MonthlyReportRequest,
  type MonthlyReportSectionKey,
  type PerangkatRow,
} from '../../../maintenance/reportSchema';
import { rincianHariKerja } from '../../../sop/totals';
import { gridLayout } from '../requests/common';
import { HEADING_LEVEL } from './reportTable';
import { deviceTable, findingsTable, networkTable, scheduleTable, securityTables } from './tables';

export const REKOMENDASI_EMPTY = 'Tidak ada rekomendasi pada bulan ini.';

/** Condition labels counted in the device summary, in this order; others follow by name. */
export const KONDISI_ORDER = ['Baik', 'Rusak Ringan', 'Rusak Berat'] as const;

/** "III. Kondisi Perangkat TI": the section's number and title. */
export function sectionTitle(key: MonthlyReportSectionKey): string {
  const index = MONTHLY_REPORT_SECTIONS.findIndex((s) => s.key === key);
  const section = MONTHLY_REPORT_SECTIONS[index];
  return `${toRoman(index + 1)}. ${section?.judul ?? ''}`;
}

/**
 * A section's heading, with its first sub-heading when it has one. `keep` marks it for the
 * page-break rule; a heading inside an unbreakable block must not be (the block moves whole,
 * and pdfmake would judge the heading where the block was first tried).
 */
export function sectionHeading(
  key: MonthlyReportSectionKey,
  keep: boolean,
  sub?: Content,
): Content {
  const title: Content = { text: sectionTitle(key), bold: true, margin: [0, 10, 0, 3] };
  const level = keep ? { headlineLevel: HEADING_LEVEL } : {};
  return sub ? { stack: [title, sub], ...level } : { ...title, ...level };
}

const heading = (key: MonthlyReportSectionKey, sub?: Content) => sectionHeading(key, true, sub);

/** The operator's narrative, paragraph by paragraph (blank lines divide them). */
export function narrative(text: string): Content[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ text: p, alignment: 'justify', margin: [0, 0, 0, 4] }));
}

function sentence(text: string): Content {
  return { text, alignment: 'justify', margin: [0, 0, 0, 4] };
}

const pct = (part: number, whole: number) => `${formatAngka(Math.round((part / whole) * 100))}%`;

function dasar(req: MonthlyReportRequest): Content[] {
  const { sopNomor, sopJudul, prosedur } = req.dasar;
  // The SOP number stays on one line: "SOP/AS/32" must not break at a slash.
  const intro: Content = {
    text: [
      'Laporan ini disusun berdasarkan Standar Operasional Prosedur (SOP)',
      ...(sopNomor ? [' Nomor ', { text: sopNomor, noWrap: true }] : []),
      sopJudul ? ` tentang ${sopJudul}` : '',
      prosedur.length > 0 ? ', pada prosedur:' : '.',
    ],
    alignment: 'justify',
    margin: [0, 0, 0, 4],
  };
  const out: Content[] = [intro];
  if (prosedur.length > 0) {
    out.push({
      table: {
        widths: [18, '*'],
        body: prosedur.map((p): TableCell[] => [{ text: `${p.key}.` }, { text: p.judul }]),
      },
      layout: gridLayout,
      margin: [12, 0, 0, 2],
    });
  }
  return out;
}

function jadwal(req: MonthlyReportRequest, width: number): Content[] {
  const sum = (k: 'terjadwal' | 'terlaksana' | 'tepatWaktu') =>
    req.jadwal.reduce((total, row) => total + row[k], 0);
  const [terjadwal, terlaksana, tepat] = [sum('terjadwal'), sum('terlaksana'), sum('tepatWaktu')];
  const out: Content[] = [scheduleTable(width, req.jadwal, { terjadwal, terlaksana, tepat })];
  if (terjadwal > 0) {
    out.push(
      sentence(
        `Dari ${formatAngka(terjadwal)} kegiatan terjadwal, ${formatAngka(terlaksana)} terlaksana (${pct(terlaksana, terjadwal)}) dan ${formatAngka(tepat)} tepat waktu.`,
      ),
    );
  }
  return out;
}

/** "Baik 180 unit, Rusak Ringan 15 unit, Rusak Berat 5 unit": the usual three, then others. */
export function kondisiSummary(rows: readonly PerangkatRow[]): string {
  const counts = new Map<string, number>(KONDISI_ORDER.map((k) => [k, 0]));
  for (const row of rows) {
    const label = row.kondisi.trim();
    const known = KONDISI_ORDER.find((k) => k.toLowerCase() === label.toLowerCase());
    const key = known ?? (label || 'Tanpa keterangan');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].map(([k, n]) => `${k} ${formatAngka(n)} unit`).join(', ');
}

function perangkat(req: MonthlyReportRequest, width: number): Content[] {
  const out: Content[] = [deviceTable(width, req.perangkat)];
  if (req.perangkat.length > 0) {
    out.push(
      sentence(
        `Jumlah perangkat yang dipantau ${formatAngka(req.perangkat.length)} unit: ${kondisiSummary(req.perangkat)}.`,
      ),
    );
  }
  return out;
}

/** Section VI: seven short lines and a sentence, never parted from their heading. */
function layanan(req: MonthlyReportRequest): Content[] {
  const l = req.layanan;
  // Working days of 450 minutes, as the SOP and the Daftar write the same minutes.
  const durasi = (m: number | null, none: string) => (m === null ? none : rincianHariKerja(m));
  const rows: [string, string][] = [
    ['Permintaan diterima', formatAngka(l.diterima)],
    ['Selesai', formatAngka(l.selesai)],
    ['Ditolak', formatAngka(l.ditolak)],
    ['Masih dalam proses', formatAngka(l.berjalan)],
    ['Melewati standar waktu SOP', formatAngka(l.terlambat)],
    ['Rata-rata waktu penanganan', durasi(l.rataRataMenit, '-')],
    ['Standar waktu SOP', durasi(l.standarMenit, 'tidak ditetapkan')],
  ];
  const figures: Content[] = [
    {
      table: {
        widths: [200, 110],
        body: rows.map(([label, value]): TableCell[] => [
          { text: label },
          { text: value, alignment: 'right' },
        ]),
      },
      layout: { ...gridLayout, paddingTop: () => 1, paddingBottom: () => 1 },
      margin: [12, 0, 0, 4],
    },
  ];
  if (l.rataRataMenit !== null && l.standarMenit !== null) {
    const within = l.rataRataMenit <= l.standarMenit;
    figures.push(
      sentence(
        `Rata-rata waktu penanganan ${rincianHariKerja(l.rataRataMenit)} ${within ? 'berada dalam' : 'melampaui'} standar waktu SOP ${rincianHariKerja(l.standarMenit)}.`,
      ),
    );
  } else if (l.rataRataMenit === null) {
    figures.push(sentence('Belum ada permintaan layanan yang selesai pada bulan ini.'));
  }
  return [{ stack: [sectionHeading('layanan', false), ...figures], unbreakable: true }];
}

/** Sections I..VII in order, each its heading, its figures, then the operator's narrative. */
export function reportSections(req: MonthlyReportRequest, width: number): Content[] {
  const n = req.narasi;
  return [
    heading('dasar'),
    ...dasar(req),
    heading('jadwal'),
    ...jadwal(req, width),
    ...narrative(n.jadwal),
    heading('perangkat'),
    ...perangkat(req, width),
    ...narrative(n.perangkat),
    heading('jaringan'),
    networkTable(width, req.jaringan),
    ...narrative(n.jaringan),
    ...securityTables(width, req.cadangan, req.uat, (first) => heading('pengamanan', first)),
    ...narrative(n.pengamanan),
    ...layanan(req),
    ...narrative(n.layanan),
    heading('temuan'),
    findingsTable(width, req.temuan),
    ...narrative(n.temuan),
  ];
}

/** Section VIII's paragraphs; a sentence saying so when there are none. */
export function rekomendasiParagraphs(req: MonthlyReportRequest): Content[] {
  const paragraphs = narrative(req.narasi.rekomendasi);
  return paragraphs.length > 0 ? paragraphs : [sentence(REKOMENDASI_EMPTY)];
}
