import { describe, expect, it } from 'vitest';
import { ADMIN_PAGES, menuSections, PAGE_GROUPS, PAGES } from './pages';

describe('menuSections', () => {
  it('groups the screens after the SOP procedures, in order, with Pengaturan last', () => {
    const sections = menuSections(PAGES);
    expect(sections.map((s) => s.label)).toEqual([
      null,
      null,
      'Layanan',
      'Perangkat dan Pemeliharaan',
      null,
      'Website',
      'Pengaturan',
      null,
    ]);
    expect(sections.flatMap((s) => s.pages.map((p) => p.id))).toEqual(
      [...PAGES].sort((a, b) => groupIndex(a.group) - groupIndex(b.group)).map((p) => p.id),
    );
  });

  it('shows a lone screen named like its group without a heading, and leaves empty groups out', () => {
    const sections = menuSections(PAGES);
    expect(sections[4]?.pages.map((p) => p.label)).toEqual(['Pengamanan']);
    const staff = menuSections(PAGES.filter((p) => !ADMIN_PAGES.includes(p.id)));
    const settings = staff.find((s) => s.label === 'Pengaturan');
    expect(settings?.pages.map((p) => p.label)).toEqual(['SOP', 'Pegawai', 'Plh./Plt.']);
  });
});

function groupIndex(group: string): number {
  return PAGE_GROUPS.findIndex((g) => g.id === group);
}
