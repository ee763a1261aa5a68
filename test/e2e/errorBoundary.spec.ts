import { breakStore, MARK, mainLog, repairStores } from './brokenStorage';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test.use({ office: 'ready' });

test.use({ expectedErrors: [new RegExp(MARK)] });

test('a screen that breaks while rendering shows the error with the way back, the other screens keep working, and main logs it', async ({
  page,
  context,
  folders,
  shot,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new AppPage(page);
  await breakStore(page, 'monthlyReports');
  await app.open('Laporan Bulanan');

  const alert = page.getByRole('alert').filter({ hasText: 'Terjadi kesalahan pada layar ini' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Layar Laporan Bulanan berhenti');
  // The header and the menu are still there: the app did not go blank.
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
  await shot('layar-rusak');

  await expect
    .poll(() => mainLog(folders), { message: 'the render error reached main’s log' })
    .toMatch(new RegExp(`\\[renderer\\] render \\(layar laporan\\): .*${MARK}`));
  expect(mainLog(folders)).toContain('Komponen:');

  await alert.getByRole('button', { name: 'Salin rincian' }).click();
  await expect(alert.getByText('Rincian sudah disalin.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Meja TI versi \d+\.\d+\.\d+\nLayar: Laporan Bulanan\nWaktu: /);
  expect(copied).toContain(MARK);

  await alert.getByRole('button', { name: 'Kembali ke Beranda' }).click();
  await expect(page.getByRole('heading', { name: 'Pengadilan Agama Mukomuko' })).toBeVisible();
  await app.open('Perangkat TI');
  await expect(page.getByRole('heading', { name: 'Perangkat TI' })).toBeVisible();

  // Once the store reads again, "Coba lagi" brings the screen back.
  await app.open('Laporan Bulanan');
  await expect(alert).toBeVisible();
  await repairStores(page);
  await alert.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(
    page.getByRole('heading', { name: 'Laporan Hasil Monitoring dan Pemeliharaan Perangkat TI' }),
  ).toBeVisible();
  await expect(alert).toBeHidden();
});

test('errors outside rendering (a handler, a promise nobody awaited) reach main’s log', async ({
  page,
  folders,
}) => {
  await page.evaluate((mark) => {
    // The page's clock is the test's: a microtask, not a timer, runs on its own.
    queueMicrotask(() => {
      throw new Error(`${mark} dari penangan`);
    });
    void Promise.reject(new Error(`${mark} dari janji`));
  }, MARK);
  await expect
    .poll(() => mainLog(folders))
    .toMatch(new RegExp(`\\[renderer\\] error: Error: ${MARK} dari penangan`));
  await expect
    .poll(() => mainLog(folders))
    .toMatch(new RegExp(`\\[renderer\\] unhandledrejection: Error: ${MARK} dari janji`));
  // The app goes on.
  await new AppPage(page).open('Pegawai');
  await expect(page.getByRole('heading', { name: 'Pegawai' })).toBeVisible();
});

test('a header widget that breaks shrinks to a mark; the screens and the menu go on', async ({
  page,
  folders,
}) => {
  await breakStore(page, 'local', 'sync:quarantine');
  const mark = page.getByRole('banner').getByRole('button', { name: 'Coba tampilkan lagi' });
  await expect(mark).toHaveText('Tidak dapat ditampilkan');
  await expect(page.getByRole('heading', { name: 'Pengadilan Agama Mukomuko' })).toBeVisible();
  await new AppPage(page).open('Pegawai');
  await expect(page.getByRole('heading', { name: 'Pegawai' })).toBeVisible();
  await expect
    .poll(() => mainLog(folders))
    .toMatch(new RegExp(`\\[renderer\\] render \\(layar status-sinkronisasi\\): .*${MARK}`));

  await repairStores(page);
  await mark.click();
  await expect(page.getByTestId('sync-status')).toHaveText('Bekerja sendiri');
});

test('when the frame itself cannot render, the whole-app error screen offers a reload and a retry', async ({
  page,
  folders,
  shot,
}) => {
  await breakStore(page, 'settings');
  const alert = page.getByRole('alert').filter({ hasText: 'Terjadi kesalahan pada layar ini' });
  await expect(alert).toContainText('Meja TI berhenti karena kesalahan yang tidak terduga.');
  await expect(alert.getByRole('button', { name: 'Muat ulang aplikasi' })).toBeVisible();
  await shot('aplikasi-rusak');
  await expect
    .poll(() => mainLog(folders))
    .toMatch(new RegExp(`\\[renderer\\] render \\(layar app\\): .*${MARK}`));

  await repairStores(page);
  await alert.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
});
