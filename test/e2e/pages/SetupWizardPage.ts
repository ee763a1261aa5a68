import { expect, type Page } from '@playwright/test';
import { LOGO_PATH } from '../../fixtures/office';
import { TEST_PIN } from './PeoplePages';

export interface OfficeInput {
  pengadilanTinggi: string;
  namaPengadilan: string;
  alamat: string;
  kota: string;
  kodePos?: string;
  telepon?: string;
  email?: string;
  website?: string;
  logo?: boolean;
  kertas?: 'F4' | 'A4';
}

export interface PersonInput {
  nama: string;
  nip: string;
  jabatan: string;
  unit?: string;
}

export const MUKOMUKO: OfficeInput = {
  pengadilanTinggi: 'Pengadilan Tinggi Agama Bengkulu',
  namaPengadilan: 'Pengadilan Agama Mukomuko',
  alamat: 'Jalan Soekarno Hatta, Kec. Kota Mukomuko',
  kota: 'Mukomuko',
  kodePos: '38765',
  telepon: '(0737) 5243965',
  email: 'pa.mukomuko@gmail.com',
  website: 'www.pa-mukomuko.go.id',
  logo: true,
};

export const OPERATOR: PersonInput = {
  nama: 'Rahmat Hidayat, S.Kom',
  nip: '199003152019031004',
  jabatan: 'Pranata Komputer Ahli Pertama',
  unit: 'Subbagian Perencanaan, Teknologi Informasi dan Pelaporan',
};

/** The office identity fields, as the wizard and Pengaturan Kantor show them. */
export async function fillOffice(page: Page, office: OfficeInput): Promise<void> {
  await page.getByLabel('Pengadilan tingkat banding').fill(office.pengadilanTinggi);
  await page.getByLabel('Nama pengadilan').fill(office.namaPengadilan);
  await page.getByLabel('Alamat').fill(office.alamat);
  await page.getByLabel('Kota (untuk tanggal surat)').fill(office.kota);
  if (office.kodePos !== undefined) await page.getByLabel('Kode pos').fill(office.kodePos);
  if (office.telepon !== undefined) await page.getByLabel('Telepon').fill(office.telepon);
  if (office.email !== undefined) await page.getByLabel('E-mail').fill(office.email);
  if (office.website !== undefined) await page.getByLabel('Situs web').fill(office.website);
  if (office.logo) {
    await page.locator('input[type=file]').setInputFiles(LOGO_PATH);
    await expect(page.getByAltText('Logo kantor')).toBeVisible();
  }
  if (office.kertas)
    await page
      .getByText(office.kertas === 'F4' ? 'F4 (215 × 330 mm)' : 'A4 (210 × 297 mm)')
      .click();
}

export async function fillPerson(page: Page, person: PersonInput): Promise<void> {
  await page.getByLabel('Nama lengkap dan gelar').fill(person.nama);
  await page.getByLabel('NIP').fill(person.nip);
  await page.getByLabel('Jabatan').fill(person.jabatan);
  if (person.unit) {
    await page.getByRole('combobox', { name: 'Unit kerja' }).click();
    await page.getByRole('option', { name: person.unit }).click();
  }
}

export class SetupWizardPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Selamat datang di Meja TI' });
  }

  /** The first choice: set up a new office (the other is joining an existing one). */
  async startNew(): Promise<void> {
    await this.page.getByRole('button', { name: 'Siapkan kantor baru' }).click();
    await expect(this.page.getByLabel('Nama pengadilan')).toBeVisible();
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lanjut' }).click();
  }

  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan dan Mulai', exact: true }).click();
  }

  /** The first person's PIN and its repetition. */
  async fillPin(pin: string, again = pin): Promise<void> {
    await this.page.getByLabel('PIN', { exact: true }).fill(pin);
    await this.page.getByLabel('Ulangi PIN').fill(again);
  }

  /** The recovery code shown once after "Simpan dan Mulai"; confirms it and starts. */
  async keepRecoveryCode(): Promise<string> {
    const code = this.page.getByLabel('Kode pemulihan', { exact: true });
    await expect(code).toHaveText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    const text = await code.innerText();
    await this.page.getByLabel('Saya sudah mencatat kode pemulihan').check();
    await this.page.getByRole('button', { name: 'Mulai', exact: true }).click();
    return text;
  }

  /** Runs the whole wizard with good data (the first PIN is TEST_PIN); ends on Beranda. */
  async complete(office = MUKOMUKO, person = OPERATOR): Promise<string> {
    await expect(this.heading()).toBeVisible();
    await this.startNew();
    await fillOffice(this.page, office);
    await this.next();
    await fillPerson(this.page, person);
    await this.fillPin(TEST_PIN);
    await this.next();
    await this.finish();
    const code = await this.keepRecoveryCode();
    // Saving seeds the units, the person and the office: seconds on a busy PC.
    await expect(this.page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible({
      timeout: 30_000,
    });
    return code;
  }
}
