import { expect, type Page } from '@playwright/test';
import { AppPage } from './AppPage';
import { fillTanggalJam } from './DateFields';

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

/**
 * Registers a printer request from `nama` of Kepaniteraan, received at `diterima`
 * ("20/11/2026 08.00"; now when null), from the register or a request's page; returns its
 * number.
 */
export async function receiveRequest(
  page: Page,
  nama: string,
  diterima: string | null,
): Promise<string> {
  await new AppPage(page).open('Permintaan Layanan');
  // From a request's page the menu keeps it open; its back button leads to the register.
  const back = page.getByRole('button', { name: '← Daftar Permintaan' });
  if (await back.isVisible()) await back.click();
  await page.getByRole('button', { name: 'Terima Permintaan' }).click();
  const form = new ReceptionPage(page);
  await form.fill({
    nama,
    unit: 'Kepaniteraan',
    kategori: 'Printer/scanner',
    uraian: 'Printer tidak dapat menarik kertas.',
  });
  if (diterima) await fillTanggalJam(page, 'Diterima pada', diterima);
  await form.submit();
  const heading = page.getByRole('heading', { name: /^Permintaan \d{3}\// });
  await expect(heading).toBeVisible();
  return ((await heading.textContent()) ?? '').replace('Permintaan ', '');
}
