import type { SopDocument } from '../schema';
import { actor, procedure } from './define';

/**
 * SOP/AS/32 of Pengadilan Agama Mukomuko Kelas II, from seed 000 (PDF text, the cleanest seed).
 *
 * The extracted text drops the flowchart symbols, so it does not show which actor column a
 * step sits in. Each assignment below is decided from the activity, the column order and the
 * other variants of this SOP family; the comments say why. Rule of thumb used throughout: a
 * leadership step whose column cannot be told (approval, evaluation) names both the
 * Sekretaris and the Wakil Ketua columns, so either may act as the office delegates.
 */

const KASUBAG_LABEL = 'Kasubag Perencanaan, TI dan Pelaporan';

const kasubag = actor('kasubag', KASUBAG_LABEL, 'kasubag');
const sekretaris = actor('sekretaris', 'Sekretaris', 'sekretaris');
const wakilKetua = actor('wakil-ketua', 'Wakil Ketua', 'wakilKetua');
const adminOperator = actor('operator', 'Admin / Operator', 'operator');
const pj = actor('pj', 'PJ', 'penanggungJawab');

const perumusanKebijakan = procedure({
  key: 'A',
  judul: 'Perumusan Kebijakan Teknologi Informasi',
  waktuMode: 'duration',
  // The columns run Kasubag, Sekretaris, Wakil Ketua, Operator/Admin: the flow visits them in
  // that order, the Kasubag drafting (1-2), the Sekretaris proposing (3), the Wakil Ketua
  // deciding (4) and the operator collecting the regulations (5).
  actors: [kasubag, sekretaris, wakilKetua, actor('operator', 'Operator/Admin', 'operator')],
  // The breakdown "3 hari 2 jam 47 menit" is miscounted: 1.500 menit = 3 hari 2 jam 30 menit.
  printedTotal: '1.500 menit / 3 hari 2 jam 47 menit',
  printedTotalMinutes: 1500,
  steps: [
    {
      no: 1,
      kegiatan:
        'Menghimpun data untuk penyusunan kebijakan TI yang bersumber dari hasil Rapat yang diikuti oleh Tim Penyusunan Anggaran/Pegawai dan Form Usulan Program Kerja/Anggaran',
      actorIds: ['kasubag'],
      kind: 'start',
      kelengkapan: 'Draft',
      waktu: '2 jam',
      output: 'Rencana Program',
    },
    {
      no: 2,
      kegiatan: 'Merencanakan program pengembangan bidang TI',
      actorIds: ['kasubag'],
      kind: 'process',
      kelengkapan: 'Draft',
      waktu: '4 jam',
      output: 'Rencana Program',
    },
    {
      no: 3,
      kegiatan:
        'Mengusulkan kebijakan, strategi dan perencanaan Teknologi Informasi untuk jangka panjang dan menengah',
      actorIds: ['sekretaris'],
      kind: 'process',
      kelengkapan: 'Rencana Program',
      waktu: '4 jam',
      output: 'Rencana Program, Konsep SK Tim IT',
    },
    {
      no: 4,
      kegiatan: 'Menetapkan Kebijakan strategis dan perencanaan TI',
      actorIds: ['wakil-ketua'],
      kind: 'decision',
      kelengkapan: 'Rencana Program, Konsep SK Tim IT',
      waktu: '1 Hari',
      output: 'Rencana Program, SK Tim IT',
    },
    {
      no: 5,
      kegiatan:
        'Menghimpun dan Mengumpulkan data yang meliputi regulasi terbaru yang berkaitan dengan penyelenggaraan TI',
      actorIds: ['operator'],
      kind: 'end',
      kelengkapan: 'Rencana Program, SK Tim IT',
      waktu: '1 hari',
      output: 'Rencana Program, SK Tim IT',
    },
  ],
});

