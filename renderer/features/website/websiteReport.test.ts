import { describe, expect, it } from 'vitest';
import type { BackupRow, PersonRow } from '../../db/rows';
import type {
  WebsiteCheckRow,
  WebsiteIncidentRow,
  WebsiteSiteRow,
  WebsiteVisitorReviewRow,
} from '../../db/websiteRows';
import type { PaperSizeId } from '../../../shared/pdf/paper';
import { MUKOMUKO_OFFICE } from '../../../test/doubles/shared/sampleOffice';
import { laporanWebsiteRequest } from './websiteReportData';

/** The month's report request built from the records: each section's rows as printed. */

const book = { _clock: {}, _deleted: false, _updatedBy: null, _updatedAt: '' };
const local = (d: number, h: number) => new Date(2026, 11, d, h, 0).toISOString();

const sites: WebsiteSiteRow[] = [
  {
    id: 's1',
    jenis: 'hosting',
    nama: 'Website PA Mukomuko',
    alamatUrl: 'https://pa-mukomuko.go.id',
    penyedia: 'PT Hosting Nusantara',
    mulaiKontrak: '2026-01-01',
    akhirKontrak: '2026-12-31',
    biaya: 2_400_000,
    nomorTagihan: 'INV-1',
    ...book,
  },
  {
    id: 's2',
    jenis: 'domain',
    nama: 'Domain pa-mukomuko.go.id',
    alamatUrl: '',
    penyedia: 'PANDI',
    mulaiKontrak: '2026-03-01',
    akhirKontrak: '2027-02-28',
    biaya: 50_000,
    nomorTagihan: 'INV-2',
    ...book,
  },
];
const check = (id: string, d: number, status: number | null): WebsiteCheckRow => ({
  id,
  siteId: 's1',
  waktu: local(d, 9),
  statusHttp: status,
  waktuResponsMs: status === null ? null : 210,
  tlsBerakhir: '2027-01-15',
  cara: 'otomatis',
  catatan: '',
  ...book,
});
const incident: WebsiteIncidentRow = {
  id: 'i1',
  siteId: 's1',
  masalah: 'Website tidak dapat diakses',
  mulai: local(3, 8),
  selesai: local(3, 15),
  penanganan: 'Server dipindahkan penyedia hosting',
  tindakLanjut: [
    {
      pihak: 'hosting',
      permintaan: 'Memeriksa server',
      dimintaPada: local(3, 9),
      dijawabPada: local(3, 13),
      jawaban: 'Server dipindah',
    },
  ],
  pemulihan: { pada: local(3, 16), backupId: 'b1', catatan: 'Data dipulihkan dari cadangan' },
  ...book,
};
const review: WebsiteVisitorReviewRow = {
  id: 'r1',
  siteId: 's1',
  dariTanggal: '2026-12-01',
  sampaiTanggal: '2026-12-07',
  jumlahKunjungan: 1250,
  temuan: 'Kunjungan wajar',
  mencurigakan: false,
  catatan: '',
  ...book,
};
const backup: BackupRow = {
  id: 'b1',
  tanggal: '2026-12-02',
  itemId: 'website',
  media: 'Hardisk eksternal',
  ukuranMb: 800,
  lokasi: 'Lemari server',
  petugasId: 'p1',
  ujiPemulihan: 'berhasil',
  catatan: '',
  ...book,
} as BackupRow;
const operator = {
  id: 'p1',
  nama: 'Rahmat Hidayat, S.Kom.',
  nip: '199001012019031001',
  jabatan: 'Pranata Komputer',
} as PersonRow;

function request(paper: PaperSizeId) {
  return laporanWebsiteRequest({
    office: { ...MUKOMUKO_OFFICE, kertas: paper },
    data: {
      bulan: '2026-12',
      sites,
      checks: [check('c1', 1, 200), check('c2', 2, 200), check('c3', 3, null), check('c4', 4, 200)],
      incidents: [incident],
      reviews: [review],
      backups: [backup],
      published: [
        {
          judul: 'Pengumuman Libur Natal',
          jenis: 'Pengumuman',
          urlPublikasi: 'https://pa-mukomuko.go.id/libur',
          dipublikasiPada: local(20, 10),
        },
      ],
      people: [operator],
    },
    situasi: 'Website berjalan baik kecuali gangguan server tanggal 3.',
    tanggal: '2026-12-31',
    dibuat: {
      jabatan: 'Pranata Komputer',
      nama: 'Rahmat Hidayat, S.Kom.',
      nip: '199001012019031001',
    },
    mengetahui: { jabatan: 'Penanggung Jawab Website', nama: 'Drs. Syamsul Bahri', nip: '' },
    now: new Date(2026, 11, 31, 10),
  });
}

describe('the Laporan Situasi dan Kondisi Website request', () => {
  it("takes the month's figures, problems, renewals due, website backups and content", () => {
    const r = request('F4');
    expect(r.paper).toBe('F4');
    expect(r.periode).toBe('Desember 2026');
    expect(r.ketersediaan).toEqual([
      {
        layanan: 'Website PA Mukomuko',
        alamat: 'https://pa-mukomuko.go.id',
        pemeriksaan: 4,
        tersedia: 3,
        persen: '75%',
      },
      {
        layanan: 'Domain pa-mukomuko.go.id',
        alamat: '',
        pemeriksaan: 0,
        tersedia: 0,
        persen: 'belum diperiksa',
      },
    ]);
    expect(r.masalah[0]?.pihakKetiga[0]).toMatch(
      /^Penyedia hosting: Memeriksa server \(diminta .*; dijawab .*: Server dipindah\)$/,
    );
    expect(r.masalah[0]?.pemulihan).toMatch(/^Dipulihkan dari cadangan/);
    expect(r.berakhir.map((b) => b.keterangan)).toEqual([
      'kontrak berakhir hari ini',
      'kontrak berakhir dalam 59 hari',
    ]);
    expect(r.pencadangan).toMatchObject([
      { media: 'Hardisk eksternal', petugas: 'Rahmat Hidayat, S.Kom.' },
    ]);
    expect(r.konten).toMatchObject([{ judul: 'Pengumuman Libur Natal' }]);
  });

  it('refuses to print without the signers', () => {
    const input = (over: object) => ({
      office: MUKOMUKO_OFFICE,
      data: {
        bulan: '2026-12',
        sites: [],
        checks: [],
        incidents: [],
        reviews: [],
        backups: [],
        published: [],
        people: [],
      },
      situasi: '',
      tanggal: '2026-12-31',
      dibuat: { jabatan: 'Operator', nama: 'A', nip: '' },
      mengetahui: { jabatan: 'PJ', nama: 'B', nip: '' },
      now: new Date(),
      ...over,
    });
    expect(() => laporanWebsiteRequest(input({ mengetahui: null }))).toThrow(/PJ atau Sekretaris/);
    expect(() => laporanWebsiteRequest(input({ dibuat: null }))).toThrow(/Dibuat oleh/);
  });
});
