import { expect, type Page } from '@playwright/test';

/** The reception form (Terima Permintaan). */
export class ReceptionPage {
  constructor(readonly page: Page) {}

  async fill(values: {
    nama: string;
    nip?: string;
    unit: string;
    kategori: string;
    perangkat?: string;
    uraian: string;
  }) {
    const p = this.page;
    await p.getByLabel('Nama pemohon').fill(values.nama);
    if (values.nip !== undefined) await p.getByLabel('NIP pemohon').fill(values.nip);
    await p.getByRole('combobox', { name: 'Unit kerja pemohon' }).fill(values.unit);
    await p.getByRole('combobox', { name: 'Kategori' }).click();
    await p.getByRole('option', { name: values.kategori, exact: true }).click();
    if (values.perangkat) await p.getByLabel('Perangkat').fill(values.perangkat);
    await p.getByLabel('Uraian permintaan atau kerusakan').fill(values.uraian);
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Simpan dan Beri Nomor' }).click();
  }
}

/** One request's page: records the step in hand. */
export class RequestPage {
  constructor(readonly page: Page) {}

  stepButton(n: number) {
    return this.page.getByRole('button', { name: `Catat Langkah ${n}` });
  }

  async record(n: number) {
    await this.stepButton(n).click();
    await expect(this.page.getByTestId(`langkah-${n}`)).toContainText('Selesai');
  }
}
