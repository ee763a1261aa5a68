import type { Page } from '@playwright/test';
import { mkdirSync, renameSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { ReceptionPage } from './pages/RequestPages';
import { SetupWizardPage, type PersonInput } from './pages/SetupWizardPage';
import { openSecondPc, SyncSettingsPage } from './pages/SyncPages';

test.use({ office: 'ready' });

const PASSPHRASE = 'Kantor Mukomuko 2026!';
const OPERATOR_B: PersonInput = {
  nama: 'Dewi Lestari, S.T.',
  nip: '198505202010122002',
  jabatan: 'Pranata Komputer Ahli Muda',
};

async function register(page: Page, uraian: string) {
  const app = new AppPage(page);
  await app.open('Permintaan Layanan');
  await page.getByRole('button', { name: 'Terima Permintaan' }).click();
  const form = new ReceptionPage(page);
  await form.fill({
    nama: 'Siti Aminah',
    unit: 'Kepaniteraan',
    kategori: 'Jaringan/internet',
    uraian,
  });
  await form.submit();
  await expect(page.getByRole('heading', { name: /PLTI/ })).toBeVisible();
}

/** The register's numbers and descriptions, sorted: what both PCs must agree on. */
async function registerRows(page: Page): Promise<string[]> {
  await new AppPage(page).open('Permintaan Layanan');
  const back = page.getByRole('button', { name: '← Daftar Permintaan' });
  if (await back.isVisible()) await back.click();
  const rows = page.getByRole('table').first().getByRole('row');
  const texts = await rows.allInnerTexts();
  return texts
    .slice(1)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .sort();
}

/** The app's sync interval (SYNC_INTERVAL_MS in renderer/sync/runtime/syncDriver.ts). */
const SYNC_INTERVAL_MS = 5_000;

/** Drives each PC's sync cycle by its test clock rather than waiting out the interval. */
async function nextSyncCycle(...pages: Page[]) {
  for (const p of pages) await p.clock.fastForward(SYNC_INTERVAL_MS);
}

test('two PCs share one folder: registered on one, seen on the other; edits while the folder is away meet on reconnect; a number used twice is flagged on both', async ({
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

    // Each PC numbered a request while it worked alone: both hold number 001.
    await register(page, 'Internet ruang sidang utama putus.');
    await register(pageB, 'Wi-Fi PTSP lambat sejak pagi.');

    const syncA = new SyncSettingsPage(page);
    await syncA.open();
    await shot('sinkron-belum-bergabung');
    await syncA.create('PTSP 1', PASSPHRASE);
    await expect(syncA.status()).toHaveText('Tersinkron', { timeout: 30_000 });

    const syncB = new SyncSettingsPage(pageB);
    await syncB.open();
    await syncB.chooseFolder();
    await expect(
      pageB.getByRole('alert', { name: 'Folder ini sudah berisi ruang kerja' }),
    ).toBeVisible();
    await syncB.join('Ruang TI', 'kata sandi yang keliru');
    await expect(pageB.getByText(/Kata sandi kantor salah/)).toBeVisible();
    await pageB.screenshot({ path: 'test-screens/sinkron-kata-sandi-salah.png', fullPage: true });
    await syncB.join('Ruang TI', PASSPHRASE);
    await expect(syncB.status()).toHaveText('Tersinkron', { timeout: 30_000 });

    // Both PCs list both PCs, and the request registered on A is on B (and the other way).
    for (const p of [page, pageB]) {
      await expect(p.getByRole('cell', { name: /PTSP 1/ })).toBeVisible({ timeout: 20_000 });
      await expect(p.getByRole('cell', { name: /Ruang TI/ })).toBeVisible({ timeout: 20_000 });
    }
    await shot('sinkron-ruang-kerja');
    for (const p of [page, pageB]) {
      await new AppPage(p).open('Permintaan Layanan');
      await expect(p.getByText('Internet ruang sidang utama putus.')).toBeVisible({
        timeout: 20_000,
      });
      await expect(p.getByText('Wi-Fi PTSP lambat sejak pagi.')).toBeVisible({ timeout: 20_000 });
      // The number both printed is flagged, never silently changed.
      await expect(p.getByText(/Nomor register ganda/)).toBeVisible({ timeout: 20_000 });
    }
    await shot('sinkron-nomor-ganda');

    // The folder goes away; both PCs keep working.
    const away = `${folders.sharedDir}-away`;
    renameSync(folders.sharedDir, away);
    await nextSyncCycle(page, pageB);
    for (const p of [page, pageB]) {
      await expect(new SyncSettingsPage(p).status()).toContainText(
        'Folder bersama tidak terjangkau sejak',
        { timeout: 30_000 },
      );
    }
    await register(page, 'Printer ruang hakim macet.');
    await register(pageB, 'Monitor kasir tidak menyala.');
    await expect(new SyncSettingsPage(page).status()).toContainText('tidak terjangkau');
    await expect(page.getByText(/1 perubahan menunggu|\d+ perubahan menunggu/)).toBeVisible();
    await shot('sinkron-terputus');

    // It comes back: both PCs end with the same register.
    renameSync(away, folders.sharedDir);
    await nextSyncCycle(page, pageB);
    for (const p of [page, pageB]) {
      await expect(new SyncSettingsPage(p).status()).toHaveText('Tersinkron', { timeout: 40_000 });
    }
    // Both end with the same four rows, the drafts made while away numbered for good.
    const settled = async () => {
      await nextSyncCycle(page, pageB);
      const [a, b] = [await registerRows(page), await registerRows(pageB)];
      const same = JSON.stringify(a) === JSON.stringify(b);
      return same && !a.join(' ').includes('Nomor sementara') ? a.length : -1;
    };
    await expect.poll(settled, { timeout: 60_000 }).toBe(4);
    const numbers = (await registerRows(page)).map((row) => row.split(' ')[0]);
    // The two requests numbered while apart kept their printed 001 (flagged); the rest differ.
    expect(numbers.filter((n) => n === numbers[0]).length).toBe(2);
    expect(new Set(numbers).size).toBe(3);
    await expect(page.getByText('Nomor sementara', { exact: true })).toHaveCount(0);
    await shot('sinkron-kembali');

    // The drafts printed while away (one per PC, each with its PC's code) are listed with the
    // numbers they became, for correcting the paper; the register says what each was.
    for (const p of [page, pageB]) {
      await p.getByRole('button', { name: 'Nomor sementara yang berubah (2)' }).click();
      const list = p.getByTestId('nomor-sementara-berubah');
      await expect(list.getByRole('row')).toHaveCount(3);
      const drafts = (await list.getByRole('row').allInnerTexts()).slice(1);
      const printed = drafts.map(
        (row) => /(\d{3}-[A-Z0-9]+\/PLTI\/XI\/2026) \(SEMENTARA\)/.exec(row)?.[1],
      );
      expect(new Set(printed).size, drafts.join(' | ')).toBe(2);
      if (p === page) await shot('nomor-sementara-berubah');
      await p.keyboard.press('Escape');
      await expect(list).toHaveCount(0);
    }
    await expect(
      page.getByText(/^semula \d{3}-[A-Z0-9]+\/PLTI\/XI\/2026 \(SEMENTARA\)$/),
    ).toHaveCount(2);

    // The operator gives one of the two a new number: the flag goes away on both PCs.
    await page
      .getByRole('button', { name: /001\/PLTI\/XI\/2026 — Siti Aminah/ })
      .first()
      .click();
    await expect(page.getByRole('button', { name: 'Beri nomor baru' })).toBeVisible();
    await shot('sinkron-beri-nomor-baru');
    await page.getByRole('button', { name: 'Beri nomor baru' }).click();
    await expect(page.getByRole('heading', { name: 'Permintaan 004/PLTI/XI/2026' })).toBeVisible({
      timeout: 20_000,
    });
    // The request keeps the number it was printed with.
    const history = page.getByTestId('riwayat-nomor');
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history.getByRole('row').nth(1)).toContainText('001/PLTI/XI/2026');
    await expect(history.getByRole('row').nth(2)).toContainText('Pengganti nomor ganda');
    await shot('riwayat-nomor');
    for (const p of [page, pageB]) {
      await expect
        .poll(async () => (await registerRows(p)).map((row) => row.split(' ')[0]).sort(), {
          timeout: 40_000,
        })
        .toEqual(['001/PLTI/XI/2026', '002/PLTI/XI/2026', '003/PLTI/XI/2026', '004/PLTI/XI/2026']);
      await expect(p.getByText(/Nomor register ganda/)).toHaveCount(0);
    }

    // A synchroniser's marker in the folder: Pengaturan Layanan recommends the replicated mode.
    mkdirSync(`${folders.sharedDir}/.stfolder`);
    await new AppPage(page).open('Pengaturan Layanan');
    const mode = page.getByTestId('mode-penomoran');
    await expect(mode.getByText(/memuat penanda Syncthing/)).toBeVisible();
    await mode.getByRole('radio', { name: /Ruang kerja direplikasi antar-lokasi/ }).check();
    await mode.getByRole('textbox', { name: 'Kode lokasi komputer ini' }).fill('b');
    await expect(mode.getByTestId('contoh-nomor-lokasi')).toHaveText(/^012\.B\/PLTI\/\w+\/\d{4}$/);
    await mode.scrollIntoViewIfNeeded();
    await shot('mode-penomoran');
    await mode.getByRole('button', { name: 'Simpan mode penomoran' }).click();
    await expect(mode.getByText(/memuat penanda Syncthing/)).toHaveCount(0);
    expect(second.problems, 'the second PC logged no errors').toEqual([]);
  } finally {
    await second.close();
  }
});
