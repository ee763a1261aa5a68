import type { SopDocument } from '../schema';
import { actor, procedure } from './define';
import { TERNATE } from './paTernateCommon';

/**
 * SOP AS/29 "Pelayanan Teknologi Informasi" of Pengadilan Agama Ternate: the first document of
 * seed 002 (PDF text, cells out of order) read together with seed 003 (OCR of the same pages,
 * rows in order, which places the day numbers, "Ya" at the disposition and the Mulai/Selesai
 * terminators). Its Waktu column is headed "Hari ke": the day on which a step falls; recurring
 * steps print "30 setiap bulan" there instead.
 *
 * The document has no Ket. column; the frequency "30 setiap bulan" printed under Waktu is also
 * put in keterangan, so that a step's frequency is found in one field in every variant.
 *
 * Neither extraction keeps the columns, so the actor of each step is decided from the activity
 * and the other variants (see paMukomukoAs32.ts); the Kabag Perencanaan dan Kepegawaian sits
 * between the Kasubag and the Sekretaris, so proposals and considerations pass through him.
 */

const MONTHLY = '30 setiap bulan';

const operator = actor('operator', 'Operator/Admin', 'operator');
const kasubag = actor('kasubag', 'Kasub Bag Kepeg dan TI', 'kasubag');
const kabag = actor('kabag', 'Kabag Perencanaan dan Kepegawaian', 'kabag');
const sekretaris = actor('sekretaris', 'Sekretaris', 'sekretaris');
const ketua = actor('ketua', 'Ketua', 'ketua');
const actors = [operator, kasubag, kabag, sekretaris, ketua];

const perumusanKebijakan = procedure({
  key: 'A',
  judul: 'Perumusan Kebijakan TI',
  waktuMode: 'hariKe',
  actors,
  printedTotal: null,
  steps: [
    {
      // The Kasubag plans (Mulai), the proposal goes up through the Kabag and the Sekretaris,
      // the Ketua decides, the operator collects the regulations (Selesai).
      no: 1,
      kegiatan:
        'Merencanakan program pengembangan SDM di bidang TI dan pelatihan/edukasi dibutuhkan',
      actorIds: ['kasubag'],
      kind: 'start',
      kelengkapan: 'Draft',
      waktu: '1',
      output: 'Rencana program',
    },
    {
      no: 2,
      kegiatan:
        'Mengusulkan kebijakan, strategi dan perencanaan Teknologi Informasi untuk jangka panjang dan menengah',
      actorIds: ['kabag', 'sekretaris'],
      kind: 'process',
      kelengkapan: 'Draft',
      waktu: '2',
      output: 'Daftar Usulan',
    },
    {
      no: 3,
      kegiatan: 'Menetapkan Kebijakan strategis dan perencanaan TI',
      actorIds: ['ketua'],
      kind: 'decision',
      kelengkapan: 'Konsep SK Tim TI',
      waktu: '3',
      output: 'Surat Keputusan',
    },
    {
      no: 4,
      kegiatan:
        'Menghimpun dan Mengumpulkan data yang meliputi regulasi terbaru yang berkaitan dengan penyelenggaraan TI',
      actorIds: ['operator'],
      kind: 'end',
      kelengkapan: 'Kumpulan peraturan',
      waktu: '4',
      output: 'Surat Keputusan',
    },
  ],
});

