import { expect, type Page } from '@playwright/test';
import { TEST_PIN } from './PeoplePages';

/** The locked app's screen: choose the name, type the PIN, Enter. */
export async function signInFromLockScreen(
  page: Page,
  nama: string,
  pin: string = TEST_PIN,
): Promise<void> {
  await page.getByRole('combobox', { name: 'Nama pegawai' }).click();
  await page.getByRole('option', { name: nama, exact: true }).click();
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByLabel('PIN', { exact: true }).press('Enter');
  // Checking the PIN's slow hash and opening the app take seconds on a busy PC.
  await expect(page.getByRole('combobox', { name: 'Pengguna komputer ini' })).toHaveValue(nama, {
    timeout: 30_000,
  });
}

/**
 * Makes the named staff member the one working on this PC: from the sign-in screen when the
 * app is locked, else through the header's select and its PIN dialog.
 */
export async function signInAs(page: Page, nama: string, pin: string = TEST_PIN): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Pengguna komputer ini' });
  const lockScreen = page.getByRole('combobox', { name: 'Nama pegawai' });
  // Which of the two shows, asked again until one does (a window may be reloading). The
  // header counts only with someone signed in: while a reloaded window still decides whether
  // it opens locked, the header shows an empty picker that the lock screen then replaces.
  // A window that locks just as the header is used (Kunci, the idle lock) is asked again.
  for (let attempt = 1; ; attempt++) {
    let locked = false;
    await expect(async () => {
      locked = await lockScreen.isVisible();
      // Asked briefly: a picker that the lock screen replaces meanwhile must not hold the wait.
      const signedIn =
        !locked &&
        (await select.isVisible()) &&
        (await select.inputValue({ timeout: 1_000 })) !== '';
      expect(locked || signedIn).toBe(true);
    }).toPass({ timeout: 30_000 });
    if (locked) return signInFromLockScreen(page, nama, pin);
    if ((await select.inputValue()) === nama) return;
    try {
      await select.click({ timeout: 5_000 });
      await page.getByRole('option', { name: nama, exact: true }).click({ timeout: 5_000 });
    } catch (error) {
      if (attempt >= 3 || !(await lockScreen.isVisible())) throw error;
      continue;
    }
    const dialog = page.getByRole('dialog', { name: 'Masukkan PIN' });
    await dialog.getByLabel('PIN', { exact: true }).fill(pin);
    await dialog.getByRole('button', { name: 'Masuk' }).click();
    await expect(dialog).toBeHidden();
    await expect(select).toHaveValue(nama);
    return;
  }
}

/** Kunci in the header: the app locks and shows its sign-in screen. */
export async function lockApp(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Kunci', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Nama pegawai' })).toBeVisible();
}
