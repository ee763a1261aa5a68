import type {
  Content,
  DynamicContent,
  Node,
  Table,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import {
  MONTHLY_REPORT_SECTIONS,
  type MonthlyReportRequest,
  type PerangkatRow,
} from '../../../maintenance/reportSchema';
import { MUKOMUKO_OFFICE } from '../../../../test/doubles/shared/sampleOffice';
import { contentWidth } from '../../layout';
import type { PaperSizeId } from '../../paper';
import { buildPdfDefinition } from '../build';
import { pdfDocumentRequestSchema } from '../request';
import {
  keepHeadingsWithSection,
  LAPORAN_TITLE,
  NOMOR_BLANK,
  periodeLine,
  SECTION_ROOM,
} from './laporanPemeliharaan';
import { EMPTY_ROW_TEXT, HEADING_LEVEL, reportTableLayout } from './reportTable';
import { kondisiSummary, REKOMENDASI_EMPTY, sectionTitle } from './sections';
import { deviceColumns, NOT_CHECKED } from './tables';

const signer = (jabatan: string, nama: string, nip: string) => ({ jabatan, nama, nip });

function device(i: number, overrides: Partial<PerangkatRow> = {}): PerangkatRow {
  return {
    nama: `PC Lenovo ThinkCentre M70t ${i + 1}`,
    kodeBmn: '3.10.02.01.003',
    nup: String(i + 1),
    ruangan: 'Ruang Sidang Utama',
    kondisi: 'Baik',
    tindakan: 'Pembersihan debu dan pembaruan antivirus.',
    tanggal: '2026-11-03',
    petugas: 'Rahmat Hidayat, S.Kom.',
    ...overrides,
  };
}

function report(overrides: Partial<MonthlyReportRequest> = {}): MonthlyReportRequest {
  return {
    kind: 'laporanPemeliharaan',
    office: MUKOMUKO_OFFICE,
    paper: 'F4',
    printedAt: '2026-11-30T15:00:00+07:00',
    nomor: '045/PLTI/XI/2026',
    tahun: 2026,
    bulan: 11,
    tanggalLaporan: '2026-11-30',
    dasar: {
      sopNomor: 'SOP/AS/32',
      sopJudul: 'Pengelolaan Teknologi Informasi dan Website',
      prosedur: [
        { key: 'C', judul: 'Monitoring dan Pemeliharaan Perangkat Teknologi Informasi' },
        { key: 'D', judul: 'Pengamanan Perangkat Teknologi Informasi' },
      ],
    },
    jadwal: [
      {
        kegiatan: 'Pemeliharaan fisik jaringan',
        frekuensi: '1 Minggu',
        sasaran: 'Kabel, switch, UPS',
        terjadwal: 4,
        terlaksana: 3,
        tepatWaktu: 3,
      },
      {
        kegiatan: 'Pengelolaan server pusat data',
        frekuensi: '1 Bulan',
        sasaran: 'Server Data',
        terjadwal: 1,
        terlaksana: 1,
        tepatWaktu: 0,
      },
    ],
    perangkat: [device(0), device(1, { kondisi: 'Rusak Ringan', tanggal: null })],
    jaringan: [
      {
        tanggal: '2026-11-02',
        kegiatan: 'Pemantauan log firewall',
        hasil: 'Normal',
        tindakan: '-',
        petugas: 'Rahmat Hidayat, S.Kom.',
      },
    ],
    cadangan: [],
    uat: [],
    layanan: {
      diterima: 20,
      selesai: 17,
      ditolak: 1,
      berjalan: 2,
      terlambat: 3,
      rataRataMenit: 135,
      standarMenit: 585,
    },
    temuan: [],
    narasi: {
      jadwal: 'Pemeriksaan server tertunda karena pemadaman listrik.',
      perangkat: '',
      jaringan: '',
      pengamanan: '',
      layanan: '',
      temuan: '',
      rekomendasi: '',
    },
    penandatangan: {
      dibuat: signer(
        'Pranata Komputer Ahli Pertama',
        'Rahmat Hidayat, S.Kom.',
        '199507082020121003',
      ),
      diperiksa: signer('Kasubag PTIP', 'Drs. H. Ahmad Fauzi, M.H.', '197201272003121002'),
      mengetahui: signer('Sekretaris', 'Hj. Nurhayati, S.H., M.H.', '197505202000032001'),
    },
    ...overrides,
  };
}

/** Every string the definition prints, in document order. */
function texts(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const n of node) texts(n, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text' || key === 'stack' || key === 'columns' || key === 'body') {
        texts(value, out);
      } else if (key === 'table') texts(value, out);
    }
  }
  return out;
}