const permintaanLayanan = procedure({
  key: 'B',
  judul: 'Penanganan Permintaan dan Pemenuhan Layanan TI',
  waktuMode: 'hariKe',
  actors,
  printedTotal: null,
  steps: [
    {
      no: 1,
      kegiatan: 'Menerima permintaan layanan TI',
      actorIds: ['operator'],
      kind: 'start',
      kelengkapan: 'Formulir Permintaan Layanan TI',
      waktu: '1',
      output: 'Registrasi Permintaan Layanan TI',
    },
    {
      // "Ya" is printed at this step: the Sekretaris's disposition.
      no: 2,
      kegiatan: 'Mendisposisikan Surat Permintaan',
      actorIds: ['sekretaris'],
      kind: 'decision',
      kelengkapan: 'Lembar Disposisi',
      waktu: '1',
      output: 'Disposisi',
    },
    {
      // Steps 3-6: desk work, the operator's, which the Kasubag may do.
      no: 3,
      kegiatan: 'Meneliti permintaan layanan Teknologi Informasi',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Instrumen Permintaan Layanan TI',
      waktu: '2',
      output: 'Daftar Permintaan',
    },
    {
      no: 4,
      kegiatan: 'Mengklasifikasikan permintaan layanan Teknologi Informasi',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Daftar Permintaan Layanan TI',
      waktu: '2',
      output: 'Daftar Klasifikasi Permintaan',
    },
    {
      // Seed 003 reads the day as "9", seed 002 lists 2 here (days run 1,1,2,2,2,3,4,4,5).
      no: 5,
      kegiatan: 'Memverifikasi permintaan layanan Teknologi Informasi',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Daftar Permintaan',
      waktu: '2',
      output: 'Daftar Verifikasi',
    },
    {
      no: 6,
      kegiatan: 'Menentukan urgensi serta prioritas penanganan insiden',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Daftar Permintaan Layanan TI',
      waktu: '3',
      output: 'Daftar prioritas layanan',
    },
    {
      // The Kasubag's consideration, passed on through the Kabag.
      no: 7,
      kegiatan:
        'Memberikan pertimbangan atas permintaan layanan Teknologi Informasi berdasarkan kategori insiden',
      actorIds: ['kasubag', 'kabag'],
      kind: 'decision',
      kelengkapan: 'Daftar Usulan Pemenuhan Layanan TI',
      waktu: '4',
      output: 'Pertimbangan Pelayanan',
    },
    {
      // Approval by leadership: the Sekretaris or the Ketua (column not shown).
      no: 8,
      kegiatan: 'Memberikan persetujuan pelayanan Teknologi Informasi',
      actorIds: ['sekretaris', 'ketua'],
      kind: 'decision',
      kelengkapan: 'Daftar Usulan Pemenuhan Layanan TI',
      waktu: '4',
      output: 'Daftar prioritas layanan',
    },
    {
      no: 9,
      kegiatan: 'Menangani permintaan layanan TI',
      actorIds: ['operator'],
      kind: 'end',
      kelengkapan: 'Daftar Persetujuan Pelayanan TI',
      waktu: '5',
      output: 'Daftar prioritas layanan',
    },
  ],
});

const monitoringPemeliharaan = procedure({
  key: 'C',
  judul: 'Monitoring dan Pemeliharaan Perangkat TI',
  waktuMode: 'hariKe',
  actors,
  printedTotal: null,
  steps: [
    {
      // Setting the schedule is planning: the Kasubag's.
      no: 1,
      kegiatan: 'Membuat Jadwal pemeliharaan infrastruktur TI',
      actorIds: ['kasubag'],
      kind: 'start',
      kelengkapan: 'Draft',
      waktu: '1',
      output: 'Jadwal Pemeliharaan',
    },
    {
      // Steps 2-7 and 9: hands-on checks and their records, the operator's.
      no: 2,
      kegiatan:
        'Memantau dan mendeteksi pola (pattern) akses dan transaksi yang berpotensi mengganggu atau menyerang jaringan (network)',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'System',
      waktu: MONTHLY,
      output: 'System security',
      keterangan: MONTHLY,
    },
    {
      no: 3,
      kegiatan:
        'Mengawasi dan melakukan proses jaminan kualitas terhadap semua perencanaan rancangan, implementasi dan pengoperasian sarana TI',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Software dan hadware',
      waktu: MONTHLY,
      output: 'System security',
      keterangan: MONTHLY,
    },
    {
      no: 4,
      kegiatan:
        'Melakukan pemeliharaan fisik jaringan (kabel, router, hub switch, access point, UPS, dll).',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Network',
      waktu: MONTHLY,
      output: 'System security',
      keterangan: MONTHLY,
    },
    {
      no: 5,
      kegiatan: 'Mengelola server-server pusat data.',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Server Data',
      waktu: MONTHLY,
      output: 'System security',
      keterangan: MONTHLY,
    },
    {
      no: 6,
      kegiatan:
        'Melakukan pengawasan pengembangan perangkat lunak (software) maupun perangkat keras (hardware).',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Software dan hadware',
      waktu: MONTHLY,
      output: 'Update data',
      keterangan: MONTHLY,
    },
    {
      no: 7,
      kegiatan:
        'Melakukan koordinasi dengan masing-masing sub bagian terkait pemeliharaan perangkat TI',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Data Permasalahan',
      waktu: MONTHLY,
      output: 'Integrasi Perangkat TI',
      keterangan: MONTHLY,
    },
    {
      // Analysis and evaluation of the results: the Kasubag, passed on through the Kabag.
      no: 8,
      kegiatan: 'Menganalisa dan mengevaluasi hasil hasil monitoring dan pemeliharaan perangkat TI',
      actorIds: ['kasubag', 'kabag'],
      kind: 'process',
      kelengkapan: 'Data Permasalahan',
      waktu: MONTHLY,
      output: 'Daftar hasil monitoring dan pemeliharaan',
      keterangan: MONTHLY,
    },
    {
      no: 9,
      kegiatan: 'Mencatat dan merekapitulasi hasil monitoring dan pemeliharaan perangkat TI',
      actorIds: ['operator'],
      kind: 'end',
      kelengkapan: 'Rekap hasil monitoring',
      waktu: MONTHLY,
      output: 'Daftar hasil monitoring dan pemeliharaan',
      keterangan: MONTHLY,
    },
  ],
});