const permintaanLayanan = procedure({
  key: 'B',
  judul: 'Penanganan Permintaan dan Pemenuhan Layanan Teknologi Informasi',
  waktuMode: 'duration',
  actors: [adminOperator, kasubag, sekretaris, wakilKetua],
  // The breakdown is miscounted: 585 menit = 1 hari 2 jam 15 menit, not 2 jam 25 menit.
  printedTotal: '585 menit/ 1 hari 2 jam 25 menit',
  printedTotalMinutes: 585,
  steps: [
    {
      no: 1,
      kegiatan: 'Menerima permintaan layanan TI',
      actorIds: ['operator'],
      kind: 'start',
      kelengkapan: 'Formulir Permintaan Layanan TI',
      waktu: '10 menit',
      output: 'Registrasi Permintaan Layanan TI',
    },
    {
      // The Lembar Disposisi is the Sekretaris's: he disposes incoming letters.
      no: 2,
      kegiatan: 'Menindaklanjuti surat permintaan',
      actorIds: ['sekretaris'],
      kind: 'decision',
      kelengkapan: 'Lembar Disposisi',
      waktu: '10 menit',
      output: 'Disposisi',
    },
    {
      // Steps 3-6 are the desk work on the request: the operator does it, the Kasubag may.
      no: 3,
      kegiatan: 'Meneliti permintaan layanan TI',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Instrumen Permintaan Layanan TI',
      waktu: '10 Menit',
      output: 'Daftar Permintaan Layanan TI',
    },
    {
      no: 4,
      kegiatan: 'Mengklasifikasikan permintaan layanan TI',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Daftar Permintaan Layanan TI',
      waktu: '15 menit',
      output: 'Daftar Klasifikasi Permintaan',
    },
    {
      no: 5,
      kegiatan: 'Memverifikasi permintaan layanan TI',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Daftar Permintaan Layanan TI',
      waktu: '15 menit',
      output: 'Daftar Verifikasi',
    },
    {
      no: 6,
      kegiatan: 'Menentukan urgensi serta prioritas penanganan masalah/ kerusakan',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Daftar Permintaan Layanan TI',
      waktu: '30 menit',
      output: 'Daftar Prioritas Layanan',
    },
    {
      // Consideration is the Kasubag's, the head of the IT unit.
      no: 7,
      kegiatan:
        'Memberikan pertimbangan atas permintaan layanan TI berdasarkan kategori masalah/ kerusakan',
      actorIds: ['kasubag'],
      kind: 'decision',
      kelengkapan: 'Daftar Usulan Pemenuhan Layanan TI',
      waktu: '30 menit',
      output: 'Pertimbangan Layanan',
    },
    {
      // Approval by leadership: the Sekretaris or the Wakil Ketua (column not shown).
      no: 8,
      kegiatan: 'Memberikan persetujuan pelayanan TI',
      actorIds: ['sekretaris', 'wakil-ketua'],
      kind: 'decision',
      kelengkapan: 'Daftar Usulan Pemenuhan Layanan TI',
      waktu: '15 menit',
      output: 'Daftar Prioritas Layanan',
    },
    {
      no: 9,
      kegiatan: 'Menangani permintaan layanan TI',
      actorIds: ['operator'],
      kind: 'end',
      kelengkapan: 'Daftar Persetujuan Pemenuhan Layanan TI',
      waktu: '1 hari',
      output: 'Layanan Teknologi Informasi',
    },
  ],
});