/** The register tables (reportTableLayout) in document order. */
function tables(node: unknown, out: Table[] = []): Table[] {
  if (Array.isArray(node)) for (const n of node) tables(n, out);
  else if (node && typeof node === 'object') {
    const o = node as { table?: Table; layout?: unknown };
    if (o.table && o.layout === reportTableLayout) out.push(o.table);
    for (const value of Object.values(node)) tables(value, out);
  }
  return out;
}

const build = (r: MonthlyReportRequest) => buildPdfDefinition(pdfDocumentRequestSchema.parse(r));
const printed = (def: TDocumentDefinitions) => texts(def.content);

describe('monthlyReportRequestSchema in the print request union', () => {
  it('accepts a report and an empty month', () => {
    expect(pdfDocumentRequestSchema.safeParse(report()).success).toBe(true);
    const empty = report({ jadwal: [], perangkat: [], jaringan: [], nomor: '' });
    expect(pdfDocumentRequestSchema.safeParse(empty).success).toBe(true);
  });

  it('caps the rows, the narratives and the cells, and checks month, dates and NIPs', () => {
    const ok = (r: unknown) => pdfDocumentRequestSchema.safeParse(r).success;
    const many = Array.from({ length: 5001 }, (_, i) => device(i));
    expect(ok(report({ perangkat: many }))).toBe(false);
    expect(ok(report({ perangkat: many.slice(1) }))).toBe(true);
    const narasi = report().narasi;
    expect(ok(report({ narasi: { ...narasi, rekomendasi: 'x'.repeat(4001) } }))).toBe(false);
    expect(ok(report({ narasi: { ...narasi, rekomendasi: 'x'.repeat(4000) } }))).toBe(true);
    expect(ok(report({ perangkat: [device(0, { tindakan: 'x'.repeat(501) })] }))).toBe(false);
    expect(ok(report({ bulan: 13 }))).toBe(false);
    expect(ok(report({ tanggalLaporan: '30-11-2026' }))).toBe(false);
    expect(ok(report({ perangkat: [device(0, { tanggal: '2026-02-30' })] }))).toBe(false);
    const bad = { ...report().penandatangan, mengetahui: signer('Sekretaris', 'X', '1975') };
    expect(ok(report({ penandatangan: bad }))).toBe(false);
    expect(ok(report({ layanan: { ...report().layanan, diterima: -1 } }))).toBe(false);
  });
});

