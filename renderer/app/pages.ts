/**
 * The menu's groups, after the SOP's procedures (issue #16 item 4): a group with one screen of
 * the same name shows only that screen; Beranda opens the menu and Bantuan, Tentang close it.
 */
export const PAGE_GROUPS = [
  { id: 'awal', label: null },
  { id: 'kebijakan', label: 'Kebijakan TI' },
  { id: 'layanan', label: 'Layanan' },
  { id: 'perangkat', label: 'Perangkat dan Pemeliharaan' },
  { id: 'pengamanan', label: 'Pengamanan' },
  { id: 'website', label: 'Website' },
  { id: 'pengaturan', label: 'Pengaturan' },
  { id: 'lain', label: null },
] as const;
export type PageGroupId = (typeof PAGE_GROUPS)[number]['id'];

/** The screens of the main menu, in menu order within their groups. */
export const PAGES = [
  { id: 'beranda', label: 'Beranda', group: 'awal' },
  { id: 'kebijakan', label: 'Kebijakan TI', group: 'kebijakan' },
  { id: 'permintaan', label: 'Permintaan Layanan', group: 'layanan' },
  { id: 'statistik', label: 'Statistik', group: 'layanan' },
  { id: 'perangkat', label: 'Perangkat TI', group: 'perangkat' },
  { id: 'jadwal', label: 'Jadwal Pemeliharaan', group: 'perangkat' },
  { id: 'catatan', label: 'Catatan Pemeliharaan', group: 'perangkat' },
  { id: 'laporan', label: 'Laporan Bulanan', group: 'perangkat' },
  { id: 'pengamanan', label: 'Pengamanan', group: 'pengamanan' },
  { id: 'konten', label: 'Konten Website', group: 'website' },
  { id: 'website', label: 'Pemeliharaan Website', group: 'website' },
  { id: 'sop', label: 'SOP', group: 'pengaturan' },
  { id: 'pegawai', label: 'Pegawai', group: 'pengaturan' },
  { id: 'delegasi', label: 'Plh./Plt.', group: 'pengaturan' },
  { id: 'unit', label: 'Unit Kerja', group: 'pengaturan' },
  { id: 'kantor', label: 'Pengaturan Kantor', group: 'pengaturan' },
  { id: 'layanan', label: 'Pengaturan Layanan', group: 'pengaturan' },
  { id: 'sinkronisasi', label: 'Pengaturan Sinkronisasi', group: 'pengaturan' },
  { id: 'audit', label: 'Audit', group: 'pengaturan' },
  { id: 'bantuan', label: 'Bantuan', group: 'lain' },
  { id: 'tentang', label: 'Tentang', group: 'lain' },
] as const satisfies readonly { id: string; label: string; group: PageGroupId }[];
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

export interface MenuSection {
  /** The group's heading, or null when its screens stand alone. */
  label: string | null;
  pages: { id: PageId; label: string }[];
}

/** The menu as shown: the groups in order, empty ones left out, a lone namesake unheaded. */
export function menuSections(
  visible: readonly { id: PageId; label: string; group: PageGroupId }[],
): MenuSection[] {
  return PAGE_GROUPS.flatMap((group) => {
    const pages = visible
      .filter((p) => p.group === group.id)
      .map(({ id, label }) => ({ id, label }));
    if (pages.length === 0) return [];
    const lone = pages.length === 1 && pages[0]?.label === group.label;
    return [{ label: lone ? null : group.label, pages }];
  });
}