const monitoringPemeliharaan = procedure({
  key: 'C',
  judul: 'Monitoring dan Pemeliharaan Perangkat Teknologi Informasi',
  waktuMode: 'duration',
  actors: [adminOperator, kasubag, sekretaris, wakilKetua],
  printedTotal: '1.350 menit / 3 hari',
  printedTotalMinutes: 1350,
  steps: [
    {
      // Setting the schedule (from a draft) is planning: the Kasubag's.
      no: 1,
      kegiatan: 'Membuat Jadwal pemeliharaan infrastruktur TI',
      actorIds: ['kasubag'],
      kind: 'start',
      kelengkapan: 'Draft Jadwal Pemeliharaan',
      waktu: '1 hari',
      output: 'Jadwal Pemeliharaan',
    },
    {
      // Steps 2-8 are the hands-on checks and their report: the operator's.
      no: 2,
      kegiatan:
        'Memantau dan mendeteksi pola (pattern) akses dan transaksi yang berpotensi mengganggu atau menyerang jaringan (network)',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'System',
      waktu: '1 Jam',
      output: 'System security',
      keterangan: '1 Minggu',
    },
    {
      no: 3,
      kegiatan:
        'Mengawasi dan melakukan proses jaminan kualitas terhadap semua perencanaan rancangan, implementasi dan pengoperasian sarana TI',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Software dan hardware',
      waktu: '1 Jam',
      output: 'System security',
      keterangan: '1 Minggu',
    },
    {
      no: 4,
      kegiatan:
        'Melakukan pemeliharaan fisik jaringan (kabel, router, hub switch, access point, UPS, dll).',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Network',
      waktu: '1 Jam',
      output: 'System security',
      keterangan: '1 Minggu',
    },
    {
      no: 5,
      kegiatan: 'Mengelola server-server pusat data.',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Server Data',
      waktu: '1 Jam',
      output: 'System security',
      keterangan: '1 Bulan',
    },
    {
      no: 6,
      kegiatan:
        'Melakukan pengawasan pengembangan perangkat lunak (software) maupun perangkat keras (hardware).',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Software dan hardware',
      waktu: '1 Jam',
      output: 'Update data',
      keterangan: '1 Bulan',
    },
    {
      no: 7,
      kegiatan:
        'Melakukan koordinasi dengan masing-masing sub bagian terkait pemeliharaan perangkat TI',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Data Permasalahan',
      waktu: '1 Jam',
      output: 'Integrasi Perangkat TI',
      keterangan: '1 Bulan',
    },
    {
      no: 8,
      kegiatan: 'Membuat Laporan hasil Monitoring Pemeliharaan Perangkat TI',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Data Hasil Monitoring',
      waktu: '1 hari',
      output: 'Laporan Hasil Monitoring',
    },
    {
      // Printed without kelengkapan, time or output. Analysing the operator's report is the
      // Kasubag's.
      no: 9,
      kegiatan: 'Menganalisa Laporan Hasil Monitoring dan pemeliharaan perangkat TI',
      actorIds: ['kasubag'],
      kind: 'process',
      kelengkapan: '',
      waktu: '',
      output: '',
    },
    {
      // Evaluation goes up to leadership (column not shown; see the rule of thumb above).
      no: 10,
      kegiatan: 'Mengevaluasi hasil monitoring dan pemeliharaan perangkat TI',
      actorIds: ['sekretaris', 'wakil-ketua'],
      kind: 'process',
      kelengkapan: 'Data Permasalahan',
      waktu: '1 Jam',
      output: 'Daftar hasil monitoring dan pemeliharaan',
    },
    {
      no: 11,
      kegiatan: 'Mencatat dan merekapitulasi hasil monitoring dan pemeliharaan perangkat TI',
      actorIds: ['operator'],
      kind: 'end',
      kelengkapan: 'Rekap hasil monitoring',
      waktu: '30 Menit',
      output: 'Daftar hasil monitoring dan pemeliharaan',
    },
  ],
});

const pengamananPerangkat = procedure({
  key: 'D',
  judul: 'Pengamanan Perangkat Teknologi Informasi',
  waktuMode: 'duration',
  actors: [adminOperator, kasubag, sekretaris, wakilKetua],
  printedTotal: '570 menit / 9 Jam 30 Menit',
  printedTotalMinutes: 570,
  steps: [
    {
      no: 1,
      kegiatan:
        'Memantau kondisi jaringan, memberikan peringatan dini (early warning) dan melakukan tindakan pencegahan (prevent) terhadap akses yang dapat mengganggu atau menyerang jaringan (network)',
      actorIds: ['operator'],
      kind: 'start',
      kelengkapan: 'LAN',
      waktu: '1 Jam',
      output: 'Konfigurasi system keamanan',
      keterangan: '1 bulan',
    },
    {
      no: 2,
      kegiatan:
        'Melakukan test penerimaan pengguna (User Acceptance Test) pada saat implementasi aplikasi.',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Aplikasi',
      waktu: '2 Jam',
      output: 'Hasil Test',
      keterangan: '1 bulan',
    },
    {
      // Consideration of the UAT is the Kasubag's.
      no: 3,
      kegiatan:
        'Memberikan pertimbangan atas test penerimaan pengguna (User Acceptance Test) pada saat implementasi aplikasi.',
      actorIds: ['kasubag'],
      kind: 'decision',
      kelengkapan: 'Aplikasi',
      waktu: '1 Jam',
      output: 'Catatan Pertimbangan',
      keterangan: '1 bulan',
    },
    {
      no: 4,
      kegiatan:
        'Memantau aplikasi-aplikasi yang berjalan sesuai dengan kebutuhan dan selalu melihat celah keamanan yang mungkin dijumpai.',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Aplikasi',
      waktu: '1 Jam',
      output: 'Security system',
      keterangan: '1 bulan',
    },
    {
      // The operator builds the security measures; risk management and the disaster recovery
      // program are the Kasubag's to plan.
      no: 5,
      kegiatan:
        'Membuat sistem keamanan (security system), manajemen resiko (risk management) dan pemulihan terhadap insiden (disaster recovery program) untuk hal-hal yang berkaitan dengan TI',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Antivirus, fire wall',
      waktu: '2 Jam',
      output: 'Security system',
    },
    {
      // Approval by leadership: the Sekretaris or the Wakil Ketua (column not shown).
      no: 6,
      kegiatan: 'Memberikan persetujuan (approve) terhadap implementasi aplikasi',
      actorIds: ['sekretaris', 'wakil-ketua'],
      kind: 'decision',
      kelengkapan: 'Daftar Aplikasi',
      waktu: '30 Menit',
      output: 'Persetujuan aplikasi',
    },
    {
      no: 7,
      kegiatan: 'Melakukan backup dan restorasi data secara rutin.',
      actorIds: ['operator'],
      kind: 'end',
      kelengkapan: 'Komputer/Server',
      waktu: '2 Jam',
      output: 'Backup data',
    },
  ],
});

