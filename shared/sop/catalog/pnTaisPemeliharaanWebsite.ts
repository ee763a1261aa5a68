import type { SopDocument } from '../schema';
import { actor, procedure } from './define';

/**
 * "S.O.P. Pemeliharaan Website" of Pengadilan Negeri Tais, seed 004 (OCR of a scan). The
 * document is section 05 of the court's SOP book and prints no number, dates or approval block
 * in the extracted text.
 *
 * Unlike the other variants it names the reporting chain: the Admin Website reports to the
 * Kasubbag (5), who forwards the report to the Sekretaris (6), who decides the measures (7).
 * The actors of steps 1-4 and 8-9 are decided as in Mukomuko F (see paMukomukoAs32.ts).
 */

const pemeliharaanWebsite = procedure({
  key: 'F',
  judul: 'Pemeliharaan Website',
  waktuMode: 'duration',
  actors: [
    actor('admin-web', 'Admin Website', 'operator'),
    actor('kasubag', 'Kasubbag Perencanaan, IT dan Pelaporan', 'kasubag'),
    actor('sekretaris', 'Sekretaris', 'sekretaris'),
    actor('pihak-ketiga', 'Pihak ke 3', 'pihakKetiga'),
  ],
  printedTotal: null,
  steps: [
    {
      no: 1,
      kegiatan:
        'Memonitoring secara berkala status pembaruan kontent (updating) dan ketersediaan akses online website',
      actorIds: ['admin-web'],
      kind: 'start',
      kelengkapan: 'Akses sistem website',
      waktu: '1 hari',
      output: 'Akses website yang terpantau',
    },
    {
      no: 2,
      kegiatan:
        'Melakukan backup seluruh sistem, data dan informasi yang tersedia pada website secara berkala ke dalam media backup CD, hardisk maupun media backup lain',
      actorIds: ['admin-web'],
      kind: 'process',
      kelengkapan: 'Akses server',
      waktu: '1 hari',
      output: 'ADK/ Dokumen elektronik',
    },
    {
      no: 3,
      kegiatan:
        'Memonitoring secara berkala aktivitas pengunjung dalam rangka mencegah/ deteksi dini aktivitas yang mencurigakan yang dapat merusak sistem',
      actorIds: ['admin-web'],
      kind: 'process',
      kelengkapan: 'Akses server',
      waktu: '1 hari',
      output: 'Log aktivitas pengunjung',
    },
    {
      // The Admin Website renews the services at the provider.
      no: 4,
      kegiatan:
        'Mengupdate siklus pelayanan jasa koneksi, hosting dan nama domain, pada penyedia layanan hosting dan domain',
      actorIds: ['admin-web', 'pihak-ketiga'],
      kind: 'process',
      kelengkapan: 'Invoice, Akses layanan koneksi, hosting dan domain',
      waktu: '3 jam',
      output: 'Layanan koneksi, hosting & domain yang di perbaharui',
    },
    {
      no: 5,
      kegiatan:
        'Melaporkan situasi, kondisi, permasalahan dan alternatif pemecahan masalah website kepada Kasubbag',
      actorIds: ['admin-web'],
      kind: 'process',
      kelengkapan: 'Data situasi kondisi sistem',
      waktu: '1 hari',
      output: 'Laporan situasi kondisi',
    },
    {
      no: 6,
      kegiatan: 'Meneruskan Laporan kepada Sekretaris.',
      actorIds: ['kasubag'],
      kind: 'process',
      kelengkapan: 'Laporan kondisi sistem',
      waktu: '5 menit',
      output: 'Laporan situasi kondisi',
    },
    {
      no: 7,
      kegiatan:
        'Mengambil langkah-langkah pemecahan masalah yang ditemui dalam pengelolaan informasi / website.',
      actorIds: ['sekretaris'],
      kind: 'decision',
      kelengkapan: 'Laporan situasi kondisi',
      waktu: '2 jam',
      output: 'Solusi / pemecahan masalah',
    },
    {
      no: 8,
      kegiatan:
        'Melakukan/menyelesaikan pemecahan masalah (troubleshooting) secara mandiri, ataupun melibatkan pihak ketiga.',
      actorIds: ['admin-web', 'pihak-ketiga'],
      kind: 'process',
      kelengkapan: 'Solusi /pemecahan masalah',
      waktu: '1jam - 3hari',
      output: 'Akses website selalu tersedia (available & realible)',
    },
    {
      // Restoring the data from the backup once the problem is solved: the Admin Website's.
      no: 9,
      kegiatan: 'Masalah terselesaikan, Data di Back Up Kembali',
      actorIds: ['admin-web'],
      kind: 'end',
      kelengkapan: 'Solusi /pemecahan masalah',
      waktu: '1 jam',
      output: 'Akses Website selalu tersedia (available & realible)',
    },
  ],
});

