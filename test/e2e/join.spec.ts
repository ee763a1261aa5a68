import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { signInAs } from './pages/SignInPages';
import { AppPage } from './pages/AppPage';
import { MUKOMUKO, OPERATOR, SetupWizardPage } from './pages/SetupWizardPage';
import { openSecondPc, SyncSettingsPage } from './pages/SyncPages';

test.use({ office: 'ready' });

const PASSPHRASE = 'Kantor Mukomuko 2026!';

/** PC 1: set up, and the workspace made in the shared folder. */
async function firstPc(page: Page) {
  const sync = new SyncSettingsPage(page);
  await sync.open();
  await sync.create('PTSP 1', PASSPHRASE);
  await expect(sync.status()).toHaveText('Tersinkron', { timeout: 30_000 });
}

/** The staff rows Pegawai lists with this NIP. */
async function staffWithNip(page: Page, nip: RegExp) {
  await new AppPage(page).open('Pegawai');
  return page.getByRole('row').filter({ hasText: nip });
}

test('a new PC joins the office from the first run: nothing typed, the office comes from the workspace', async ({
  page,
  browser,
  folders,
  now,
}) => {
  test.setTimeout(180_000);
  mkdirSync(folders.sharedDir, { recursive: true });
  const second = await openSecondPc(browser, folders.sharedDir, now);
  const pageB = second.page;
  try {
    await firstPc(page);

    await expect(new SetupWizardPage(pageB).heading()).toBeVisible();
    await pageB.getByRole('button', { name: 'Gabung ke kantor yang sudah ada' }).click();
    const syncB = new SyncSettingsPage(pageB);
    await syncB.chooseFolder();
    await expect(
      pageB.getByRole('alert', { name: 'Folder ini sudah berisi ruang kerja' }),
    ).toBeVisible();
    await pageB.screenshot({ path: 'test-screens/join-wizard-folder.png', fullPage: true });
    await syncB.join('Ruang TI', PASSPHRASE);

    await expect(pageB.getByRole('heading', { name: 'Siapa yang memakai PC ini?' })).toBeVisible({
      timeout: 30_000,
    });
    // Someone not yet on the staff list adds themselves with their first PIN.
    await pageB.getByRole('button', { name: 'Nama saya belum ada: tambahkan' }).click();
    await expect(pageB.getByLabel('PIN Anda')).toBeVisible();
    await expect(pageB.getByLabel('Ulangi PIN')).toBeVisible();
    await pageB.getByRole('button', { name: 'Pilih dari daftar pegawai' }).click();
    await pageB.getByPlaceholder('Pilih nama').click();
    await pageB
      .getByRole('option', { name: new RegExp(OPERATOR.nama.split(',')[0] ?? '') })
      .click();
    await pageB.screenshot({ path: 'test-screens/join-wizard-user.png', fullPage: true });
    await pageB.getByRole('button', { name: 'Mulai memakai Meja TI' }).click();
    // The colleague signs in on this PC with the PIN the workspace brought.
    await signInAs(pageB, OPERATOR.nama);

    await expect(pageB.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
    await expect(pageB.getByRole('heading', { name: MUKOMUKO.namaPengadilan })).toBeVisible();
    await expect(await staffWithNip(pageB, /1990/)).toHaveCount(1);
    await expect(await staffWithNip(page, /1990/)).toHaveCount(1);
    expect(second.problems).toEqual([]);
  } finally {
    await second.close();
  }
});

test('a PC set up through the wizard joins: it is shown what differs and chooses per item', async ({
  page,
  browser,
  folders,
  now,
}) => {
  test.setTimeout(180_000);
  mkdirSync(folders.sharedDir, { recursive: true });
  const second = await openSecondPc(browser, folders.sharedDir, now);
  const pageB = second.page;
  try {
    await firstPc(page);
    // PC 2 typed its own office and the same operator (same NIP, another spelling).
    await new SetupWizardPage(pageB).complete(
      {
        ...MUKOMUKO,
        namaPengadilan: 'PA Mukomuko PC 2',
        telepon: '0812 3456 7890',
        email: '',
        logo: false,
      },
      { ...OPERATOR, nama: 'Rahmat H.' },
    );
    const syncB = new SyncSettingsPage(pageB);
    await syncB.open();
    await syncB.chooseFolder();
    await syncB.join('Ruang TI', PASSPHRASE);

    const dialog = pageB.getByRole('dialog', { name: 'Data PC ini berbeda dengan ruang kerja' });
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    await expect(dialog.getByRole('row', { name: /Nama pengadilan/ })).toBeVisible();
    await expect(dialog.getByRole('row', { name: /Rahmat H\./ })).toBeVisible();
    const telepon = dialog.getByRole('row', { name: /Telepon/ });
    await telepon.getByText('Pakai data PC ini').click();
    await expect(telepon.getByRole('radio', { name: 'Pakai data PC ini' })).toBeChecked();
    await pageB.screenshot({ path: 'test-screens/join-differences.png', fullPage: true });
    // PC 1 has its office settings open while PC 2 chooses: the screen follows the change.
    await new AppPage(page).open('Pengaturan Kantor');
    await expect(page.getByLabel('Telepon')).toHaveValue(MUKOMUKO.telepon ?? '');
    // The choice is still there when saved.
    await expect(telepon.getByRole('radio', { name: 'Pakai data PC ini' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Simpan pilihan' }).click();
    await expect(dialog).toBeHidden({ timeout: 30_000 });

    // PC 1's next cycles bring the choice in; its open screen shows it without reopening.
    await expect(page.getByLabel('Telepon')).toHaveValue('0812 3456 7890', { timeout: 30_000 });
    for (const p of [page, pageB]) {
      await new AppPage(p).open('Pengaturan Kantor');
      await expect(p.getByLabel('Nama pengadilan')).toHaveValue(MUKOMUKO.namaPengadilan);
      await expect(p.getByLabel('Telepon')).toHaveValue('0812 3456 7890');
      await expect(p.getByLabel('E-mail')).toHaveValue(MUKOMUKO.email ?? '');
      const staff = await staffWithNip(p, /1990/);
      await expect(staff).toHaveCount(1);
      await expect(staff).toContainText(OPERATOR.nama);
    }
    expect(second.problems).toEqual([]);
  } finally {
    await second.close();
  }
});