const kontenWebsite = procedure({
  key: 'E',
  judul: 'Pengelolaan Content Website',
  waktuMode: 'duration',
  actors: [
    adminOperator,
    actor('redaktur', 'Redaktur', 'redaktur'),
    actor('editor', 'Editor', 'editor'),
    pj,
    wakilKetua,
  ],
  // The breakdown is miscounted: 465 menit = 1 hari 15 menit, not 1 hari 23 menit.
  printedTotal: '465 menit / 1 hari 23 menit',
  printedTotalMinutes: 465,
  steps: [
    {
      // Collecting and scanning the material is the operator's (1-2), drafting the Redaktur's
      // (3), checking the Editor's (4).
      no: 1,
      kegiatan:
        'Menyiapkan / mengumpulkan sumber data / laporan / informasi / gambar / audio / multimedia dari kegiatan maupun informasi lain yang wajib di publikasi satuan kerja',
      actorIds: ['operator'],
      kind: 'start',
      kelengkapan: 'Sumber daya / laporan / informasi / gambar / audio / multimedia',
      waktu: '3 jam',
      output: 'Data / laporan / informasi',
    },
    {
      no: 2,
      kegiatan:
        'Merubah informasi / laporan / data / informasi / gambar / audio / multimedia dari sumber informasi menjadi dokumen elektronik standar yang valid',
      actorIds: ['operator'],
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
      waktu: '2 jam',
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
      // The step itself names who approves: the PJ for routine information, the leadership
      // (here the Wakil Ketua) for information needing special attention.
      no: 5,
      kegiatan:
        'Menyampaikan konsep informasi yang akan dipublikasi kepada penanggung jawab informasi untuk informasi biasa / rutin dan ke Pimpinan satuan kerja terhadap informasi yang memerlukan perhatian khusus',
      actorIds: ['pj', 'wakil-ketua'],
      kind: 'decision',
      kelengkapan: 'Konsep kontent informasi yang valid',
      waktu: '30 Menit',
      output: 'Kontent informasi yang siap dipublikasi',
    },
    {
      // Entry in the CMS and archiving are the operator's (the website admin).
      no: 6,
      kegiatan:
        'Melakukan entri data / update data kontent informasi pada Aplikasi CMS (Content Manajamen System) media online / website dan mengunggah dokumen elektronik pendukungnya',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Kontent informasi yang siap dipublikasi',
      waktu: '30 Menit',
      output: 'Kontent informasi yang dipublikasi',
    },
    {
      no: 7,
      kegiatan:
        'Mengarsipkan kontent informasi yang telah dupublikasi termasuk dokumen elektronik pendukungnya',
      actorIds: ['operator'],
      kind: 'end',
      kelengkapan: 'kontent informasi yang dipublikasi beserta pendukungnya',
      waktu: '15 Menit',
      output: 'Dokumen elektronik',
    },
  ],
});