export const pnTaisPemeliharaanWebsite: SopDocument = {
  id: 'pn-tais-pemeliharaan-website',
  nomor: null,
  judul: 'Pemeliharaan Website',
  pengadilan: 'Pengadilan Negeri Tais',
  tanggalPembuatan: null,
  tanggalRevisi: null,
  tanggalEfektif: null,
  disahkanOleh: null,
  dasarHukum: [
    'Undang-Undang No. 14 Tahun 2008 tentang KIP( Keterbukaan Informasi Publik)',
    'Inpres No. 3 tahun 2003 tentang kebijakan dan strategi nasional pengembangan e-government;',
    'KMA No. 1-144 tahun 2011 tanggal 5 januari 2011 Tentang Pedoman Pelayanan Informasi di pengadilan (pengganti KMA No. 144 tahun 2007);',
    'Surat Edaran Kepmenkominfo No. 55/KEP/M.KOMINFO/12/2003 tentang panduan pembangunan infrastruktur portal pemerintah, No. 56/KEP/M.KOMINFO/12/2003 tentang panduan manajemen sistem dokumen elektronik dan 57/KEP/M.KOMINFO/12/2003 tentang panduan penyusunan rencana induk e-government lembaga;',
    'Surat Edaran Menpan No. SE.01/Menpan /M.PAN/2009 tanggal 30 Maret 2009 tentang Pemanfaatan Perangkat Lunak legal dan Open source software.',
    'Perma No. 7 Tahun 2015 Tentang Organisasi dan Tata Kerja Kepaniteraan dan Kesekretariatan Peradilan',
    'Peraturan Sekretaris Mahkamah Agung RI No. 002 Tahun 2012 tentang Pedoman Penyusunan Standar Oprasional Prosedur di lingkungan Mahkamah Agung dan Badan Peradilan yang berada dibawahnya',
  ],
  kualifikasiPelaksana: ['S1 Hukum', 'S1 Komputer', 'D3', 'SLTA'],
  keterkaitan: ['SOP Pembaharuan Konten Website'],
  peralatanPerlengkapan: ['Komputer / Laptop', 'Jaringan Internet', 'Printer'],
  peringatan:
    'Jika S.O.P ini tidak dilaksanakan maka Pengolahan Website dan Keterbukaan Informasi Pengadilan Negeri Tais tidak akan berjalan dengan baik',
  pencatatanPendataan: 'Laporan Pengelolaan IT',
  catatan: [
    'Pihak ketiga yang dimaksud terdiri dari:',
    '- ISP (Internet Service Provider) koneksi seperti Telkom Speedy dan lain-lain.',
    '- ISP layanan domain seperti Pengelola Nama Domain Indonesia (PANDI) Depkominfo.',
    '- ISP layanan hosting seperti UII Net, Jagoan hosting dll.',
    '- Dan Pihak ketiga lainnya misalnya Perorangan / Perusahaan Jasa lainnya yang bergerak dibidang Teknologi Informasi.',
  ].join('\n'),
  sumber: {
    seedFiles: ['004_06eec6245d1904d0.txt'],
    note: 'OCR pindaian, bagian 05 buku SOP pengadilan; nomor, tanggal dan pengesahan tidak terbaca. Kolom pelaksana langkah 5-7 mengikuti teks kegiatan; langkah lain ditetapkan dari isi kegiatan dan varian SOP lain.',
  },
  procedures: [pemeliharaanWebsite],
};
