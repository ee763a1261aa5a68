import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { MejaApi } from '../../shared/api/contract';
import { pdfInfo, pdfText } from '../fixtures/pdfText';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test.use({ office: 'ready' });

test.beforeEach(async ({ page }) => {
  await new AppPage(page).open('Pengaturan Kantor');
});

test('office settings are saved and survive a restart', async ({ page, shot }) => {
  await page.getByLabel('Telepon').fill('(0737) 5243966');
  await page.getByLabel('Alamat').fill('');
  await page.getByRole('button', { name: 'Simpan Pengaturan' }).click();
  await expect(page.getByText('Alamat wajib diisi.')).toBeVisible();
  await expect(page.getByLabel('Telepon')).toHaveValue('(0737) 5243966');

  await page.getByLabel('Alamat').fill('Jalan Soekarno Hatta No. 1, Kec. Kota Mukomuko');
  await page.getByRole('button', { name: 'Simpan Pengaturan' }).click();
  await expect(page.getByText('Pengaturan kantor tersimpan.')).toBeVisible();
  await shot('pengaturan-kantor');

  await page.reload();
  await new AppPage(page).open('Pengaturan Kantor');
  await expect(page.getByLabel('Alamat')).toHaveValue(
    'Jalan Soekarno Hatta No. 1, Kec. Kota Mukomuko',
  );
  await expect(page.getByLabel('Telepon')).toHaveValue('(0737) 5243966');
});

test('the kop surat test page is previewed, saved in F4 and A4, and printed', async ({
  page,
  folders,
  shot,
}) => {
  await page.getByRole('combobox', { name: 'Penanda tangan (opsional)' }).click();
  await page.getByRole('option', { name: /Rahmat Hidayat/ }).click();

  await page.getByRole('button', { name: 'Pratinjau' }).click();
  const preview = page.getByRole('dialog', { name: /Pratinjau Uji Cetak Kop Surat/ });
  await expect(preview.getByLabel('Halaman 1 dari 1')).toBeVisible({ timeout: 30_000 });
  await expect(preview.getByText('1 halaman')).toBeVisible();
  await shot('pratinjau-uji-kop');
  await preview.getByRole('button', { name: 'Tutup' }).click();

  for (const paper of ['F4', 'A4'] as const) {
    await page
      .getByRole('radiogroup', { name: 'Ukuran kertas uji cetak' })
      .getByText(paper)
      .click();
    await page.getByRole('button', { name: 'Simpan PDF…' }).click();
    // The file itself is the proof; the "PDF tersimpan" notice closes on its own.
    const target = path.join(folders.saveDir, `Uji Cetak Kop Surat ${paper}.pdf`);
    await expect.poll(() => existsSync(target), { timeout: 20_000 }).toBe(true);
  }

  const saved = readdirSync(folders.saveDir).sort();
  expect(saved).toEqual(['Uji Cetak Kop Surat A4.pdf', 'Uji Cetak Kop Surat F4.pdf']);
  const sizes = { F4: { width: 609.45, height: 935.43 }, A4: { width: 595.28, height: 841.89 } };
  for (const paper of ['F4', 'A4'] as const) {
    const file = path.join(folders.saveDir, `Uji Cetak Kop Surat ${paper}.pdf`);
    expect(pdfInfo(file)).toEqual({ pages: 1, ...sizes[paper] });
    const text = pdfText(file);
    for (const line of [
      'MAHKAMAH AGUNG REPUBLIK INDONESIA',
      'DIREKTORAT JENDERAL BADAN PERADILAN AGAMA',
      'PENGADILAN TINGGI AGAMA BENGKULU',
      'PENGADILAN AGAMA MUKOMUKO',
      'Telp. (0737) 5243965',
      'UJI CETAK KOP SURAT',
      `Kertas ${paper}`,
      'Rahmat Hidayat, S.Kom',
      'NIP. 19900315 201903 1 004',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(
      /Mukomuko, \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/,
    );
  }

  await page.getByRole('button', { name: 'Cetak…' }).click();
  await expect
    .poll(() => readdirSync(folders.printDir), { timeout: 20_000 })
    .toEqual(['job-1.pdf']);
});

test('main refuses a malformed request and says why', async ({ page }) => {
  const result = await page.evaluate(() => {
    const api = (globalThis as unknown as { mejaTI: MejaApi }).mejaTI;
    return api.savePdf({
      document: { kind: 'ujiKop' },
      suggestedName: '../../etc/passwd',
    } as never);
  });
  expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  expect(result.ok ? '' : result.error.message).toContain('Data yang dikirim tidak valid');
});

test('the kop is centred on the page or beside the logo, with the contact labels the office writes', async ({
  page,
  shot,
}) => {
  // The seed's labels and the page's axis by default.
  await expect(page.getByLabel('Sebutan situs pada kop')).toHaveValue('Website :');
  await expect(page.getByLabel('Sebutan surel pada kop')).toHaveValue('email :');
  const letak = page.getByRole('radiogroup', { name: 'Letak teks kop' });
  await expect(letak.getByRole('radio', { name: 'Di tengah halaman' })).toBeChecked();
  await shot('pengaturan-kop');

  await letak.getByText('Di samping logo').click();
  await page.getByLabel('Sebutan situs pada kop').fill('Laman:');
  await page.getByLabel('Sebutan surel pada kop').fill('Surel:');
  await page.getByRole('button', { name: 'Simpan Pengaturan' }).click();
  await expect(page.getByText('Pengaturan kantor tersimpan.')).toBeVisible();

  await page.reload();
  await new AppPage(page).open('Pengaturan Kantor');
  await expect(page.getByLabel('Sebutan situs pada kop')).toHaveValue('Laman:');
  await expect(page.getByLabel('Sebutan surel pada kop')).toHaveValue('Surel:');
  await expect(
    page.getByRole('radiogroup', { name: 'Letak teks kop' }).getByRole('radio', {
      name: 'Di samping logo',
    }),
  ).toBeChecked();
});
