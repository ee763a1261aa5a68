import { expect, type Locator, type Page } from '@playwright/test';

/** Pengamanan (SOP D): the three tabs and their forms. */
/** A backup of the SIPP database to the NAS, restore tested: what both specs record. */
export const SIPP_BACKUP = {
  item: 'Database SIPP',
  media: 'NAS ruang server',
  ukuranMb: '2048',
  lokasi: '\\\\nas\\cadangan\\sipp',
  uji: 'Uji pemulihan berhasil',
};

export class SecurityPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('button', { name: 'Pengamanan' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Pengamanan Perangkat TI' })).toBeVisible();
  }

  async tab(name: 'Pemantauan Jaringan' | 'Uji Penerimaan Aplikasi (UAT)' | 'Cadangan Data') {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Picks an option of a Mantine Select or Autocomplete by its label. */
  async choose(scope: Page | Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async fillNetworkCheck(values: { objek: string; status: string; temuan?: string }) {
    const p = this.page;
    await p.getByLabel('Yang dipantau').fill(values.objek);
    await p.getByRole('radiogroup').getByText(values.status, { exact: true }).click();
    if (values.temuan !== undefined) await p.getByLabel('Temuan').fill(values.temuan);
  }

  networkTable() {
    return this.page.getByRole('table', { name: 'Catatan pemantauan jaringan' });
  }

  async fillUat(values: { aplikasi: string; versi: string; skenario: string; hasil: string }) {
    const p = this.page;
    await p.getByRole('combobox', { name: 'Nama aplikasi' }).fill(values.aplikasi);
    await p.getByLabel('Versi').fill(values.versi);
    await p.getByLabel('Skenario uji').fill(values.skenario);
    await p.getByRole('radio', { name: values.hasil, exact: true }).check();
  }

  uatRow(aplikasi: string) {
    return this.page.getByTestId(`uat-${aplikasi}`);
  }

  /** Opens a decision modal from a UAT's row, picks the choice and saves. */
  async decide(aplikasi: string, button: string, choice: string, save: string) {
    await this.uatRow(aplikasi).getByRole('button', { name: button }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('radio', { name: choice, exact: true }).check();
    await dialog.getByRole('button', { name: save }).click();
    await expect(dialog).toBeHidden();
  }

  backupStatus(itemId: string) {
    return this.page.getByTestId(`status-${itemId}`);
  }

  async fillBackup(values: {
    item: string;
    media: string;
    ukuranMb: string;
    lokasi: string;
    uji: string;
  }) {
    const p = this.page;
    await this.choose(p, 'Data yang dicadangkan', values.item);
    await p.getByRole('combobox', { name: 'Media' }).fill(values.media);
    await p.getByLabel('Ukuran (MB)').fill(values.ukuranMb);
    await p.getByLabel('Lokasi penyimpanan').fill(values.lokasi);
    await p.getByRole('radiogroup').getByText(values.uji, { exact: true }).click();
  }

  backupLog() {
    return this.page.getByRole('table', { name: 'Log pencadangan' });
  }
}
