import type { SopDocument } from '../schema';
import { actor, procedure } from './define';

/**
 * SOP Pengelolaan Teknologi Informasi dan Website from seed 001 (PDF text). The extracted
 * pages name no court, no number, no dates and no approval block, so those are null and the
 * court is "(tidak disebutkan)". Same family as Mukomuko SOP/AS/32 with the Ketua in place of
 * the Wakil Ketua; the actor columns of each step are decided as there (see
 * paMukomukoAs32.ts): a leadership step whose column cannot be told names both the
 * Sekretaris and the Ketua.
 */

const KASUBBAG_LABEL = 'Kasubbag Perencanaan, IT dan Pelaporan';

const kasubbag = actor('kasubag', KASUBBAG_LABEL, 'kasubag');
const sekretaris = actor('sekretaris', 'Sekretaris', 'sekretaris');
const ketua = actor('ketua', 'Ketua', 'ketua');
const operator = actor('operator', 'Operator/Admin', 'operator');

const perumusanKebijakan = procedure({
  key: 'A',
  judul: 'Perumusan Kebijakan Teknologi Informasi',
  waktuMode: 'duration',
  // As in Mukomuko: Kasubbag drafts (1-2), Sekretaris proposes (3), Ketua decides (4),
  // operator collects the regulations (5), following the column order.
  actors: [kasubbag, sekretaris, ketua, operator],
  // This table has Kelengkapan, Waktu and Output but no Ket. column and no printed total.
  printedTotal: null,
  steps: [
    {
      no: 1,
      kegiatan:
        'Menghimpun Data untuk penyusunan Kebijakan TI yang bersumber dari hasil Rapat yang diikuti oleh Tim Penyusun Anggaran / Pegawai dan Form Usulan Perogram Kerja / Anggaran',
      actorIds: ['kasubag'],
      kind: 'start',
      kelengkapan: 'Draft',
      waktu: '2 jam',
      output: 'Rencana program',
    },
    {
      no: 2,
      kegiatan: 'Merencanakan program pengembangan di bidang TI',
      actorIds: ['kasubag'],
      kind: 'process',
      kelengkapan: 'Draft',
      waktu: '4 jam',
      output: 'Rencana program',
    },
    {
      no: 3,
      kegiatan:
        'Mengusulkan kebijakan, strategi dan perencanaan Teknologi Informasi untuk jangka panjang dan menengah',
      actorIds: ['sekretaris'],
      kind: 'process',
      kelengkapan: 'Rencana Program',
      waktu: '4 jam',
      output: 'Rencana program, Konsep SK Tim IT',
    },
    {
      no: 4,
      kegiatan: 'Menetapkan Kebijakan strategis dan perencanaan TI',
      actorIds: ['ketua'],
      kind: 'decision',
      kelengkapan: 'Rencana Program, Konsep SK Tim IT',
      waktu: '1 hari',
      output: 'Rencana program, SK Tim IT',
    },
    {
      no: 5,
      kegiatan:
        'Menghimpun dan Mengumpulkan data yang meliputi regulasi terbaru yang berkaitan dengan penyelenggaraan TI',
      actorIds: ['operator'],
      kind: 'end',
      kelengkapan: 'Rencana Program, SK Tim IT',
      waktu: '1 hari',
      output: 'Rencana program, SK Tim IT',
    },
  ],
});