describe('laporanPemeliharaanDefinition', () => {
  it.each<[PaperSizeId, { width: number; height: number }]>([
    ['F4', { width: 609.45, height: 935.43 }],
    ['A4', { width: 595.28, height: 841.89 }],
  ])('sets the report upright on %s', (paper, size) => {
    const def = build(report({ paper }));
    expect(def.pageOrientation).toBe('portrait');
    expect(def.pageSize).toEqual(size);
    expect(def.info?.title).toBe(
      'Laporan Hasil Monitoring dan Pemeliharaan Perangkat TI — November 2026',
    );
  });

  it('prints the title, the month and the number, or dots for a number to fill in', () => {
    expect(periodeLine(2026, 11)).toBe('BULAN NOVEMBER TAHUN 2026');
    const lines = printed(build(report()));
    expect(lines).toContain(LAPORAN_TITLE);
    expect(lines).toContain('BULAN NOVEMBER TAHUN 2026');
    expect(lines).toContain('Nomor: 045/PLTI/XI/2026');
    expect(printed(build(report({ nomor: '' })))).toContain(`Nomor: ${NOMOR_BLANK}`);
  });

  it('numbers the eight sections in order', () => {
    const lines = printed(build(report()));
    const titles = MONTHLY_REPORT_SECTIONS.map((s) => sectionTitle(s.key));
    expect(titles[0]).toBe('I. Dasar');
    expect(titles[7]).toBe('VIII. Rekomendasi');
    const at = titles.map((t) => lines.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('prints the basis, the totals, the counts and the handling time against the standard', () => {
    const lines = printed(build(report()));
    const all = lines.join('\n');
    // The number is its own unbreakable run within the sentence.
    expect(all.replace(/\n/g, '')).toContain(
      'Standar Operasional Prosedur (SOP) Nomor SOP/AS/32 tentang Pengelolaan Teknologi Informasi dan Website',
    );
    expect(lines).toContain('SOP/AS/32');
    expect(lines).toContain('Pengamanan Perangkat Teknologi Informasi');
    expect(all).toContain('Dari 5 kegiatan terjadwal, 4 terlaksana (80%) dan 3 tepat waktu.');
    expect(all).toContain(
      'Jumlah perangkat yang dipantau 2 unit: Baik 1 unit, Rusak Ringan 1 unit',
    );
    expect(all).toContain('2 jam 15 menit');
    expect(all).toContain('1 hari 2 jam 15 menit');
    expect(all).toContain(
      'Rata-rata waktu penanganan 2 jam 15 menit berada dalam standar waktu SOP 1 hari 2 jam 15 menit.',
    );
    // The narrative follows the figures of its section.
    const narasi = lines.indexOf('Pemeriksaan server tertunda karena pemadaman listrik.');
    expect(narasi).toBeGreaterThan(lines.indexOf('Jumlah'));
    expect(narasi).toBeLessThan(lines.indexOf(sectionTitle('perangkat')));
    expect(lines).toContain(REKOMENDASI_EMPTY);
  });

  it('says when the average exceeds the standard, and when nothing was finished', () => {
    const slow = report({ layanan: { ...report().layanan, rataRataMenit: 600 } });
    expect(printed(build(slow)).join('\n')).toContain(
      'Rata-rata waktu penanganan 1 hari 2 jam 30 menit melampaui standar waktu SOP 1 hari 2 jam 15 menit.',
    );
    const none = report({ layanan: { ...report().layanan, rataRataMenit: null } });
    expect(printed(build(none))).toContain(
      'Belum ada permintaan layanan yang selesai pada bulan ini.',
    );
  });

  it('repeats every table header, keeps rows whole, and fits the text width on F4 and A4', () => {
    for (const paper of ['F4', 'A4'] as const) {
      const found = tables(build(report({ paper })).content);
      expect(found).toHaveLength(6);
      for (const table of found) {
        expect(table.headerRows).toBe(1);
        expect(table.keepWithHeaderRows).toBe(1);
        expect(table.dontBreakRows).toBe(true);
        const widths = table.widths as number[];
        const total =
          widths.reduce((s, w) => s + w, 0) + widths.length * 6 + (widths.length + 1) * 0.6;
        expect(total).toBeCloseTo(contentWidth(paper), 6);
        expect(Math.min(...widths)).toBeGreaterThanOrEqual(18);
      }
      const devices = found[1];
      expect(devices?.body[0]?.map((c) => (c as { text: string }).text)).toEqual(
        deviceColumns(report().perangkat).map((c) => c.header),
      );
    }
  });

  it('prints a device row with its BMN code and NUP, and "-" for a device not checked', () => {
    const devices = tables(build(report()).content)[1];
    // A group row names the check (its date and officer) once, then its devices.
    expect(texts(devices?.body[1]).join('')).toContain('3 November 2026');
    expect(texts(devices?.body[2])).toEqual([
      '1',
      'PC Lenovo ThinkCentre M70t 1',
      '3.10.02.01.003',
      'NUP 1',
      'Ruang Sidang Utama',
      'Baik',
      'Pembersihan debu dan pembaruan antivirus.',
    ]);
    expect(texts(devices?.body[3]).join('')).toContain(NOT_CHECKED);
    expect(texts(devices?.body[4])).toEqual([
      '2',
      'PC Lenovo ThinkCentre M70t 2',
      '3.10.02.01.003',
      'NUP 2',
      'Ruang Sidang Utama',
      'Rusak Ringan',
      '-',
    ]);
  });

  it('prints an empty table as one row spanning the columns', () => {
    const found = tables(build(report({ perangkat: [], jadwal: [] })).content);
    for (const table of found.slice(0, 2)) {
      expect(table.body).toHaveLength(2);
      const cell = table.body[1]?.[0] as { text: string; colSpan: number };
      expect(cell.text).toBe(EMPTY_ROW_TEXT);
      expect(cell.colSpan).toBe(table.widths?.length);
    }
    // No total row under an empty schedule.
    expect(printed(build(report({ jadwal: [] })))).not.toContain('Jumlah');
  });

  it('ends with place and date and three signatures with formatted NIPs, kept together', () => {
    const def = build(report());
    const last = (def.content as Content[]).at(-1) as { unbreakable?: boolean };
    expect(last.unbreakable).toBe(true);
    const lines = texts(last);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Mukomuko, 30 November 2026',
        'Dibuat oleh,',
        'Diperiksa oleh,',
        'Mengetahui,',
        'Pranata Komputer Ahli Pertama,',
        'Kasubag PTIP,',
        'Sekretaris,',
        'Rahmat Hidayat, S.Kom.',
        'Drs. H. Ahmad Fauzi, M.H.',
        'Hj. Nurhayati, S.H., M.H.',
        'NIP. 19950708 202012 1 003',
        'NIP. 19720127 200312 1 002',
        'NIP. 19750520 200003 2 001',
      ]),
    );
    expect(lines.indexOf('Dibuat oleh,')).toBeLessThan(lines.indexOf('Mengetahui,'));
  });

  it('names the report and the page in every footer', () => {
    const def = build(report());
    const footer = def.footer as DynamicContent;
    const content = footer(3, 7, { width: 0, height: 0, orientation: 'portrait' });
    expect((content as { text: string }).text).toBe(
      'Laporan Monitoring dan Pemeliharaan Perangkat TI November 2026 — Halaman 3 dari 7',
    );
  });
});

