import { expect, type Page } from '@playwright/test';
import { TEST_PIN } from './PeoplePages';

/** Makes the named staff member the one working on this PC. */
export async function signInAs(page: Page, nama: string, _pin: string = TEST_PIN): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Pengguna komputer ini' });
  await select.click();
  await page.getByRole('option', { name: nama, exact: true }).click();
  await expect(select).toHaveValue(nama);
}