const permintaanLayanan = procedure({
  key: 'B',
  judul: 'Permintaan Layanan Teknologi Informasi',
  waktuMode: 'duration',
  actors: [operator, kasubbag, sekretaris, ketua],
  printedTotal: null,
  steps: [
    {
      no: 1,
      kegiatan: 'Menerima permintaan layanan TI',
      actorIds: ['operator'],
      kind: 'start',
      kelengkapan: 'Formulir Permintaan Layanan TI',
      waktu: '10 Menit',
      output: 'Registrasi Permintaan Layanan TI',
    },
    {
      // Disposition of letters is the Sekretaris's.
      no: 2,
      kegiatan: 'Mendisposisikan Surat Permintaan',
      actorIds: ['sekretaris'],
      kind: 'decision',
      kelengkapan: 'Lembar Disposisi',
      waktu: '10 Menit',
      output: 'Disposisi',
    },
    {
      // Steps 3-6: desk work on the request, the operator's, which the Kasubbag may do.
      no: 3,
      kegiatan: 'Meneliti permintaan layanan Teknologi Informasi',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Instrumen Permintaan Layanan TI',
      waktu: '10 Menit',
      output: 'Daftar Permintaan layanan IT',
    },
    {
      no: 4,
      kegiatan: 'Mengklasifikasikan permintaan layanan Teknologi Informasi',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Daftar Permintaan Layanan TI',
      waktu: '15 menit',
      output: 'Daftar Klasifikasi Permintaan',
    },
    {
      no: 5,
      kegiatan: 'Memverifikasi permintaan layanan Teknologi Informasi',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Daftar Permintaan Layanan TI',
      waktu: '15 menit',
      output: 'Daftar Verifikasi',
    },
    {
      no: 6,
      kegiatan: 'Menentukan urgensi serta prioritas penanganan insiden',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Daftar Permintaan Layanan TI',
      waktu: '30 menit',
      output: 'Daftar prioritas layanan',
    },
    {
      // Consideration: the Kasubbag's.
      no: 7,
      kegiatan:
        'Memberikan pertimbangan atas permintaan layanan Teknologi Informasi berdasarkan kategori insiden',
      actorIds: ['kasubag'],
      kind: 'decision',
      kelengkapan: 'Daftar Usulan Pemenuhan Layanan TI',
      waktu: '30 menit',
      output: 'Pertimbangan Pelayanan',
    },
    {
      // Approval by leadership: the Sekretaris or the Ketua (column not shown).
      no: 8,
      kegiatan: 'Memberikan persetujuan pelayanan Teknologi Informasi',
      actorIds: ['sekretaris', 'ketua'],
      kind: 'decision',
      kelengkapan: 'Daftar Usulan Pemenuhan Layanan TI',
      waktu: '15 menit',
      output: 'Daftar prioritas layanan',
    },
    {
      no: 9,
      kegiatan: 'Menangani permintaan layanan TI',
      actorIds: ['operator'],
      kind: 'end',
      kelengkapan: 'Daftar Persetujuan Pelayanan TI',
      waktu: '1 hari',
      output: 'Daftar prioritas layanan',
    },
  ],
});

const monitoringPemeliharaan = procedure({
  key: 'C',
  judul: 'Monitoring dan Pemeliharaan Perangkat Teknologi Informasi',
  waktuMode: 'duration',
  actors: [operator, kasubbag, sekretaris, ketua],
  printedTotal: null,
  steps: [
    {
      // Setting the schedule is planning: the Kasubbag's.
      no: 1,
      kegiatan: 'Membuat Jadwal pemeliharaan infrastruktur TI',
      actorIds: ['kasubag'],
      kind: 'start',
      kelengkapan: 'Draf Jadwal Pemeliharan',
      waktu: '1 Hari',
      output: 'Jadwal Pemeliharaan',
    },
    {
      // Steps 2-8: hands-on checks and the report on them, the operator's.
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
      kelengkapan: 'Software dan hadware',
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
      waktu: '1 jam',
      output: 'System security',
      keterangan: '1 Minggu',
    },
    {
      no: 5,
      kegiatan: 'Mengelola server-server pusat data.',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Server Data',
      waktu: '1 jam',
      output: 'System security',
      keterangan: '1 Bulan',
    },
    {
      no: 6,
      kegiatan:
        'Melakukan pengawasan pengembangan perangkat lunak (software) maupun perangkat keras (hardware).',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Software dan hadware',
      waktu: '1 jam',
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
      waktu: '1 jam',
      output: 'Integrasi Perangkat TI',
      keterangan: '1 Bulan',
    },
    {
      no: 8,
      kegiatan: 'Menganalisa dan mengevaluasi hasil hasil monitoring dan pemeliharaan perangkat TI',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Data Permasalahan',
      waktu: '1 hari',
      output: 'Laporan hasil monitoring',
    },
    {
      // Printed without kelengkapan, time or output; analysing the report is the Kasubbag's.
      no: 9,
      kegiatan: 'Menganalisa hasil monitoring dan pemeliharaan perangkat IT',
      actorIds: ['kasubag'],
      kind: 'process',
      kelengkapan: '',
      waktu: '',
      output: '',
    },
    {
      // Evaluation by leadership: the Sekretaris or the Ketua (column not shown).
      no: 10,
      kegiatan: 'Mengevaluasi hasil monitoring dan pemeliharaan perangkat IT',
      actorIds: ['sekretaris', 'ketua'],
      kind: 'process',
      kelengkapan: 'Data Permasalahan',
      waktu: '1 jam',
      output: 'Daftar hasil monitoring dan pemeliharaan',
    },
    {
      no: 11,
      kegiatan: 'Mencatat dan merekapitulasi hasil monitoring dan pemeliharaan perangkat TI',
      actorIds: ['operator'],
      kind: 'end',
      kelengkapan: 'Rekap hasil monitoring',
      waktu: '30 menit',
      output: 'Daftar hasil monitoring dan pemeliharaan',
    },
  ],
});

