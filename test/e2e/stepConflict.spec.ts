import type { Page } from '@playwright/test';
import { mkdirSync, renameSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { ReceptionPage, RequestPage } from './pages/RequestPages';
import { addStaff } from './pages/PeoplePages';
import { OPERATOR, SetupWizardPage, type PersonInput } from './pages/SetupWizardPage';
import { signInAs } from './pages/SignInPages';
import { openSecondPc, SyncSettingsPage } from './pages/SyncPages';

test.use({ office: 'ready' });

const PASSPHRASE = 'Kantor Mukomuko 2026!';
const OPERATOR_B: PersonInput = {
  nama: 'Dewi Lestari, S.T.',
  nip: '198505202010122002',
  jabatan: 'Pranata Komputer Ahli Muda',
};
const NUMBER = /001\/PLTI\/[IVX]+\/\d{4}/;
/** Step 2 (the disposition) is the Sekretaris's; each PC records it signed in as her. */
const SEKRETARIS = {
  nama: 'Dra. Nurhayati, M.H.',
  nip: '196912251994032001',
  jabatan: 'Sekretaris',
  roles: ['Sekretaris'],
};

/** The register, also when a request's page was open in it. */
async function openRegister(page: Page) {
  await new AppPage(page).open('Permintaan Layanan');
  const back = page.getByRole('button', { name: '← Daftar Permintaan' });
  if (await back.isVisible()) await back.click();
  await expect(page.getByRole('button', { name: 'Terima Permintaan' })).toBeVisible();
}

async function openRequest(page: Page) {
  await openRegister(page);
  await page.getByRole('row', { name: NUMBER }).click();
  await expect(page.getByRole('heading', { name: NUMBER })).toBeVisible();
}

/** Records step 2 (the disposition) to `person`, with its speed and a note. */
async function recordDisposition(page: Page, person: string, speed: string, note: string) {
  await openRequest(page);
  await page.getByRole('combobox', { name: 'Diteruskan kepada' }).click();
  await page.getByRole('option', { name: new RegExp(person) }).click();
  await page.keyboard.press('Escape');
  await page.getByText(speed, { exact: true }).click();
  await page.getByLabel('Catatan', { exact: true }).fill(note);
  await new RequestPage(page).record(2);
}

test('the same step recorded on two PCs apart is shown on both as a conflict to settle; the one kept counts on both, the other stays in the history', async ({
  page,
  browser,
  folders,
  shot,
  now,
}) => {
  test.setTimeout(240_000);
  mkdirSync(folders.sharedDir, { recursive: true });
  const second = await openSecondPc(browser, folders.sharedDir, now);
  const pageB = second.page;
  try {
    await new SetupWizardPage(pageB).complete(undefined, OPERATOR_B);
    const syncA = new SyncSettingsPage(page);
    await syncA.open();
    await syncA.create('PTSP 1', PASSPHRASE);
    await expect(syncA.status()).toHaveText('Tersinkron', { timeout: 30_000 });
    const syncB = new SyncSettingsPage(pageB);
    await syncB.open();
    await syncB.chooseFolder();
    await syncB.join('Ruang TI', PASSPHRASE);
    await expect(syncB.status()).toHaveText('Tersinkron', { timeout: 30_000 });

    // The Sekretaris and a request registered on A reach B.
    await addStaff(page, [SEKRETARIS]);
    await new AppPage(page).open('Permintaan Layanan');
    await page.getByRole('button', { name: 'Terima Permintaan' }).click();
    const form = new ReceptionPage(page);
    await form.fill({
      nama: 'Siti Aminah',
      unit: 'Kepaniteraan',
      kategori: 'Jaringan/internet',
      uraian: 'Internet ruang sidang utama putus.',
    });
    await form.submit();
    await expect(page.getByRole('heading', { name: NUMBER })).toBeVisible();
    await new AppPage(pageB).open('Permintaan Layanan');
    await expect(pageB.getByRole('row', { name: NUMBER })).toBeVisible({ timeout: 30_000 });
    await new AppPage(pageB).open('Pegawai');
    await expect(pageB.getByRole('row', { name: new RegExp(SEKRETARIS.nama) })).toBeVisible({
      timeout: 30_000,
    });
    for (const p of [page, pageB]) await signInAs(p, SEKRETARIS.nama);

    // The folder goes away; each PC records the disposition on its own.
    const away = `${folders.sharedDir}-away`;
    renameSync(folders.sharedDir, away);
    for (const p of [page, pageB]) {
      await expect(new SyncSettingsPage(p).status()).toContainText('tidak terjangkau', {
        timeout: 30_000,
      });
    }
    await recordDisposition(page, OPERATOR.nama, 'Segera', 'Disposisi diterima di PTSP');
    await recordDisposition(pageB, OPERATOR_B.nama, 'Sangat Segera', 'Disposisi diterima di TI');

    // Back together: both PCs show step 2 as recorded twice, with both records.
    renameSync(away, folders.sharedDir);
    for (const p of [page, pageB]) {
      await expect(new SyncSettingsPage(p).status()).toHaveText('Tersinkron', { timeout: 40_000 });
      await openRegister(p);
      await expect(p.getByTestId('konflik-langkah')).toContainText(/langkah 2/, {
        timeout: 30_000,
      });
    }
    await shot('konflik-langkah-daftar');
    await new AppPage(page).open('Beranda');
    await expect(page.getByTestId('beranda-konflik-langkah')).toContainText(NUMBER);
    await shot('konflik-langkah-beranda');
    for (const p of [page, pageB]) {
      await openRequest(p);
      const alert = p.getByTestId('konflik-langkah-2');
      await expect(alert).toContainText('Langkah 2 dicatat dua kali');
      await expect(alert.getByTestId('catatan-konflik')).toHaveCount(2);
      await expect(alert).toContainText('Disposisi diterima di PTSP');
      await expect(alert).toContainText('Disposisi diterima di TI');
      await expect(alert).toContainText('kecepatan Sangat Segera');
      await expect(alert).toContainText('Dicatat di: PTSP 1');
      await expect(alert).toContainText('Dicatat di: Ruang TI');
      await expect(p.getByTestId('langkah-2')).toContainText('Dicatat ganda');
    }
    await shot('konflik-langkah');

    // B keeps A's record.
    await pageB
      .getByTestId('catatan-konflik')
      .filter({ hasText: 'Disposisi diterima di PTSP' })
      .getByRole('button', { name: 'Pakai catatan ini' })
      .click();
    for (const p of [pageB, page]) {
      await expect(p.getByTestId('konflik-langkah-2')).toHaveCount(0, { timeout: 40_000 });
      const step2 = p.getByTestId('langkah-2');
      await expect(step2).toContainText('Disposisi diterima di PTSP');
      await expect(step2.getByTestId('catatan-digantikan')).toContainText(
        'Disposisi diterima di TI',
      );
      await expect(step2).toContainText('Selesai');
    }
    await shot('konflik-langkah-diselesaikan');
    for (const p of [pageB, page]) {
      await openRegister(p);
      await expect(p.getByRole('row', { name: NUMBER })).toBeVisible();
      await expect(p.getByTestId('konflik-langkah')).toHaveCount(0);
      await new AppPage(p).open('Beranda');
      await expect(p.getByRole('heading', { name: 'Pengadilan Agama Mukomuko' })).toBeVisible();
      await expect(p.getByTestId('beranda-konflik-langkah')).toHaveCount(0);
    }
    expect(second.problems, 'the second PC logged no errors').toEqual([]);
  } finally {
    await second.close();
  }
});