const pemeliharaanWebsite = procedure({
  key: 'F',
  // Seed 000 prints this table under the title of E again ("PROSEDUR PENGELOLAAN CONTENT
  // WEBSITE"); by its content (availability, backup, hosting, troubleshooting) it is the
  // Pemeliharaan Website procedure of the SOP family, and is titled so here.
  judul: 'Pemeliharaan Website',
  waktuMode: 'duration',
  actors: [
    adminOperator,
    pj,
    kasubag,
    wakilKetua,
    actor('pihak-ketiga', 'Pihak Ke 3 (Provider)', 'pihakKetiga'),
  ],
  printedTotal: '5 Hari 5 Jam',
  printedTotalMinutes: 2550,
  // No step text names the Kasubag or the Wakil Ketua; their columns are left without a step
  // rather than given one the document does not describe.
  steps: [
    {
      // Steps 1-3 and 5 are the website admin's routine: the operator's.
      no: 1,
      kegiatan:
        'Memonitoring secara berkala status pambaruan (updating) dan ketersediaan akses online website',
      actorIds: ['operator'],
      kind: 'start',
      kelengkapan: 'Akses sistem website',
      waktu: '1 Hari',
      output: 'Akses website yang terpantau',
    },
    {
      no: 2,
      kegiatan:
        'Melakukan backup seluruh sistem,data dan informasi yang tersedia pada website secara berkala kedalam media backup CD, Hardisk maupun media backup lain',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Akses server',
      waktu: '1 Hari',
      output: 'ADK / Dokumen elektronik',
    },
    {
      no: 3,
      kegiatan:
        'Memonitoring secara berkala aktivitas pengunjung dalam rangka mencegah / deteksi dini aktivitas yang memunculkan yang dapat merusak sistem',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Akses server',
      waktu: '1 Hari',
      output: 'Log aktivitas pengunjung',
    },
    {
      // The renewal is made by the operator at the provider ("pada penyedia layanan").
      no: 4,
      kegiatan:
        'Mengupdate siklus pelayanan jasa koneksi,hosting dan nama domain,pada penyedia layanan hosting dan domain',
      actorIds: ['operator', 'pihak-ketiga'],
      kind: 'process',
      kelengkapan: 'Invoice Akses layanan koneksi, hosting dan domain',
      waktu: '3 Jam',
      output: 'Layanan koneksi , hosting & domain yang di perbaharui',
    },
    {
      no: 5,
      kegiatan:
        'Melaporkan situasi, kondisi, permasalahan dan alternatif pemecahan masalah website kepada penanggung jawab informasi',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Data situasi kondisi sistem',
      waktu: '1 Hari',
      output: 'Laporan situasi kondisi',
    },
    {
      // The report of step 5 goes to the PJ, who decides the measures: in-house or with a
      // third party (step 7).
      no: 6,
      kegiatan:
        'Mengambil langkah-langkah pemecahan masalah yang ditemui dalam pengolahan informasi / website',
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
      actorIds: ['operator', 'pihak-ketiga'],
      kind: 'end',
      kelengkapan: 'Solusi / pemecahan masalah',
      waktu: '1 Hari',
      output: 'Akses website selalu tersedia (available & realiable)',
    },
  ],
});

export const paMukomukoAs32: SopDocument = {
  id: 'pa-mukomuko-as-32',
  nomor: 'SOP/AS/32',
  judul: 'Pengelolaan Teknologi Informasi dan Website',
  pengadilan: 'Pengadilan Agama Mukomuko Kelas II',
  tanggalPembuatan: '2021-01-04',
  tanggalRevisi: null,
  tanggalEfektif: '2021-01-04',
  disahkanOleh: {
    jabatan: 'Ketua Pengadilan Agama Mukomuko',
    nama: 'Fatullah, S.Ag',
    nip: '197201272003121002',
  },
  // As printed: items 2 and 4 are the same decree.
  dasarHukum: [
    'SK KMA Nomor : 1-144/KMA/I/2011 tentang Pedoman Pelayanan Informasi di Pengadilan',
    'Surat Keputusan Sekretaris Mahkamah Agung RI Nomor 002 Tahun 2012 tentang Pedoman Penyusunan SOP',
    'Permenpan dan RB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP',
    'Surat Keputusan Sekretaris Mahkamah Agung RI Nomor 002 Tahun 2012 tentang Pedoman Penyusunan SOP',
  ],
  kualifikasiPelaksana: ['S1'],
  keterkaitan: ['SOP Pelayanan Publik', 'SOP Pengelolaan Website'],
  // Printed as one line, kept as one item.
  peralatanPerlengkapan: ['Komputer, scanner, printer, server, jaringan internet'],
  peringatan: 'Jika SOP tidak dilaksanakan, maka tugas-tugas yang berbasis TI akan terkendala',
  pencatatanPendataan:
    'Terbitnya Surat Keputusan dan terupload pada website serta dapat diakses publik',
  sumber: {
    seedFiles: ['000_b08c648b28c64760.txt'],
    note: 'Teks PDF. Kolom pelaksana tiap langkah tidak terbaca dari teks; ditetapkan dari isi kegiatan dan varian SOP lain. Prosedur F dicetak dengan judul prosedur E.',
  },
  procedures: [
    perumusanKebijakan,
    permintaanLayanan,
    monitoringPemeliharaan,
    pengamananPerangkat,
    kontenWebsite,
    pemeliharaanWebsite,
  ],
};
