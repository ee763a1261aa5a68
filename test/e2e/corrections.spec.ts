import { pdfText } from '../fixtures/pdfText';
import { expect, test } from './fixtures';
import { fillTanggalJam } from './pages/DateFields';
import { savePreview } from './pages/PrintPages';
import { receiveRequest } from './pages/RequestPages';

test.use({ office: 'ready' });

test('a registered request is corrected with a reason and kept in its history; another is cancelled and printed as such', async ({
  page,
  folders,
  shot,
}) => {
  await receiveRequest(page, 'Siti Aminah', '20/11/2026 08.00');

  // Ubah data: the unit and the received time, with the reason.
  await page.getByRole('button', { name: 'Ubah Data…' }).click();
  const edit = page.getByRole('dialog', { name: 'Ubah data permintaan' });
  await edit.getByRole('combobox', { name: 'Unit kerja pemohon' }).fill('Kesekretariatan');
  await fillTanggalJam(edit, 'Diterima pada', '20/11/2026 07.30');
  await edit.getByRole('button', { name: 'Simpan Perubahan' }).click();
  await expect(edit.getByText('Alasan perubahan wajib diisi.')).toBeVisible();
  await edit.getByLabel('Alasan perubahan').fill('Unit dan jam salah catat');
  await shot('permintaan-ubah-data');
  await edit.getByRole('button', { name: 'Simpan Perubahan' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText('Kesekretariatan', { exact: true })).toBeVisible();
  await expect(page.getByText('20 November 2026 07.30').first()).toBeVisible();

  // Koreksi langkah 1: its time and its note, with the reason.
  await page.getByRole('button', { name: 'Koreksi langkah 1' }).click();
  const step = page.getByRole('dialog', { name: 'Koreksi langkah 1' });
  await fillTanggalJam(step, 'Selesai pada', '20/11/2026 07.45');
  await step.getByLabel('Catatan').fill('Diterima lewat telepon');
  await step.getByLabel('Alasan perubahan').fill('Jam pencatatan salah');
  await step.getByRole('button', { name: 'Simpan Koreksi' }).click();
  await expect(step).toBeHidden();
  await expect(page.getByTestId('langkah-1')).toContainText('Diterima lewat telepon');
  await expect(page.getByTestId('langkah-1')).toContainText('Jam pencatatan salah');

  // The history: what was there before, who, and why.
  const history = page.getByRole('table', { name: 'Riwayat perubahan' });
  const received = history.getByRole('row', { name: /Diterima pada/ }).first();
  await expect(received).toContainText('20 November 2026 08.00');
  await expect(received).toContainText('20 November 2026 07.30');
  await expect(history.getByRole('row', { name: /Pemohon/ }).first()).toContainText(
    'Siti Aminah, Kepaniteraan',
  );
  await expect(
    history.getByRole('row', { name: /Alasan perubahan.*Unit dan jam salah catat/ }).first(),
  ).toBeVisible();
  await expect(history.getByRole('row', { name: /Langkah 1: Selesai pada/ }).first()).toContainText(
    '20 November 2026 07.45',
  );
  await shot('permintaan-riwayat-koreksi');

  // A request registered by mistake is cancelled: its number stays, marked Dibatalkan.
  const second = await receiveRequest(page, 'Budi Santoso', '20/11/2026 08.30');
  await page.getByRole('button', { name: 'Batalkan…' }).click();
  const cancel = page.getByRole('dialog', { name: 'Batalkan permintaan' });
  await cancel.getByLabel('Alasan pembatalan').fill('Tercatat dua kali');
  await cancel.getByRole('button', { name: 'Batalkan Permintaan' }).click();
  await expect(cancel).toBeHidden();
  await expect(page.getByText('Permintaan ini dibatalkan')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Catat Langkah/ })).toHaveCount(0);
  await shot('permintaan-dibatalkan');

  await page.getByRole('button', { name: '← Daftar Permintaan' }).click();
  await expect(page.getByRole('row', { name: new RegExp(second) })).toContainText('Dibatalkan');
  await page.getByRole('combobox', { name: 'Tahap' }).click();
  await page.getByRole('option', { name: 'Dibatalkan', exact: true }).click();
  await expect(page.getByText('1 dari 2 permintaan')).toBeVisible();
  await page.getByRole('combobox', { name: 'Tahap' }).click();
  await page.getByRole('option', { name: 'Dalam proses', exact: true }).click();
  await expect(page.getByText('1 dari 2 permintaan')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(second) })).toHaveCount(0);

  await page.getByRole('button', { name: 'Cetak Daftar…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Pratinjau' }).click();
  const daftar = await savePreview(
    page,
    folders.saveDir,
    'Daftar Permintaan Layanan TI 2026-11-01 sd 2026-11-30.pdf',
  );
  // The "PDF tersimpan" notice lies over the register's toolbar; pointed at, a button beneath
  // it gets the click: the notice makes way. The page's timers are held meanwhile, so the
  // notice does not close on its own while it is looked at.
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 500));
  const notice = page.locator('.mantine-Notification-root', { hasText: 'PDF tersimpan' });
  const button = page.getByRole('button', { name: 'Ekspor .xlsx' });
  const [over, under] = [await notice.boundingBox(), await button.boundingBox()];
  if (!over || !under) throw new Error('the notice or the button is not shown');
  const x = Math.max(over.x, under.x) + 4;
  const y = Math.max(over.y, under.y) + 4;
  expect(x < Math.min(over.x + over.width, under.x + under.width)).toBe(true);
  expect(y < Math.min(over.y + over.height, under.y + under.height)).toBe(true);
  await page.mouse.move(x, y);
  await expect(notice).toHaveAttribute('data-yield', '1');
  expect(
    await page.evaluate(
      ([px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.closest('button')?.textContent,
      [x, y],
    ),
  ).toContain('Ekspor .xlsx');
  await page.clock.resume();

  const text = pdfText(daftar).replace(/\s+/g, ' ');
  expect(text).toContain(second);
  // The Ket. column wraps the reason.
  expect(text).toMatch(/Dibatalkan: Tercatat .*dua kali/);
  expect(text).toMatch(/REKAPITULASI .*Dibatalkan 1/);
  expect(text).toContain(
    'Permintaan terlambat: 1 dari 1 permintaan (1 dibatalkan, tidak dihitung).',
  );
});