describe('kondisiSummary', () => {
  it('counts the three usual conditions first, whatever their case, then the others', () => {
    const rows = [
      device(0),
      device(1, { kondisi: 'rusak berat' }),
      device(2, { kondisi: 'Dipinjam' }),
      device(3, { kondisi: '' }),
      device(4),
    ];
    expect(kondisiSummary(rows)).toBe(
      'Baik 2 unit, Rusak Ringan 0 unit, Rusak Berat 1 unit, Dipinjam 1 unit, Tanpa keterangan 1 unit',
    );
  });
});

describe('keepHeadingsWithSection', () => {
  const node = (headlineLevel: number | undefined, verticalRatio: number): Node => ({
    headlineLevel,
    pageNumbers: [1],
    pages: 1,
    stack: false,
    startPosition: {
      pageNumber: 1,
      pageOrientation: 'portrait',
      pageInnerHeight: 800,
      pageInnerWidth: 450,
      left: 0,
      top: 0,
      horizontalRatio: 0,
      verticalRatio,
    },
  });

  it('moves a heading with less room under it than a section needs to the next page', () => {
    const foot = 1 - (SECTION_ROOM - 1) / 800;
    expect(keepHeadingsWithSection(node(HEADING_LEVEL, foot))).toBe(true);
    expect(keepHeadingsWithSection(node(HEADING_LEVEL, 0.5))).toBe(false);
    expect(keepHeadingsWithSection(node(undefined, foot))).toBe(false);
  });
});
