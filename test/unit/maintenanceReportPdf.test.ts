import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNip } from '../../shared/format/nip';
import { MONTHLY_REPORT_SECTIONS } from '../../shared/maintenance/reportSchema';
import {
  LAPORAN_NAME,
  LAPORAN_TITLE,
} from '../../shared/pdf/documents/maintenance/laporanPemeliharaan';
import { EMPTY_ROW_TEXT } from '../../shared/pdf/documents/maintenance/reportTable';
import { REKOMENDASI_EMPTY, sectionTitle } from '../../shared/pdf/documents/maintenance/sections';
import { buildPdfDefinition } from '../../shared/pdf/documents/build';
import { pdfDocumentRequestSchema } from '../../shared/pdf/documents/request';
import type { PaperSizeId } from '../../shared/pdf/paper';
import { KASUBAG, OPERATOR, SEKRETARIS, sampleMonthlyReport } from '../fixtures/monthlyReport';
import { nodeModulesPdfRenderer } from '../fixtures/pdfServices';
import { pdfInfo, pdfText } from '../fixtures/pdfText';

/**
 * The monthly maintenance report (SOP C and D) rendered by the real renderer with the
 * embedded fonts and read back with poppler: every section, the device table across pages
 * with its header on each, the signatures with their NIPs, on F4 and A4.
 */

const PORTRAIT: Record<PaperSizeId, { width: number; height: number }> = {
  F4: { width: 609.45, height: 935.43 },
  A4: { width: 595.28, height: 841.89 },
};
const DEVICE_HEADER = /No\s+Perangkat\s+Kode BMN \/\s+Ruangan\s+Kondisi\s+Hasil \/ Tindakan/;
/** The start of a device row: its number and the kind of device. */
const DEVICE_ROW = /^ ?\d+ (PC|Laptop|Printer|Scanner|UPS|Switch|Access Point|CCTV|Server) /m;
const SIGNERS = [OPERATOR, KASUBAG, SEKRETARIS];

const dir = mkdtempSync(path.join(tmpdir(), 'meja-laporan-'));
const renderer = nodeModulesPdfRenderer();

/** Validates the request as main does, builds and renders it; returns the PDF's path. */
async function render(request: unknown, name: string): Promise<string> {
  const definition = buildPdfDefinition(pdfDocumentRequestSchema.parse(request));
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await renderer.render(definition));
  return file;
}

function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
}

const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ');

describe('the sample report', () => {
  it('is signed by staff with valid NIPs', () => {
    for (const s of SIGNERS) expect(parseNip(s.nip, new Date(2026, 10, 30)).ok).toBe(true);
  });
});

describe.each<PaperSizeId>(['F4', 'A4'])('Laporan Pemeliharaan on %s', (paper) => {
  it('prints 200 devices across pages with the header on each, then the signatures', async () => {
    const request = sampleMonthlyReport({ devices: 200, days: 31, paper });
    const file = await render(request, `laporan-200-${paper}`);
    const info = pdfInfo(file);
    expect(info.width).toBeCloseTo(PORTRAIT[paper].width, 1);
    expect(info.height).toBeCloseTo(PORTRAIT[paper].height, 1);
    expect(info.pages).toBeGreaterThan(5);

    const text = squeeze(pdfText(file));
    expect(text).toContain('PENGADILAN AGAMA MUKOMUKO');
    expect(text).toContain(LAPORAN_TITLE.slice(0, 40));
    expect(text).toContain('BULAN DESEMBER TAHUN 2026');
    expect(text).toContain('Nomor: 045/PLTI/XII/2026');
    for (const section of MONTHLY_REPORT_SECTIONS)
      expect(text).toContain(sectionTitle(section.key));
    expect(text).toContain(`${LAPORAN_NAME} Desember 2026 — Halaman 1 dari ${info.pages}`);
    expect(text).toContain(`Halaman ${info.pages} dari ${info.pages}`);

    // A device row as printed: number, name, BMN code, room, condition.
    expect(text).toMatch(/\b1 \S.* 3\.10\.\d\d\.\d\d\.\d{3} \S.* (Baik|Rusak)/);
    expect(text).toContain('Jumlah perangkat yang dipantau 200 unit: Baik 186 unit');
    expect(text).toContain('Rusak Ringan 10 unit, Rusak Berat 4 unit.');

    // Every page that holds device rows opens them with the header.
    const devicePages: number[] = [];
    for (let page = 1; page <= info.pages; page++) {
      const onPage = squeeze(pageText(file, page));
      if (DEVICE_ROW.test(onPage)) {
        expect(onPage).toMatch(DEVICE_HEADER);
        devicePages.push(page);
      }
      if (page > 1) expect(onPage).not.toContain('MAHKAMAH AGUNG REPUBLIK INDONESIA');
    }
    expect(devicePages.length).toBeGreaterThanOrEqual(4);
    expect((text.match(new RegExp(DEVICE_HEADER, 'g')) ?? []).length).toBe(devicePages.length);

    // The month's service requests against the standard.
    expect(text).toMatch(/Permintaan diterima\s+62/);
    expect(text).toContain(
      'Rata-rata waktu penanganan 2 jam 15 menit berada dalam standar waktu SOP 1 hari 2 jam 15 menit.',
    );

    // The signatures close the last page, with their names and NIPs.
    const last = squeeze(pageText(file, info.pages));
    expect(last).toContain('Mukomuko, 31 Desember 2026');
    for (const caption of ['Dibuat oleh,', 'Diperiksa oleh,', 'Mengetahui,']) {
      expect(last).toContain(caption);
    }
    for (const s of SIGNERS) expect(last).toContain(s.nama);
    expect(last).toContain('NIP. 19950708 202012 1 003');
    expect(last).toContain('NIP. 19720127 200312 1 002');
    expect(last).toContain('NIP. 19750520 200003 2 001');
    // The recommendations share the signatures' page.
    expect(last).toContain(sectionTitle('rekomendasi'));
  });

  it('prints an empty month with every section and "Tidak ada catatan" in each table', async () => {
    const sample = sampleMonthlyReport({ devices: 0, days: 0, paper });
    const narasi = { ...sample.narasi, rekomendasi: '' };
    const file = await render({ ...sample, nomor: '', narasi }, `laporan-kosong-${paper}`);
    const info = pdfInfo(file);
    expect(info.pages).toBeLessThanOrEqual(2);
    const text = squeeze(pdfText(file));
    for (const section of MONTHLY_REPORT_SECTIONS)
      expect(text).toContain(sectionTitle(section.key));
    expect((text.match(new RegExp(EMPTY_ROW_TEXT, 'g')) ?? []).length).toBe(6);
    expect(text).toMatch(/Nomor: \.{20,}/);
    expect(text).toContain(REKOMENDASI_EMPTY);
    expect(text).toContain('Belum ada permintaan layanan yang selesai pada bulan ini.');
    expect(text).toContain(`Halaman 1 dari ${info.pages}`);
  });
});
