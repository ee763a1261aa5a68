import type { Page } from '@playwright/test';
import { pdfText } from '../fixtures/pdfText';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { savePreview } from './pages/PrintPages';
import { addStaff } from './pages/PeoplePages';
import { ReceptionPage, RequestPage } from './pages/RequestPages';
import { OPERATOR } from './pages/SetupWizardPage';
import { signInAs } from './pages/SignInPages';

test.use({ office: 'ready' });

const NUMBER = /001\/PLTI\/[IVX]+\/\d{4}/;

const SEKRETARIS = {
  nama: 'Drs. Hasan Basri, M.H.',
  nip: '197005121995031002',
  jabatan: 'Sekretaris',
  roles: ['Sekretaris'],
};
const PLH = {
  nama: 'Citra Lestari, S.H.',
  nip: '198705122011012003',
  jabatan: 'Kepala Subbagian Umum dan Keuangan',
  roles: [],
};

async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

test("a step waits for its official; the official's Plh. records it and signs the disposition", async ({
  page,
  folders,
  shot,
}) => {
  test.slow();
  await addStaff(page, [SEKRETARIS, PLH]);

  // The operator receives the request; the disposition is the Sekretaris's, not theirs.
  await new AppPage(page).open('Permintaan Layanan');
  await page.getByRole('button', { name: 'Terima Permintaan' }).click();
  const form = new ReceptionPage(page);
  await form.fill({
    nama: 'Siti Aminah, S.H.',
    unit: 'Kepaniteraan',
    kategori: 'Printer/scanner',
    uraian: 'Printer tidak dapat menarik kertas.',
  });
  await form.submit();
  await expect(page.getByRole('heading', { name: NUMBER })).toBeVisible();
  const waiting = page.getByTestId('langkah-menunggu');
  await expect(waiting).toContainText(`Menunggu Sekretaris: ${SEKRETARIS.nama}`);
  await expect(new RequestPage(page).stepButton(2)).toHaveCount(0);
  await shot('langkah-menunggu');

  // Which role each SOP actor column means is the office's to correct.
  await new AppPage(page).open('Pengaturan Layanan');
  const mapping = page.getByTestId('pelaksana-sop');
  await expect(mapping.getByRole('combobox', { name: 'Peran untuk Sekretaris' })).toHaveValue(
    'Sekretaris',
  );
  await mapping.scrollIntoViewIfNeeded();
  await shot('pelaksana-sop');

  // The administrator records the Sekretaris's Plh.
  await new AppPage(page).open('Plh./Plt.');
  await choose(page, 'Pejabat yang digantikan', new RegExp(SEKRETARIS.nama));
  await choose(page, 'Pegawai yang ditunjuk', new RegExp(PLH.nama));
  await page.getByLabel('Nomor surat penunjukan').fill('W8-A12/150/KP.04.6/XI/2026');
  await page.getByRole('button', { name: 'Catat Plh./Plt.' }).click();
  const row = page.getByTestId('baris-delegasi');
  await expect(row).toContainText('Berlaku');
  await expect(row).toContainText(PLH.nama);
  await shot('plh-plt');

  // The delegate signs in and records the step on the Sekretaris's behalf.
  await signInAs(page, PLH.nama);
  await new AppPage(page).open('Permintaan Layanan');
  await page.getByRole('row', { name: NUMBER }).click();
  await expect(page.getByTestId('atas-nama-langkah')).toContainText('Plh. Sekretaris');
  await choose(page, 'Diteruskan kepada', new RegExp(OPERATOR.nama));
  await page.keyboard.press('Escape');
  await shot('langkah-plh');
  await new RequestPage(page).record(2);

  const heading = await page.getByRole('heading', { name: NUMBER }).textContent();
  const nomor = NUMBER.exec(heading ?? '')?.[0] ?? '';
  await page.getByRole('button', { name: 'Cetak Lembar Disposisi…' }).click();
  const file = await savePreview(
    page,
    folders.saveDir,
    `Disposisi ${nomor.replaceAll('/', '-')}.pdf`,
  );
  const text = pdfText(file).replace(/\s+/g, ' ');
  expect(text).toContain(`Plh. Sekretaris, ${PLH.nama} NIP. 19870512 201101 2 003`);
});
