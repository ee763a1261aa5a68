import { expect, type Locator, type Page } from '@playwright/test';

type Scope = Page | Locator;

/**
 * The app's Indonesian date and time fields, entered as a person at the keyboard would:
 * dates as "04/12/2026" or "4 Desember 2026", times as "16.12".
 */

/**
 * Replaces what a date or time field holds by typing, then leaves it as a click elsewhere
 * would: Tab would open the next date field's calendar over the buttons below it.
 */
export async function typeInto(field: Locator, text: string) {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Delete');
  await field.pressSequentially(text);
  await field.blur();
}

/** The two parts of a date-and-time field ("Diterima pada"): its date and its time. */
export function tanggalJam(scope: Scope, label: string) {
  return {
    tanggal: scope.getByRole('textbox', { name: `${label}: tanggal`, exact: true }),
    jam: scope.getByRole('textbox', { name: `${label}: jam`, exact: true }),
  };
}

/** Types "22/11/2026 10.15" into a date-and-time field: the date, then the time. */
export async function fillTanggalJam(scope: Scope, label: string, text: string) {
  const [tanggal = '', jam = ''] = text.split(' ');
  const field = tanggalJam(scope, label);
  await typeInto(field.tanggal, tanggal);
  await typeInto(field.jam, jam);
}

/** A date-and-time field shows "23 November 2026" and "09.00". */
export async function expectTanggalJam(scope: Scope, label: string, tanggal: string, jam: string) {
  const field = tanggalJam(scope, label);
  await expect(field.tanggal).toHaveValue(tanggal);
  await expect(field.jam).toHaveValue(jam);
}