const pengamananPerangkat = procedure({
  key: 'D',
  judul: 'Pengamanan Perangkat Teknologi Informasi',
  waktuMode: 'duration',
  actors: [operator, kasubbag, sekretaris, ketua],
  printedTotal: null,
  steps: [
    {
      no: 1,
      kegiatan:
        'Memantau kondisi jaringan, memberikan peringatan dini (early warning) dan melakukan tindakan pencegahan (prevent) terhadap akses yang dapat mengganggu atau menyerang jaringan (network)',
      actorIds: ['operator'],
      kind: 'start',
      kelengkapan: 'LAN',
      waktu: '1 jam',
      output: 'Konfigurasi system keamanan',
      keterangan: '1 Bulan',
    },
    {
      no: 2,
      kegiatan:
        'Melakukan test penerimaan pengguna (User Acceptance Test) pada saat implementasi aplikasi.',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Aplikasi',
      waktu: '2 jam',
      output: 'Hasil Test',
      keterangan: '1 Bulan',
    },
    {
      // Consideration of the UAT: the Kasubbag's.
      no: 3,
      kegiatan:
        'Memberikan pertimbangan atas test penerimaan pengguna (User Acceptance Test) pada saat implementasi aplikasi.',
      actorIds: ['kasubag'],
      kind: 'decision',
      kelengkapan: 'Aplikasi',
      waktu: '1 jam',
      output: 'Catatan Pertimbangan',
      keterangan: '1 Bulan',
    },
    {
      no: 4,
      kegiatan:
        'Memantau aplikasi-aplikasi yang berjalan sesuai dengan kebutuhan dan selalu melihat celah keamanan yang mungkin dijumpai.',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Aplikasi',
      waktu: '1 jam',
      output: 'Security system',
      keterangan: '1 Bulan',
    },
    {
      // The operator builds the measures; risk management and recovery planning are the
      // Kasubbag's.
      no: 5,
      kegiatan:
        'Membuat sistem keamanan (security system), manajemen resiko (risk management) dan pemulihan terhadap insiden (disaster recovery program) untuk hal-hal yang berkaitan dengan TI',
      actorIds: ['operator', 'kasubag'],
      kind: 'process',
      kelengkapan: 'Antivirus, fire wall',
      waktu: '2 jam',
      output: 'Security system',
    },
    {
      // Approval by leadership: the Sekretaris or the Ketua (column not shown).
      no: 6,
      kegiatan: 'Memberikan persetujuan (approve) terhadap implementasi aplikasi',
      actorIds: ['sekretaris', 'ketua'],
      kind: 'decision',
      kelengkapan: 'Daftar Aplikasi',
      waktu: '30 menit',
      output: 'Persetujuan aplikasi',
    },
    {
      no: 7,
      kegiatan: 'Melakukan backup dan restorasi data secara rutin.',
      actorIds: ['operator'],
      kind: 'end',
      kelengkapan: 'Komputer/Server',
      waktu: '2 jam',
      output: 'Backup data',
    },
  ],
});

