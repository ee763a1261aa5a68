import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { ReceptionPage } from './pages/RequestPages';
import { expectTanggalJam, fillTanggalJam } from './pages/DateFields';

// Monday 23 November 2026, 09:00 in Jakarta: the Sunday before is in the past.
test.use({ now: new Date('2026-11-23T09:00:00+07:00'), office: 'ready' });

test.beforeEach(async ({ page }) => {
  await new AppPage(page).open('Permintaan Layanan');
});

test('a request received on a Sunday is flagged, counted from Monday 08.00, and kept as typed', async ({
  page,
  shot,
}) => {
  await page.getByRole('button', { name: 'Terima Permintaan' }).click();
  const form = new ReceptionPage(page);
  const notice = page.getByRole('status', { name: 'Di luar jam kerja' });
  // Received now, inside working hours: no notice.
  await expectTanggalJam(page, 'Diterima pada', '23 November 2026', '09.00');
  await expect(page.getByLabel('Uraian permintaan atau kerusakan')).toBeVisible();
  await expect(notice).toHaveCount(0);

  await form.fill({
    nama: 'Siti Aminah',
    unit: 'Kepaniteraan',
    kategori: 'Printer/scanner',
    uraian: 'Printer ruang PTSP macet, dilaporkan lewat WhatsApp hari Minggu.',
  });
  await fillTanggalJam(page, 'Diterima pada', '22/11/2026 10.15');
  await expect(notice).toHaveText(
    'Diterima di luar jam kerja (Minggu); waktu layanan dihitung mulai Senin, 23 November 2026 pukul 08.00.',
  );
  await shot('permintaan-hari-minggu');

  await fillTanggalJam(page, 'Diterima pada', '20/11/2026 17.30');
  await expect(notice).toHaveText(
    'Diterima di luar jam kerja (setelah jam kerja); waktu layanan dihitung mulai Senin, 23 November 2026 pukul 08.00.',
  );
  await fillTanggalJam(page, 'Diterima pada', '20/11/2026 10.00');
  await expect(notice).toHaveCount(0);

  await fillTanggalJam(page, 'Diterima pada', '22/11/2026 10.15');
  await expect(notice).toBeVisible();
  await form.submit();
  await expect(page.getByText('Nomor register 001/PLTI/XI/2026')).toBeVisible();
  // The received time stays as typed (Sunday, 10.15), with the same notice under it.
  const hint = page.getByTestId('di-luar-jam-kerja');
  await expect(hint.locator('..')).toContainText('22 November 2026 10.15');
  await expect(hint).toHaveText(
    'Diterima di luar jam kerja (Minggu); waktu layanan dihitung mulai Senin, 23 November 2026 pukul 08.00.',
  );
  await shot('permintaan-hari-minggu-detail');
});
