import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { JadwalRow, PerangkatRow } from '../../shared/maintenance/reportSchema';
import type { PaperSizeId } from '../../shared/pdf/paper';
import { sampleMonthlyReport } from '../fixtures/monthlyReport';
import { pdfInfo } from '../fixtures/pdfText';
import { renderRequest } from '../fixtures/requestDocs';

/**
 * Issue #15 item 6, the Laporan Bulanan: the totals of table II never stand alone on a page,
 * room names break between words, the SOP activity is named once per group of devices, the
 * devices print in NUP order whatever order they came in, and durations are written in
 * working days as the SOP and the Daftar write them.
 */

const PAPERS: readonly PaperSizeId[] = ['F4', 'A4'];
/** Schedule lengths whose totals fall at the foot of a page on each paper. */
const JADWAL_COUNTS: Record<PaperSizeId, number[]> = {
  F4: [31, 32, 33],
  A4: [24, 25, 26],
};

function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
}

const allText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

const KEGIATAN =
  'Melakukan pemeliharaan dan pengecekan perangkat komputer, printer dan jaringan secara berkala';

/** 200 devices of the sample, checked in the month's last rounds, some in Kesekretariatan. */
function devices(paper: PaperSizeId): PerangkatRow[] {
  return sampleMonthlyReport({ devices: 200, days: 31, paper }).perangkat.map((d, i) => ({
    ...d,
    ruangan: i % 10 === 3 ? 'Kesekretariatan' : d.ruangan,
    kegiatan: d.tanggal ? KEGIATAN : '',
    tindakan: d.kondisi === 'Baik' ? 'Baik' : d.tindakan,
    tanggal: d.tanggal ? `2026-12-${String(29 + (i % 3)).padStart(2, '0')}` : null,
    petugas: i % 3 === 0 ? 'Rahmat Hidayat, S.Kom.' : 'Andi Saputra, A.Md.',
  }));
}

/** A seeded shuffle, so the test is the same on every run. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 16807) % 2147483647;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe.each(PAPERS)('Laporan Bulanan on %s', (paper) => {
  it('prints the devices grouped under their check, in NUP order, the same for any input order', async () => {
    const base = sampleMonthlyReport({ devices: 200, days: 31, paper });
    const rows = devices(paper);
    const a = await renderRequest({ ...base, perangkat: rows }, `laporan-urut-${paper}`);
    const b = await renderRequest({ ...base, perangkat: shuffled(rows) }, `laporan-acak-${paper}`);
    expect(pdfInfo(b).pages).toBe(pdfInfo(a).pages);
    const text = allText(a);
    expect(allText(b)).toBe(text);

    // The activity is named once per check (three rounds), not on each of 200 rows.
    const named =
      text.replace(/\s+/g, ' ').split('Melakukan pemeliharaan dan pengecekan').length - 1;
    expect(named).toBeGreaterThan(0);
    expect(named).toBeLessThanOrEqual(3);

    // A room name is never cut inside a word.
    expect(text).not.toMatch(/Kesekretariata\s/);
    expect((text.match(/Kesekretariatan/g) ?? []).length).toBe(20);
  });

  it('writes durations in working days, as the SOP and the Daftar do', async () => {
    const base = sampleMonthlyReport({ devices: 0, days: 31, paper });
    const layanan = { ...base.layanan, rataRataMenit: 1000, standarMenit: 585 };
    const file = await renderRequest({ ...base, layanan }, `laporan-durasi-${paper}`);
    const text = allText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Standar waktu SOP 1 hari 2 jam 15 menit');
    expect(text).toContain('Rata-rata waktu penanganan 2 hari 1 jam 40 menit');
    expect(text).not.toContain('9 jam 45 menit');
  });

  it(
    'keeps the Jumlah row of table II with the rows above it, wherever the page breaks',
    { timeout: 120_000 },
    async () => {
      const base = sampleMonthlyReport({ devices: 0, days: 31, paper });
      const first = base.jadwal[0];
      if (!first) throw new Error('no schedule row');
      for (const count of JADWAL_COUNTS[paper]) {
        const jadwal: JadwalRow[] = Array.from({ length: count }, (_, i) => ({
          ...first,
          kegiatan: `Kegiatan pemeliharaan berkala nomor ${i + 1}`,
        }));
        const file = await renderRequest({ ...base, jadwal }, `laporan-jumlah-${paper}-${count}`);
        const pages = pdfInfo(file).pages;
        for (let page = 1; page <= pages; page++) {
          const onPage = pageText(file, page);
          if (/^\s*Jumlah\s+\d+\s+\d+\s+\d+\s*$/m.test(onPage)) {
            expect(onPage, `${count} rows, page ${page}`).toMatch(
              /Kegiatan pemeliharaan berkala nomor/,
            );
          }
        }
      }
    },
  );
});
