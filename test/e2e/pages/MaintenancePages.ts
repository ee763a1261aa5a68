import { expect, type Locator, type Page } from '@playwright/test';

async function openMenu(page: Page, menu: string, heading: string) {
  await page
    .getByRole('navigation', { name: 'Menu utama' })
    .getByRole('button', { name: menu })
    .click();
  await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
}

/** Jadwal Pemeliharaan: the due panel, the month calendar and the task list. */
export class SchedulePage {
  constructor(readonly page: Page) {}

  async open() {
    await openMenu(this.page, 'Jadwal Pemeliharaan', 'Jadwal Pemeliharaan');
  }

  /** One of the due panel's three sections: Terlewat, Jatuh tempo hari ini, 7 hari ke depan. */
  dueSection(name: 'Terlewat' | 'Jatuh tempo hari ini' | '7 hari ke depan'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The line of a due section that names the task, with its date and "Catat" button. */
  dueItem(section: Locator, judul: string | RegExp): Locator {
    return section
      .getByRole('button', { name: 'Catat' })
      .locator('xpath=..')
      .filter({ hasText: judul });
  }

  tasksTable() {
    return this.page.getByRole('table', { name: 'Kegiatan terjadwal' });
  }

  calendarDay(iso: string) {
    return this.page.getByRole('gridcell', { name: iso, exact: true });
  }

  async generateFromSop() {
    await this.page.getByRole('button', { name: 'Ambil dari SOP' }).click();
  }
}

/** Catat Pemeliharaan: a round with a result per device. */
export class RecordModal {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Catat Pemeliharaan' });
  }

  checks() {
    return this.dialog.getByRole('table', { name: 'Hasil per perangkat' });
  }

  /** The line of one device in "Hasil per perangkat", found by its name (e.g. "TP-Link"). */
  deviceRow(name: string | RegExp) {
    return this.checks().locator('tbody tr').filter({ hasText: name });
  }

  async markFinding(name: string) {
    await this.deviceRow(name).getByText('Ada temuan', { exact: true }).click();
  }

  async setCondition(deviceName: string, kondisi: string) {
    await this.dialog.getByRole('combobox', { name: `Kondisi ${deviceName}` }).click();
    await this.page.getByRole('option', { name: kondisi, exact: true }).click();
  }

  async save() {
    await this.dialog.getByRole('button', { name: 'Simpan Catatan' }).click();
  }
}

/** Catatan Pemeliharaan: the month's records. */
export class RecordsPage {
  constructor(readonly page: Page) {}

  async open() {
    await openMenu(this.page, 'Catatan Pemeliharaan', 'Catatan Pemeliharaan');
  }

  table() {
    return this.page.getByRole('table', { name: 'Catatan pemeliharaan' });
  }
}

/** Laporan Bulanan: the operator's words, the signers, then the preview. */
export class MonthlyReportPage {
  constructor(readonly page: Page) {}

  async open() {
    await openMenu(
      this.page,
      'Laporan Bulanan',
      'Laporan Hasil Monitoring dan Pemeliharaan Perangkat TI',
    );
    await expect(this.page.getByRole('button', { name: 'Pratinjau dan Cetak' })).toBeVisible();
  }

  narasi(section: string) {
    return this.page.getByRole('textbox', { name: `Uraian ${section}`, exact: true });
  }

  signer(label: 'Dibuat oleh' | 'Diperiksa oleh (Kasubag)' | 'Mengetahui (Sekretaris)') {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }

  /** Opens the preview and waits until its first page is drawn. */
  async preview(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Pratinjau dan Cetak' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Laporan / });
    await expect(dialog.getByLabel(/Halaman 1 dari \d+/)).toBeVisible({ timeout: 30_000 });
    return dialog;
  }
}
