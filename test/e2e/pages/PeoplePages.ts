import { expect, type Page } from '@playwright/test';
import { AppPage } from './AppPage';
import { fillPerson, type PersonInput } from './SetupWizardPage';

/** The PIN every e2e staff member is given unless a test says otherwise. */
export const TEST_PIN = '246810';

export interface StaffInput extends PersonInput {
  /** Role labels as the Pegawai form shows them, e.g. 'Kasubag PTIP'. */
  roles: string[];
  pin?: string;
}

/** Adds staff members on the Pegawai screen; ends there. */
export async function addStaff(page: Page, staff: readonly StaffInput[]): Promise<void> {
  await new AppPage(page).open('Pegawai');
  for (const person of staff) {
    await page.getByRole('button', { name: 'Tambah Pegawai' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah Pegawai' });
    await fillPerson(page, person);
    for (const role of person.roles) await dialog.getByLabel(role, { exact: true }).check();
    await dialog.getByLabel('PIN awal').fill(person.pin ?? TEST_PIN);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: new RegExp(person.nama) })).toBeVisible();
  }
}
