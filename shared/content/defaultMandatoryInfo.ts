import type { MandatoryInfoFields } from './mandatoryInfo';

/**
 * The information a court keeps on its website by default, each with the rule that asks for
 * it: the Pedoman Pelayanan Informasi di Pengadilan (SK KMA 1-144/KMA/SK/I/2011, its
 * "informasi yang wajib diumumkan secara berkala" and "tersedia setiap saat"), UU 14/2008
 * tentang Keterbukaan Informasi Publik, the Standar Pelayanan of PermenPAN-RB 15/2014, and
 * the court website assessment (SK Dirjen Badilag on the website's content). The office
 * edits the list and adds what its own rules ask.
 */
const KMA_144 = 'SK KMA 1-144/KMA/SK/I/2011 (Pedoman Pelayanan Informasi di Pengadilan)';
const KIP = 'UU 14/2008 tentang Keterbukaan Informasi Publik';
const STANDAR_PELAYANAN = 'PermenPAN-RB 15/2014 tentang Pedoman Standar Pelayanan';
const WEBSITE = 'Standar penilaian website pengadilan (Ditjen Badilag)';

type Default = Omit<MandatoryInfoFields, 'urut' | 'terakhirDiperbarui' | 'alamat' | 'keterangan'>;

const DEFAULTS: readonly Default[] = [
  {
    judul: 'Profil pengadilan (sejarah, wilayah yurisdiksi, alamat dan kontak)',
    sumber: KMA_144,
    masaBerlakuHari: 365,
  },
  { judul: 'Visi dan misi', sumber: KMA_144, masaBerlakuHari: 365 },
  { judul: 'Struktur organisasi dan profil pejabat', sumber: KMA_144, masaBerlakuHari: 180 },
  { judul: 'Tugas pokok dan fungsi', sumber: KMA_144, masaBerlakuHari: 365 },
  { judul: 'Jadwal sidang', sumber: KMA_144, masaBerlakuHari: 1 },
  { judul: 'Panjar biaya perkara', sumber: KMA_144, masaBerlakuHari: 365 },
  {
    judul: 'Prosedur berperkara (gugatan, permohonan, banding, kasasi, PK, eksekusi)',
    sumber: KMA_144,
    masaBerlakuHari: 365,
  },
  {
    judul: 'Hak-hak pencari keadilan dan bantuan hukum (Posbakum, prodeo, sidang keliling)',
    sumber: KMA_144,
    masaBerlakuHari: 365,
  },
  {
    judul: 'Putusan dan penetapan (tautan Direktori Putusan)',
    sumber: KMA_144,
    masaBerlakuHari: 30,
  },
  { judul: 'Statistik dan keadaan perkara', sumber: KMA_144, masaBerlakuHari: 30 },
  { judul: 'Laporan realisasi anggaran / laporan keuangan', sumber: KMA_144, masaBerlakuHari: 90 },
  { judul: 'DIPA dan rencana kerja anggaran', sumber: KMA_144, masaBerlakuHari: 365 },
  { judul: 'Laporan tahunan', sumber: KMA_144, masaBerlakuHari: 365 },
  { judul: 'LHKPN dan LHKASN pejabat', sumber: `${KIP}; UU 28/1999`, masaBerlakuHari: 365 },
  {
    judul: 'Daftar Informasi Publik dan prosedur permohonan informasi',
    sumber: `${KIP}; ${KMA_144}`,
    masaBerlakuHari: 365,
  },
  { judul: 'Laporan layanan informasi publik', sumber: `${KIP}; ${KMA_144}`, masaBerlakuHari: 365 },
  { judul: 'Standar pelayanan pengadilan', sumber: STANDAR_PELAYANAN, masaBerlakuHari: 365 },
  { judul: 'Maklumat pelayanan', sumber: STANDAR_PELAYANAN, masaBerlakuHari: 365 },
  { judul: 'SOP pelayanan', sumber: `${STANDAR_PELAYANAN}; ${WEBSITE}`, masaBerlakuHari: 365 },
  {
    judul: 'Prosedur dan layanan pengaduan (SIWAS)',
    sumber: 'PERMA 9/2016 tentang Pedoman Penanganan Pengaduan',
    masaBerlakuHari: 365,
  },
  {
    judul: 'Survei kepuasan masyarakat (IKM) dan hasilnya',
    sumber: 'PermenPAN-RB 14/2017 tentang Survei Kepuasan Masyarakat',
    masaBerlakuHari: 180,
  },
  { judul: 'Berita dan pengumuman kegiatan', sumber: WEBSITE, masaBerlakuHari: 30 },
  {
    judul: 'Rencana strategis dan LKjIP / SAKIP',
    sumber: 'Perpres 29/2014 tentang SAKIP',
    masaBerlakuHari: 365,
  },
  { judul: 'Pengadaan barang/jasa (RUP dan pengumuman)', sumber: KMA_144, masaBerlakuHari: 365 },
];

/** The default checklist, numbered in order, never updated yet. */
export function defaultMandatoryInfo(): MandatoryInfoFields[] {
  return DEFAULTS.map((d, urut) => ({
    ...d,
    urut,
    alamat: '',
    terakhirDiperbarui: null,
    keterangan: '',
  }));
}
