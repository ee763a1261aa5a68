import { describe, expect, it } from 'vitest';
import type { DaftarRow } from '../../shared/pdf/documents/requests/requestDocs';
import type { PaperSizeId } from '../../shared/pdf/paper';
import { mukomukoOffice } from '../fixtures/office';
import { pdfRuns } from '../fixtures/pdfGeometry';
import { local, renderRequest } from '../fixtures/requestDocs';

/**
 * Issue #15 item 1: the signature block of the Daftar never stands alone on a page; it
 * keeps at least the recapitulation or the last rows above it.
 */

const PAPERS: readonly PaperSizeId[] = ['F4', 'A4'];
const SIGNER = 'Drs. H. Ahmad Fauzi, M.H.';

function rows(count: number): DaftarRow[] {
  return Array.from({ length: count }, (_, i) => ({
    nomor: `${String(i + 1).padStart(3, '0')}/PLTI/XI/2026`,
    diterimaPada: local(11, 2 + i, 9, 0),
    pemohon: 'Siti Aminah, S.H.',
    unit: 'Kepaniteraan Hukum',
    kategori: 'Perangkat keras',
    uraian: 'Komputer ruang sidang tidak menyala sejak pagi.',
    prioritas: 'Tinggi',
    status: 'Selesai',
    selesaiPada: local(11, 3 + i, 10, 0),
    durasi: '1 hari 15 menit',
    terlambat: false,
  }));
}

function daftar(paper: PaperSizeId, count: number) {
  return {
    kind: 'daftarPermintaan',
    office: mukomukoOffice(),
    paper,
    printedAt: local(12, 1, 9, 0),
    data: {
      dari: '2026-11-01',
      sampai: '2026-11-30',
      rows: rows(count),
      penandaTangan: {
        jabatan: 'Kepala Subbagian Perencanaan, Teknologi Informasi, dan Pelaporan',
        nama: SIGNER,
        nip: '197201272003121002',
      },
    },
  };
}

describe.each(PAPERS)('Daftar Permintaan Layanan TI on %s', (paper) => {
  it.each([1, 2, 3, 4, 5, 6, 8, 12, 20])(
    'keeps the signature with the rekap or the last rows (%i requests)',
    async (count) => {
      const pages = await pdfRuns(
        await renderRequest(daftar(paper, count), `daftar-ttd-${paper}-${count}`),
      );
      const signed = pages.find((p) => p.runs.some((r) => r.text.includes(SIGNER)));
      if (!signed) throw new Error('no signature');
      const text = signed.runs.map((r) => r.text).join(' ');
      const withRekap = text.includes('REKAPITULASI');
      const withRows = /\d{3}\/PLTI\/XI\/2026/.test(text);
      expect(withRekap || withRows).toBe(true);
    },
  );
});
