import type { SopDocument } from '../schema';
import { actor, procedure } from './define';
import { TERNATE } from './paTernateCommon';

/**
 * SOP AS/28 "Pemeliharaan Website" of Pengadilan Agama Ternate, the third document of seed 002:
 * one table, the website maintenance procedure (F of the SOP family). Its Waktu column is headed
 * "Hari ke" but holds durations ("1 Hari", "3 Jam", "1 Jam-3 Hari"), so it is read as durations.
 * The step actors are decided as in Mukomuko F (see paMukomukoAs32.ts).
 */

const pemeliharaanWebsite = procedure({
  key: 'F',
  judul: 'Pemeliharaan Website',
  waktuMode: 'duration',
  actors: [
    actor('admin-web', 'Admin Web', 'operator'),
    actor('pj', 'Penanggung Jawab', 'penanggungJawab'),
    actor('kasubag', 'Kasubbag Kepeg dan TI', 'kasubag'),
    actor('ketua', 'Ketua', 'ketua'),
    actor('pihak-ketiga', 'Pihak ke 3 (provider)', 'pihakKetiga'),
  ],
  printedTotal: null,
  // No step text names the Kasubbag or the Ketua; their columns are left without a step.
  steps: [
    {
      // Steps 1-3 and 5: the Admin Web's routine.
      no: 1,
      kegiatan:
        'Memonitoring secara berkala status pambaruan kontent (updating) dan ketersediaan akses online website',
      actorIds: ['admin-web'],
      kind: 'start',
      kelengkapan: 'Akses sistem website',
      waktu: '1 Hari',
      output: 'Akses website yang terpantau',
    },
    {
      // The document prints a second "Mulai" terminator at this step: the backup routine
      // starts on its own, alongside the monitoring of step 1.
      no: 2,
      kegiatan:
        'Melakukan backup seluruh sistem,data dan informasi yang tersedia pada website secara berkala kedalam media backup CD, Hardisk maupun media backup lain',
      actorIds: ['admin-web'],
      kind: 'start',
      kelengkapan: 'Akses server',
      waktu: '1 Hari',
      output: 'ADK / Dokumen elektronik',
    },
    {
      no: 3,
      kegiatan:
        'Memonitoring secara berkala aktivitas pengunjung dalam rangka mencegah / deteksi dini aktivitas yang memcurigakan yang dapat merusak sistem',
      actorIds: ['admin-web'],
      kind: 'process',
      kelengkapan: 'Akses server',
      waktu: '1 Hari',
      output: 'Log aktivitas pengunjung',
    },
    {
      // The Admin Web renews the services at the provider.
      no: 4,
      kegiatan:
        'Mengupdate siklus pelayanan jasa koneksi,hosting dan nama domain,pada penyedia layanan hosting dan domain',
      actorIds: ['admin-web', 'pihak-ketiga'],
      kind: 'process',
      kelengkapan: 'Invoice Akses layanan koneksi, hosting dan domain',
      waktu: '3 Jam',
      output: 'Layanan koneksi , hosting & domain yang di perbaharui',
    },
    {
      no: 5,
      kegiatan:
        'Melaporkan situasi, kondisi, permasalahan dan alternatif pemecahan masalah website kepada penanggung jawab informasi',
      actorIds: ['admin-web'],
      kind: 'process',
      kelengkapan: 'Data situasi kondisi sistem',
      waktu: '1 Hari',
      output: 'Laporan situasi kondisi',
    },
    {
      // The report goes to the PJ, who decides the measures.
      no: 6,
      kegiatan:
        'Mengambil langkah-langkah pemecahan masalah yang ditemui dalam pengelolahan informasi / website',
      actorIds: ['pj'],
      kind: 'decision',
      kelengkapan: 'Laporan situasi kondisi',
      waktu: '2 Jam',
      output: 'Solusi / pemecahan masalah',
    },
    {
      no: 7,
      kegiatan:
        'Melakukan / menyelesaikan pemecahan masalah (troubleshooting) secara mandiri, pemeliharaan perlengkapan ataupun melibatkan pihak ketiga.',
      actorIds: ['admin-web', 'pihak-ketiga'],
      kind: 'end',
      kelengkapan: 'Solusi / pemecahan masalah',
      waktu: '1 Jam-3 Hari',
      output: 'Akses website selalu tersedia (available & realiable)',
    },
  ],
});

export const paTernateAs28Website: SopDocument = {
  ...TERNATE,
  id: 'pa-ternate-as-28-website',
  nomor: 'SOP AS/28',
  judul: 'Pemeliharaan Website',
  keterkaitan: ['SOP Pelayanan Publik', 'SOP Pengelolaan Website'],
  peralatanPerlengkapan: ['Komputer, internet dan jaringan (network)'],
  peringatan:
    'Jika SOP tidak dilaksanakan, maka layanan informasi tidak valid karena website tidak update',
  pencatatanPendataan: 'Komputer, server',
  sumber: {
    seedFiles: ['002_e09991b84bb2d9cb.txt'],
    note: 'Dokumen ketiga berkas 002 (teks PDF). Nomor SOP AS/28 juga dipakai dokumen Pengelolaan TI. Kolom pelaksana tiap langkah ditetapkan dari isi kegiatan dan varian SOP lain.',
  },
  procedures: [pemeliharaanWebsite],
};
