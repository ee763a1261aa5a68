/** The screens of the main menu, in menu order. */
export const PAGES = [
  { id: 'beranda', label: 'Beranda' },
  { id: 'kebijakan', label: 'Kebijakan TI' },
  { id: 'permintaan', label: 'Permintaan Layanan' },
  { id: 'perangkat', label: 'Perangkat TI' },
  { id: 'jadwal', label: 'Jadwal Pemeliharaan' },
  { id: 'catatan', label: 'Catatan Pemeliharaan' },
  { id: 'pengamanan', label: 'Pengamanan' },
  { id: 'laporan', label: 'Laporan Bulanan' },
  { id: 'statistik', label: 'Statistik' },
  { id: 'sop', label: 'SOP' },
  { id: 'pegawai', label: 'Pegawai' },
  { id: 'delegasi', label: 'Plh./Plt.' },
  { id: 'unit', label: 'Unit Kerja' },
  { id: 'kantor', label: 'Pengaturan Kantor' },
  { id: 'layanan', label: 'Pengaturan Layanan' },
  { id: 'sinkronisasi', label: 'Pengaturan Sinkronisasi' },
  { id: 'audit', label: 'Audit' },
  { id: 'bantuan', label: 'Bantuan' },
  { id: 'tentang', label: 'Tentang' },
] as const;
export type PageId = (typeof PAGES)[number]['id'];

/**
 * Screens only an administrator sees in the menu: the office's settings, its units, sync
 * between PCs and the audit (issue #13: "an administrator role manages staff, roles, settings
 * and sync"). Pegawai stays open to all to read; only administrators change it there.
 */
export const ADMIN_PAGES: readonly PageId[] = [
  'unit',
  'kantor',
  'layanan',
  'sinkronisasi',
  'audit',
];