const pengamananPerangkat = procedure({
  key: 'D',
  judul: 'Pengamanan Perangkat TI',
  waktuMode: 'hariKe',
  actors,
  printedTotal: null,
  steps: [
    {
      no: 1,
      kegiatan:
        'Memantau kondisi jaringan, memberikan peringatan dini (early warning) dan melakukan tindakan pencegahan (prevent) terhadap akses yang dapat mengganggu atau menyerang jaringan (network)',
      actorIds: ['operator'],
      kind: 'start',
      kelengkapan: 'LAN',
      waktu: '1',
      output: 'Konfigurasi system keamanan',
    },
    {
      no: 2,
      kegiatan:
        'Melakukan test penerimaan pengguna (User Acceptance Test) pada saat implementasi aplikasi.',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Aplikasi',
      waktu: '2',
      output: 'Hasil Test',
    },
    {
      // Consideration of the UAT: the Kasubag's.
      no: 3,
      kegiatan:
        'Memberikan pertimbangan atas test penerimaan pengguna (User Acceptance Test) pada saat implementasi aplikasi.',
      actorIds: ['kasubag'],
      kind: 'decision',
      kelengkapan: 'Aplikasi',
      waktu: '3',
      output: 'Catatan Pertimbangan',
    },
    {
      no: 4,
      kegiatan:
        'Memantau aplikasi-aplikasi yang berjalan sesuai dengan kebutuhan dan selalu melihat celah keamanan yang mungkin dijumpai.',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Aplikasi',
      waktu: MONTHLY,
      output: 'Security system',
      keterangan: MONTHLY,
    },
    {
      // Seed 003 shows no day for this step; seed 002 lists 4 here (D5 = 4, D6 = 5).
      // The operator builds the measures, the Kasubag plans risk management and recovery.
      no: 5,
      kegiatan:
        'Membuat sistem keamanan (security system), manajemen resiko (risk management) dan pemulihan terhadap insiden (disaster recovery program) untuk hal-hal yang berkaitan dengan TI',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Antivirus, fire wall',
      waktu: '4',
      output: 'Security system',
    },
    {
      // Approval by leadership: the Sekretaris or the Ketua (column not shown).
      no: 6,
      kegiatan: 'Memberikan persetujuan (approve) terhadap implementasi aplikasi',
      actorIds: ['sekretaris', 'ketua'],
      kind: 'decision',
      kelengkapan: 'Daftar Aplikasi',
      waktu: '5',
      output: 'Persetujuan aplikasi',
    },
    {
      no: 7,
      kegiatan: 'Melakukan backup dan restorasi data secara rutin.',
      actorIds: ['operator'],
      kind: 'end',
      kelengkapan: 'Komputer/Server',
      waktu: MONTHLY,
      output: 'Backup data',
      keterangan: MONTHLY,
    },
  ],
});

export const paTernateAs29: SopDocument = {
  ...TERNATE,
  id: 'pa-ternate-as-29',
  nomor: 'SOP AS/29',
  judul: 'Pelayanan Teknologi Informasi',
  keterkaitan: ['SOP Pelayanan Publik', 'SOP Pengelolaan Website'],
  // Printed as one line, kept as one item.
  peralatanPerlengkapan: ['Komputer, scanner, printer, server'],
  peringatan: 'Jika SOP tidak dilaksanakan, maka tugas-tugas yang berbasis TI akan terkendala',
  pencatatanPendataan: 'Komputer, server',
  sumber: {
    seedFiles: ['002_e09991b84bb2d9cb.txt', '003_db15a34cf7e1444a.txt'],
    note: 'Dokumen pertama berkas 002 (teks PDF, sel tidak berurutan) dibaca bersama OCR 003 (baris berurutan: nomor hari, "Ya", Mulai/Selesai). Kolom pelaksana tiap langkah ditetapkan dari isi kegiatan dan varian SOP lain.',
  },
  procedures: [perumusanKebijakan, permintaanLayanan, monitoringPemeliharaan, pengamananPerangkat],
};