const kontenWebsite = procedure({
  key: 'E',
  // "CONTEN" as printed in this document.
  judul: 'Pengelolaan Conten Website',
  waktuMode: 'duration',
  actors: [
    actor('operator', 'Operator / Admin', 'operator'),
    actor('redaktur', 'Redaktur', 'redaktur'),
    actor('editor', 'Editor', 'editor'),
    actor('pj', 'Penanggung Jawab', 'penanggungJawab'),
    ketua,
  ],
  printedTotal: null,
  steps: [
    {
      // As in Mukomuko: operator collects and scans (1-2), Redaktur drafts (3), Editor
      // checks (4), PJ or leadership approves (5), operator publishes and archives (6-7).
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
      no: 6,
      kegiatan:
        'Melakukan entri data / update data kontent informasi pada Aplikasi CSM (Content Manajamen System) media online / website dan mengunggah dokumen elektronik pendukungnya',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Kontent informasi yang siap dipublikasi',
      waktu: '15 - 30 Menit',
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
  judul: 'Pemeliharaan Website',
  waktuMode: 'duration',
  // The extraction cuts the headings ("Kasubba g ... Perenca", "Pihak ke 3 ... (provider");
  // completed from this document's other tables. There is no PJ column here.
  actors: [
    actor('operator', 'Admin Web', 'operator'),
    kasubbag,
    ketua,
    actor('pihak-ketiga', 'Pihak ke 3 (provider)', 'pihakKetiga'),
  ],
  printedTotal: null,
  // No step text names the Ketua; the column is left without a step.
  steps: [
    {
      no: 1,
      kegiatan:
        'Memonitoring secara berkala status pambaruan kontent (updating) dan ketersediaan akses online website',
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
        'Memonitoring secara berkala aktivitas pengunjung dalam rangka mencegah / deteksi dini aktivitas yang memcurigakan yang dapat merusak sistem',
      actorIds: ['operator'],
      kind: 'process',
      kelengkapan: 'Akses server',
      waktu: '1 Hari',
      output: 'Log aktivitas pengunjung',
    },
    {
      // The admin renews the services at the provider.
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
      // Without a PJ column the report goes to the Kasubbag, who decides the measures.
      no: 6,
      kegiatan:
        'Mengambil langkah-langkah pemecahan masalah yang ditemui dalam pengelolahan informasi / website',
      actorIds: ['kasubag'],
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
      waktu: '1 hari',
      output: 'Akses website selalu tersedia (available & realiable)',
    },
  ],
});

export const sopTiWebsiteVariant001: SopDocument = {
  id: 'sop-ti-website-varian-001',
  nomor: null,
  judul: 'Pengelolaan Teknologi Informasi dan Website',
  // The extracted pages do not name the court.
  pengadilan: '(tidak disebutkan)',
  tanggalPembuatan: null,
  tanggalRevisi: null,
  tanggalEfektif: null,
  disahkanOleh: null,
  // As printed: items 5 and 6 are the same regulation. Item 2 reads "Tahun 200" in the
  // extraction; UU 14/2008 is the KIP law.
  dasarHukum: [
    'Undang-Undang Republik Indonesia Nomor 11 Tahun 2008 Tentang Informasi Dan Transaksi Elektronik',
    'Undang-Undang Republik Indonesia Nomor 14 Tahun 2008 Tentang Keterbukaan Informasi Publik',
    'SK KMA Nomor : 1-144/KMA/I/2011 tentang Pedoman Pelayanan Informasi di Pengadilan',
    'Surat Keputusan Sekretaris Mahkamah Agung RI Nomor 002 Tahun 2012 tentang Pedoman Penyusunan SOP',
    'Permenpan dan RB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP',
    'Permenpan dan RB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP',
  ],
  kualifikasiPelaksana: [
    'Mengusai IT',
    'Memahami system perencanaan kebutuhan dan pengembangan IT',
    'Memiliki kewenangan menetapkan kebijakan',
  ],
  // The Keterkaitan box is printed empty.
  keterkaitan: [],
  peralatanPerlengkapan: [
    'Komputer/Laptop',
    'Alat Tulis Kantor (ATK)',
    'Scanner',
    'Jaringan Internet',
    'Box File, Lemari Arsip',
  ],
  peringatan: 'Jika SOP tidak dilaksanakan, maka tugas-tugas yang berbasis TI akan terkendala',
  pencatatanPendataan:
    'Terbitnya Surat Keputusan dan terupload pada web site serta dapat diaksek public',
  sumber: {
    seedFiles: ['001_8595ca6318ee21db.txt'],
    note: 'Teks PDF tanpa kop, nomor, tanggal dan pengesahan: pengadilan tidak disebutkan. Kolom pelaksana tiap langkah ditetapkan dari isi kegiatan, sebagaimana SOP/AS/32 PA Mukomuko.',
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
