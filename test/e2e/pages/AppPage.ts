import type { Page } from '@playwright/test';

/** The main window after setup: navigation between screens. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(
    menu:
      | 'Beranda'
      | 'Permintaan Layanan'
      | 'Perangkat TI'
      | 'Jadwal Pemeliharaan'
      | 'Catatan Pemeliharaan'
      | 'Pengamanan'
      | 'Laporan Bulanan'
      | 'Statistik'
      | 'SOP'
      | 'Pegawai'
      | 'Plh./Plt.'
      | 'Unit Kerja'
      | 'Pengaturan Kantor'
      | 'Pengaturan Layanan'
      | 'Pengaturan Sinkronisasi'
      | 'Bantuan'
      | 'Tentang'
      | 'Audit',
  ): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('button', { name: menu })
      .click();
  }
}
