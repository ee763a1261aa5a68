import { describe, expect, it } from 'vitest';
import type { PaperSizeId } from '../../shared/pdf/paper';
import { mukomukoOffice } from '../fixtures/office';
import { pdfRuns, type PageRuns, PT_PER_MM } from '../fixtures/pdfGeometry';
import { ASCENT, DESCENT, local, renderRequest } from '../fixtures/requestDocs';

/**
 * Issue #15 item 2: every wet signature gets at least 20 mm between the line above it
 * (the jabatan or "Pemohon,") and the name under it, on the form and the disposition.
 */

const PAPERS: readonly PaperSizeId[] = ['F4', 'A4'];
const LEAST = 20;

/** Clear space in mm between the text line holding `above` and the next line below it. */
function spaceBelow(page: PageRuns, above: RegExp, nth = 0): number {
  const label = page.runs.filter((r) => above.test(r.text))[nth];
  if (!label) throw new Error(`No run matches ${above}`);
  const below = page.runs
    .filter(
      (r) => r.y > label.y + 1 && Math.abs(r.x + r.width / 2 - (label.x + label.width / 2)) < 60,
    )
    .sort((p, q) => p.y - q.y)[0];
  if (!below) throw new Error(`Nothing under ${above}`);
  const gap = below.y - below.fontSize * ASCENT - (label.y + label.fontSize * DESCENT);
  return gap / PT_PER_MM;
}

const signer = (jabatan: string, nama: string, nip: string) => ({ jabatan, nama, nip });

function formulir(paper: PaperSizeId) {
  return {
    kind: 'formulirPermintaan',
    office: mukomukoOffice(),
    paper,
    printedAt: local(11, 22, 15, 0),
    data: {
      nomor: '012/PLTI/XI/2026',
      diterimaPada: local(11, 22, 14, 30),
      saluran: 'WhatsApp',
      pemohon: {
        nama: 'Siti Aminah, S.H.',
        nip: '199003152019031004',
        unitNama: 'Kepaniteraan Hukum',
        telepon: '0812 7300 1122',
      },
      kategori: 'Perangkat keras',
      aplikasi: '',
      perangkat: 'PC Ruang Sidang I',
      uraian: 'Komputer di ruang sidang utama tidak dapat menyala sejak pagi.',
      urgensi: 'Tinggi',
      petugasPenerima: signer('Pranata Komputer', 'Rahmat Hidayat, S.Kom.', '199507082020121003'),
      kasubag: signer('Kasubag PTIP', 'Drs. H. Ahmad Fauzi, M.H.', '197201272003121002'),
      hasil: {
        pemeriksaan: 'Catu daya rusak.',
        tindakan: 'Catu daya diganti.',
        status: 'Selesai',
        tanggalSelesai: local(11, 23, 10, 0),
      },
    },
  };
}

function disposisi(paper: PaperSizeId) {
  return {
    kind: 'lembarDisposisi',
    office: mukomukoOffice(),
    paper,
    printedAt: local(11, 22, 15, 0),
    data: {
      suratDari: 'Siti Aminah, S.H., Kepaniteraan Hukum',
      nomorSurat: 'W7-A8/123/OT.01/XI/2026',
      tanggalSurat: local(11, 21, 9, 0),
      diterimaTanggal: local(11, 22, 8, 15),
      nomorAgenda: '012/PLTI/XI/2026',
      sifat: 'biasa',
      kecepatan: 'segera',
      hal: 'Permintaan perbaikan komputer ruang sidang utama',
      diteruskanKepada: ['Rahmat Hidayat, S.Kom. (Pranata Komputer)'],
      petunjukPilihan: ['Selesaikan', 'Koordinasikan'],
      petunjukDipilih: ['Selesaikan'],
      catatan: 'Mohon segera ditangani.',
      pemberi: signer(
        'Ketua Pengadilan Agama Mukomuko',
        'Dr. H. Muhammad Yusuf, M.H.',
        '197805122003121001',
      ),
      tanggalDisposisi: local(11, 22, 10, 0),
    },
  };
}

describe.each(PAPERS)('signing space on %s', (paper) => {
  it('gives Pemohon, Petugas Penerima, the Kasubag and the confirmation 20 mm on the Formulir', async () => {
    const [page] = await pdfRuns(await renderRequest(formulir(paper), `ttd-formulir-${paper}`));
    if (!page) throw new Error('no page');
    expect(spaceBelow(page, /^Pemohon,$/, 0)).toBeGreaterThanOrEqual(LEAST);
    expect(spaceBelow(page, /^Petugas Penerima,$/)).toBeGreaterThanOrEqual(LEAST);
    expect(spaceBelow(page, /^Kasubag PTIP,$/)).toBeGreaterThanOrEqual(LEAST);
    // The confirmation box's own "Pemohon," under the officer's part.
    expect(spaceBelow(page, /^Pemohon,$/, 1)).toBeGreaterThanOrEqual(LEAST);
  });

  it('gives the Paraf of the Lembar Disposisi 20 mm', async () => {
    const [page] = await pdfRuns(await renderRequest(disposisi(paper), `ttd-disposisi-${paper}`));
    if (!page) throw new Error('no page');
    expect(spaceBelow(page, /^Ketua Pengadilan Agama Mukomuko,$/)).toBeGreaterThanOrEqual(LEAST);
  });
});

describe.each(PAPERS)('the blank Formulir on %s (issue #15 item 3)', (paper) => {
  const kasubag = signer('Kasubag PTIP', 'Drs. H. Ahmad Fauzi, M.H.', '197201272003121002');
  const kategori = ['Jaringan dan internet', 'Website', 'Aplikasi SIPP', 'Cetak dan pindai'];

  it("names the office's Kasubag and ticks the office's own categories", async () => {
    const request = {
      kind: 'formulirPermintaan',
      office: mukomukoOffice(),
      paper,
      printedAt: local(11, 22, 15, 0),
      data: null,
      kasubag,
      kategori,
    };
    const file = await renderRequest(request, `formulir-kosong-kantor-${paper}`);
    const [page] = await pdfRuns(file);
    if (!page) throw new Error('no page');
    const text = page.runs.map((r) => r.text).join('\n');
    expect(text).toContain('Drs. H. Ahmad Fauzi, M.H.');
    expect(text).toContain('NIP. 19720127 200312 1 002');
    for (const k of kategori) expect(text).toContain(k);
    // The built-in list is not printed beside the office's.
    expect(text).not.toContain('Perangkat keras');
    expect(spaceBelow(page, /^Kasubag PTIP,$/)).toBeGreaterThanOrEqual(LEAST);
  });
});
