import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { pdfText } from '../fixtures/pdfText';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { fillTanggalJam } from './pages/DateFields';
import { DevicesPage } from './pages/DevicePages';
import { ReceptionPage } from './pages/RequestPages';

test.use({ office: 'ready' });

/** Registers a request at reception; `received` as typed ("19/11/2026 10.00") or now. */
async function receive(page: Page, nama: string, kategori: string, received?: string) {
  const app = new AppPage(page);
  await app.open('Beranda');
  await app.open('Permintaan Layanan');
  await page.getByRole('button', { name: 'Terima Permintaan' }).click();
  const form = new ReceptionPage(page);
  await form.fill({ nama, unit: 'Kepaniteraan', kategori, uraian: `Permintaan ${nama}` });
  if (received) await fillTanggalJam(page, 'Diterima pada', received);
  await form.submit();
  await expect(page.getByText(/\d{3}\/PLTI\/XI\/2026/).first()).toBeVisible();
}

const attention = (page: Page) => page.getByRole('list', { name: 'Perlu perhatian' });

test('Beranda lists what needs attention, Statistik and the annual report count the register', async ({
  page,
  shot,
  folders,
}) => {
  test.slow();
  const app = new AppPage(page);
  // A fresh office: nothing to act on, no warning.
  await expect(page.getByText('Tidak ada yang perlu ditindaklanjuti saat ini.')).toBeVisible();
  await expect(attention(page).getByRole('listitem')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await shot('beranda-kosong');

  // Three requests (one received yesterday, so its step 2 is long past its 10 minutes).
  await receive(page, 'Siti Aminah', 'Printer/scanner', '19/11/2026 10.00');
  await receive(page, 'Budi Santoso', 'Printer/scanner');
  await receive(page, 'Rina Wati', 'Jaringan/internet');
  // A device broken beyond repair.
  const devices = new DevicesPage(page);
  await devices.open();
  const modal = await devices.add();
  await modal.fill({
    jenis: 'Printer',
    merek: 'Epson',
    model: 'L3210',
    ruangan: 'Ruang PTSP',
    tahun: '2019',
    kondisi: 'Rusak Berat',
  });
  await modal.save();
  await expect(devices.row('Epson')).toHaveCount(1);

  await app.open('Beranda');
  const lines = attention(page);
  await expect(lines.getByRole('button', { name: '3 permintaan dalam proses' })).toBeVisible();
  await expect(
    lines.getByRole('button', {
      name: '1 permintaan dalam proses terlambat dari waktu standar SOP',
    }),
  ).toBeVisible();
  await expect(lines.getByRole('button', { name: '1 perangkat rusak berat' })).toBeVisible();
  await expect(page.getByLabel('Hari ini')).toContainText('Diterima hari ini2');
  await shot('beranda-perlu-perhatian');

  // Each line opens its place, filtered.
  const names = await lines.getByRole('button').allInnerTexts();
  for (const name of names) {
    await app.open('Beranda');
    await attention(page).getByRole('button', { name, exact: true }).click();
    if (name.includes('permintaan')) {
      await expect(page.getByRole('heading', { name: 'Permintaan Layanan TI' })).toBeVisible();
      const expected = name.includes('terlambat') ? 1 : 3;
      await expect(page.getByText(`${expected} dari 3 permintaan`)).toBeVisible();
    } else if (name.includes('perangkat')) {
      await expect(page.getByRole('heading', { name: 'Perangkat TI', level: 2 })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Kondisi' })).toHaveValue('Rusak Berat');
      await expect(devices.rows()).toHaveCount(1);
    } else {
      throw new Error(`Unexpected line: ${name}`);
    }
  }

  // Statistik: this month's counts equal the register's.
  await app.open('Statistik');
  await expect(page.getByText('Layanan TI kantor dalam angka: November 2026')).toBeVisible();
  await expect(page.getByLabel('Permintaan diterima')).toHaveText('3');
  await expect(page.getByLabel('Terlambat')).toHaveText('1');
  const kategori = page.getByRole('table', { name: 'Permintaan per kategori' });
  await expect(kategori.getByRole('row', { name: 'Printer/scanner 2' })).toBeVisible();
  await expect(kategori.getByRole('row', { name: 'Jaringan/internet 1' })).toBeVisible();
  const kondisi = page.getByRole('table', { name: 'Kondisi perangkat aktif' });
  await expect(kondisi.getByRole('row', { name: 'Rusak Berat 1' })).toBeVisible();
  await page.getByText('Tahun', { exact: true }).first().click();
  await expect(page.getByText('Layanan TI kantor dalam angka: Tahun 2026')).toBeVisible();
  await expect(page.getByLabel('Permintaan diterima')).toHaveText('3');
  await shot('statistik');
  // The period is kept when moving between screens.
  await app.open('Beranda');
  await app.open('Statistik');
  await expect(page.getByText('Layanan TI kantor dalam angka: Tahun 2026')).toBeVisible();

  // The annual report prints the same counts.
  await page.getByRole('button', { name: 'Cetak Laporan Tahunan' }).click();
  const preview = page.getByRole('dialog', { name: /Laporan Tahunan TI/ });
  await expect(preview.getByLabel(/Halaman 1 dari \d+/)).toBeVisible({ timeout: 90_000 });
  await shot('laporan-tahunan-pratinjau');
  await preview.getByRole('button', { name: 'Cetak…' }).click();
  const printed = path.join(folders.printDir, 'job-1.pdf');
  await expect.poll(() => existsSync(printed), { timeout: 20_000 }).toBe(true);
  const text = pdfText(printed).replace(/\s+/g, ' ');
  for (const expected of [
    'LAPORAN TAHUNAN TEKNOLOGI INFORMASI',
    'TAHUN 2026',
    'Permintaan diterima 3',
    'Dalam proses 3',
    'Terlambat 1',
    'Printer/scanner 2',
    'Jaringan/internet 1',
    'Rusak Berat 1',
  ]) {
    expect(text).toContain(expected);
  }
});
