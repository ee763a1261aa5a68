import { expect, type Locator, type Page } from '@playwright/test';

export interface DeviceInput {
  jenis?: string;
  merek?: string;
  model?: string;
  nomorSeri?: string;
  kodeBmn?: string;
  nup?: string;
  ruangan?: string;
  pengguna?: string;
  tahun?: string;
  kondisi?: string;
  alamatIp?: string;
}

/** Tambah Perangkat / Ubah Data Perangkat. */
export class DeviceModal {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /Tambah Perangkat|Ubah Data Perangkat/ });
  }

  private async choose(label: string, option: string) {
    await this.dialog.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Fills the fields given; the others are left as they are. */
  async fill(v: DeviceInput) {
    const d = this.dialog;
    if (v.jenis !== undefined) await this.choose('Jenis', v.jenis);
    if (v.merek !== undefined) await d.getByLabel('Merek').fill(v.merek);
    if (v.model !== undefined) await d.getByLabel('Model/tipe').fill(v.model);
    if (v.nomorSeri !== undefined) await d.getByLabel('Nomor seri').fill(v.nomorSeri);
    if (v.kodeBmn !== undefined) await d.getByLabel('Kode BMN').fill(v.kodeBmn);
    if (v.nup !== undefined) await d.getByLabel('NUP').fill(v.nup);
    if (v.ruangan !== undefined) await d.getByRole('combobox', { name: 'Ruangan' }).fill(v.ruangan);
    if (v.pengguna !== undefined) await d.getByLabel('Pengguna').fill(v.pengguna);
    if (v.tahun !== undefined) await d.getByLabel('Tahun perolehan').fill(v.tahun);
    if (v.kondisi !== undefined) await this.choose('Kondisi', v.kondisi);
    if (v.alamatIp !== undefined) await d.getByLabel('Alamat IP').fill(v.alamatIp);
  }

  async save() {
    await this.dialog.getByRole('button', { name: 'Simpan' }).click();
  }
}

/** Perangkat TI: the inventory list, its import and export. */
export class DevicesPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('button', { name: 'Perangkat TI' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Perangkat TI', level: 2 })).toBeVisible();
  }

  table() {
    return this.page.getByRole('table').filter({ hasText: 'Kode BMN / NUP' });
  }

  /** The data rows of the list (the header left out). */
  rows() {
    return this.table().locator('tbody tr');
  }

  row(text: string | RegExp) {
    return this.rows().filter({ hasText: text });
  }

  async add(): Promise<DeviceModal> {
    await this.page.getByRole('button', { name: 'Tambah Perangkat' }).click();
    const modal = new DeviceModal(this.page);
    await expect(modal.dialog).toBeVisible();
    return modal;
  }

  importDialog() {
    return this.page.getByRole('dialog', { name: 'Impor perangkat dari .xlsx' });
  }

  /** Opens the import, drops the file in and waits for its preview. */
  async pickImportFile(file: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Impor .xlsx' }).click();
    const dialog = this.importDialog();
    await dialog.locator('input[type=file]').setInputFiles(file);
    await expect(dialog.getByRole('status')).toBeVisible({ timeout: 20_000 });
    return dialog;
  }

  /** Imports a workbook whose good rows are all taken: returns once the dialog is gone. */
  async importFile(file: string, count: number) {
    const dialog = await this.pickImportFile(file);
    await dialog.getByRole('button', { name: `Impor ${count} perangkat` }).click();
    await expect(dialog).toBeHidden();
  }

  async history(merekModel: string) {
    await this.page.getByRole('button', { name: `Riwayat ${merekModel}`, exact: true }).click();
  }
}
