import type { DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import type { Office } from '../../../office/office';
import { MUKOMUKO_OFFICE } from '../../../../test/doubles/shared/sampleOffice';
import { DEFAULT_PETUNJUK } from '../../../requests/schema';
import { buildPdfDefinition } from '../build';
import { pdfDocumentRequestSchema } from '../request';
import { DAFTAR_MARGINS, STATUS_ORDER, tally } from './daftarPermintaan';
import type {
  DaftarPermintaanRequest,
  DaftarRow,
  FormulirPermintaanRequest,
  LembarDisposisiRequest,
} from './requestDocs';

const printedAt = '2026-11-22T14:30:00+07:00';

const office: Office = MUKOMUKO_OFFICE;

const signer = {
  jabatan: 'Kasubag PTIP',
  nama: 'Drs. H. Ahmad Fauzi, M.H.',
  nip: '197201272003121002',
};

const formulir: FormulirPermintaanRequest = {
  kind: 'formulirPermintaan',
  office,
  paper: 'F4',
  printedAt,
  data: {
    nomor: '012/PLTI/XI/2026',
    diterimaPada: printedAt,
    saluran: 'WhatsApp',
    pemohon: {
      nama: 'Siti Aminah',
      nip: '199003152019031004',
      unitNama: 'Kepaniteraan',
      telepon: '',
    },
    kategori: 'Perangkat keras',
    aplikasi: '',
    perangkat: '',
    uraian: 'Komputer tidak menyala.',
    urgensi: 'Tinggi',
    petugasPenerima: null,
    kasubag: signer,
    hasil: null,
  },
};

const disposisi: LembarDisposisiRequest = {
  kind: 'lembarDisposisi',
  office,
  paper: 'A4',
  printedAt,
  data: {
    suratDari: 'Siti Aminah, Kepaniteraan',
    nomorSurat: '012/PLTI/XI/2026',
    tanggalSurat: null,
    diterimaTanggal: printedAt,
    nomorAgenda: '012/PLTI/XI/2026',
    sifat: 'biasa',
    kecepatan: 'segera',
    hal: 'Komputer tidak menyala',
    diteruskanKepada: ['Rahmat Hidayat (Pranata Komputer)'],
    petunjukPilihan: [...DEFAULT_PETUNJUK],
    petunjukDipilih: ['Selesaikan'],
    catatan: '',
    pemberi: signer,
    tanggalDisposisi: printedAt,
  },
};

function row(overrides: Partial<DaftarRow> = {}): DaftarRow {
  return {
    nomor: '001/PLTI/XI/2026',
    diterimaPada: printedAt,
    pemohon: 'Siti Aminah',
    unit: 'Kepaniteraan',
    kategori: 'Jaringan/internet',
    uraian: 'Internet putus.',
    prioritas: 'Tinggi',
    status: 'Selesai',
    selesaiPada: printedAt,
    durasi: '1 jam',
    terlambat: false,
    ...overrides,
  };
}

const daftar: DaftarPermintaanRequest = {
  kind: 'daftarPermintaan',
  office,
  paper: 'A4',
  printedAt,
  data: { dari: '2026-11-01', sampai: '2026-11-30', rows: [row()], penandaTangan: null },
};

function footerText(def: TDocumentDefinitions, page: number, pages: number): string {
  const footer = def.footer as DynamicContent;
  const content = footer(page, pages, { width: 0, height: 0, orientation: 'portrait' });
  return (content as { text: string }).text;
}

describe('a cancelled request on paper', () => {
  it('reads Dibatalkan and the reason in the Daftar Ket. and beside the Formulir number', () => {
    const note = 'Dibatalkan: Tercatat dua kali';
    const list = buildPdfDefinition({
      ...daftar,
      data: { ...daftar.data, rows: [row({ status: 'Dibatalkan', dibatalkan: note })] },
    });
    expect(JSON.stringify(list.content)).toContain(note);
    const form = formulir.data
      ? buildPdfDefinition({ ...formulir, data: { ...formulir.data, dibatalkan: note } })
      : null;
    expect(JSON.stringify(form?.content)).toContain('(DIBATALKAN: TERCATAT DUA KALI)');
  });
});

describe('request document schemas', () => {
  it('accept the three documents in the print request union', () => {
    for (const request of [formulir, { ...formulir, data: null }, disposisi, daftar]) {
      expect(pdfDocumentRequestSchema.safeParse(request).success).toBe(true);
    }
  });

  it('reject a NIP that is not 18 digits and an uraian over 2000 characters', () => {
    const data = formulir.data;
    if (!data) throw new Error('fixture');
    const badNip = { ...formulir, data: { ...data, pemohon: { ...data.pemohon, nip: '1990' } } };
    expect(pdfDocumentRequestSchema.safeParse(badNip).success).toBe(false);
    const long = { ...formulir, data: { ...data, uraian: 'x'.repeat(2001) } };
    expect(pdfDocumentRequestSchema.safeParse(long).success).toBe(false);
    const atMost = { ...formulir, data: { ...data, uraian: 'x'.repeat(2000) } };
    expect(pdfDocumentRequestSchema.safeParse(atMost).success).toBe(true);
  });

  it('reject a chosen petunjuk that is not among the options, and an unknown sifat', () => {
    const stray = { ...disposisi, data: { ...disposisi.data, petunjukDipilih: ['Tidak ada'] } };
    expect(pdfDocumentRequestSchema.safeParse(stray).success).toBe(false);
    const sifat = { ...disposisi, data: { ...disposisi.data, sifat: 'penting' } };
    expect(pdfDocumentRequestSchema.safeParse(sifat).success).toBe(false);
  });

  it('cap the register at 5000 rows and want the period in order', () => {
    const rows = Array.from({ length: 5001 }, () => row());
    const tooMany = { ...daftar, data: { ...daftar.data, rows } };
    expect(pdfDocumentRequestSchema.safeParse(tooMany).success).toBe(false);
    const enough = { ...daftar, data: { ...daftar.data, rows: rows.slice(1) } };
    expect(pdfDocumentRequestSchema.safeParse(enough).success).toBe(true);
    const backwards = { ...daftar, data: { ...daftar.data, dari: '2026-12-01' } };
    expect(pdfDocumentRequestSchema.safeParse(backwards).success).toBe(false);
    const notADate = { ...daftar, data: { ...daftar.data, sampai: '30-11-2026' } };
    expect(pdfDocumentRequestSchema.safeParse(notADate).success).toBe(false);
  });
});

describe('buildPdfDefinition for the request documents', () => {
  it('sets the form and the disposition upright and the register across, on the paper asked', () => {
    const f = buildPdfDefinition(formulir);
    expect(f.pageOrientation).toBe('portrait');
    expect(f.pageSize).toEqual({ width: 609.45, height: 935.43 });
    const d = buildPdfDefinition(disposisi);
    expect(d.pageOrientation).toBe('portrait');
    expect(d.pageSize).toEqual({ width: 595.28, height: 841.89 });
    const r = buildPdfDefinition(daftar);
    expect(r.pageOrientation).toBe('landscape');
    expect(r.pageSize).toEqual({ width: 841.89, height: 595.28 });
    expect(r.pageMargins).toEqual([
      DAFTAR_MARGINS.left,
      DAFTAR_MARGINS.top,
      DAFTAR_MARGINS.right,
      DAFTAR_MARGINS.bottom,
    ]);
  });

  it("prints a Plh.'s paraf as courts do: Plh. before the official's jabatan, the delegate below", () => {
    const plh = { jabatan: 'Sekretaris', nama: 'Citra Lestari', nip: '', plh: 'Plh.' as const };
    const text = JSON.stringify(
      buildPdfDefinition({ ...disposisi, data: { ...disposisi.data, pemberi: plh } }).content,
    );
    expect(text).toContain('"text":"Plh. Sekretaris,"');
    expect(text).toContain('"text":"Citra Lestari","bold":true,"decoration":"underline"');
    expect(JSON.stringify(buildPdfDefinition(disposisi).content)).not.toContain('Plh.');
  });

  it('names the document and the page in every footer', () => {
    expect(footerText(buildPdfDefinition(formulir), 1, 1)).toBe(
      'Formulir Permintaan Layanan TI 012/PLTI/XI/2026 — Halaman 1 dari 1',
    );
    expect(footerText(buildPdfDefinition({ ...formulir, data: null }), 1, 1)).toBe(
      'Formulir Permintaan Layanan TI — Halaman 1 dari 1',
    );
    expect(footerText(buildPdfDefinition(disposisi), 1, 1)).toBe(
      'Lembar Disposisi 012/PLTI/XI/2026 — Halaman 1 dari 1',
    );
    expect(footerText(buildPdfDefinition(daftar), 3, 7)).toBe(
      'Daftar Permintaan Layanan TI — Halaman 3 dari 7',
    );
  });
});

describe('tally', () => {
  const rows = [
    row({ status: 'Selesai', kategori: 'Website' }),
    row({ status: 'Ditolak', kategori: 'Perangkat keras' }),
    row({ status: 'Selesai', kategori: 'Zimbra' }),
    row({ status: 'Dalam proses', kategori: 'Aplikasi (SIPP)' }),
    row({ status: 'Selesai', kategori: 'Website' }),
    row({ status: 'Menunggu', kategori: '' }),
  ];

  it('counts statuses in workflow order, unknown ones after', () => {
    expect(tally(rows, 'status', STATUS_ORDER)).toEqual([
      { label: 'Dalam proses', count: 1 },
      { label: 'Ditolak', count: 1 },
      { label: 'Selesai', count: 3 },
      { label: 'Menunggu', count: 1 },
    ]);
  });

  it('counts categories in the default order, then the others alphabetically, empty as "-"', () => {
    expect(tally(rows, 'kategori', ['Perangkat keras', 'Perangkat lunak', 'Website'])).toEqual([
      { label: 'Perangkat keras', count: 1 },
      { label: 'Website', count: 2 },
      { label: '-', count: 1 },
      { label: 'Aplikasi (SIPP)', count: 1 },
      { label: 'Zimbra', count: 1 },
    ]);
  });

  it('gives nothing for no rows', () => {
    expect(tally([], 'status', STATUS_ORDER)).toEqual([]);
  });
});
