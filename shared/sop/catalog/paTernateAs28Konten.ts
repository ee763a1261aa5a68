import type { SopDocument } from '../schema';
import { actor, procedure } from './define';
import { TERNATE } from './paTernateCommon';

/**
 * SOP AS/28 "Pengelolaan TI" of Pengadilan Agama Ternate, the second document of seed 002: one
 * table, the website content procedure (E of the SOP family). Its Waktu column is headed
 * "Hari ke" like AS/29's, but holds durations ("3 jam", "15 - 30 Menit"), so it is read as
 * durations.
 *
 * Actor columns in print order: the extraction gives "Operator masing-masing sub bagian",
 * Editor, Admin Web, "Penanggug Jawab" (sic), Ketua, and "Redaktu r" apart because its heading
 * wraps; the Redaktur is put before the Editor, where the flow (draft, then check) and the
 * other variants place it. The step actors are decided as in Mukomuko E, with the units'
 * operators collecting the material and the Admin Web publishing it.
 */

const kontenWebsite = procedure({
  key: 'E',
  // The document prints no procedure heading; titled as the procedure of the SOP family.
  judul: 'Pengelolaan Konten Website',
  waktuMode: 'duration',
  actors: [
    actor('operator-unit', 'Operator masing-masing sub bagian', 'operatorUnit'),
    actor('redaktur', 'Redaktur', 'redaktur'),
    actor('editor', 'Editor', 'editor'),
    actor('admin-web', 'Admin Web', 'operator'),
    actor('pj', 'Penanggung Jawab', 'penanggungJawab'),
    actor('ketua', 'Ketua', 'ketua'),
  ],
  printedTotal: null,
  steps: [
    {
      // The units' operators hold their units' material: they collect and scan it (1-2).
      no: 1,
      kegiatan:
        'Menyiapkan / mengumpulkan sumber data / laporan / informasi / gambar / audio / multimedia dari kegiatan maupun informasi lain yang wajib di publikasi satuan kerja',
      actorIds: ['operator-unit'],
      kind: 'start',
      kelengkapan: 'Sumber daya / laporan / informasi / gambar / audio / multimedia',
      waktu: '3 jam',
      output: 'Data / laporan / informasi',
    },
    {
      no: 2,
      kegiatan:
        'Merubah informasi / laporan / data / informasi / gambar / audio / multimedia dari sumber informasi menjadi dokumen elektronik standar yang valid',
      actorIds: ['operator-unit'],
      kind: 'process',
      kelengkapan: 'Data / laporan / informasi / mesin pemindai',
      waktu: '1 jam',
      output: 'Dokumen elektronik yang valid',
    },
    {
      no: 3,
      kegiatan:
        'Membuat konsep tulisan / artikel / berita kegiatan atau laporan / data / informasi maupun konten lainnya yang wajib di publikasi dengan memperhatikan etika penulisan dan vadilitas data',
      actorIds: ['redaktur'],
      kind: 'process',
      kelengkapan: 'Dokumen elektronik yang valid',
      waktu: '1 jam',
      output: 'Konsep kontent informasi',
    },
    {
      no: 4,
      kegiatan:
        'Memeriksa / mengoreksi konsep kontent informasi sesuai etika penulisan, etika pemberitaan, akurasi dan vadilitas informasi.',
      actorIds: ['editor'],
      kind: 'process',
      kelengkapan: 'Konsep kontent informasi',
      waktu: '30 Menit',
      output: 'Konsep kontent informasi yang valid',
    },
    {
      // The PJ for routine information, the leadership (Ketua) for special attention.
      no: 5,
      kegiatan:
        'Menyampaikan konsep informasi yang akan dipublikasi kepada penanggung jawab informasi untuk informasi biasa / rutin dan ke Pimpinan satuan kerja terhadap informasi yang memerlukan perhatian khusus',
      actorIds: ['pj', 'ketua'],
      kind: 'decision',
      kelengkapan: 'Konsep kontent informasi yang valid',
      waktu: '30 Menit',
      output: 'Kontent informasi yang siap dipublikasi',
    },
    {
      // Entry in the CMS and archiving: the Admin Web's.
      no: 6,
      kegiatan:
        'Melakukan entri data / update data kontent informasi pada Aplikasi CSM (Content Manajamen System) media online / website dan mengunggah dokumen elektronik pendukungnya',
      actorIds: ['admin-web'],
      kind: 'process',
      kelengkapan: 'Kontent informasi yang siap dipublikasi',
      waktu: '15 - 30 Menit',
      output: 'Kontent informasi yang dipublikasi',
    },
    {
      no: 7,
      kegiatan:
        'Mengarsipkan kontent informasi yang telah dupublikasi termasuk dokumen elektronik pendukungnya',
      actorIds: ['admin-web'],
      kind: 'end',
      kelengkapan: 'kontent informasi yang dipublikasi beserta pendukungnya',
      waktu: '15 Menit',
      output: 'Dokumen elektronik',
    },
  ],
});

export const paTernateAs28Konten: SopDocument = {
  ...TERNATE,
  id: 'pa-ternate-as-28-konten',
  nomor: 'SOP AS/28',
  judul: 'Pengelolaan TI',
  keterkaitan: ['SOP Pelayanan Publik', 'SOP Pengelolaan Website'],
  peralatanPerlengkapan: ['Komputer, internet dan jaringan (network)'],
  peringatan:
    'Jika SOP tidak dilaksanakan, maka layanan informasi tidak dapat valid karena website tidak update',
  pencatatanPendataan: 'Komputer, server',
  sumber: {
    seedFiles: ['002_e09991b84bb2d9cb.txt'],
    note: 'Dokumen kedua berkas 002 (teks PDF). Nomor SOP AS/28 juga dipakai dokumen Pemeliharaan Website. Kolom pelaksana tiap langkah ditetapkan dari isi kegiatan dan varian SOP lain.',
  },
  procedures: [kontenWebsite],
};
