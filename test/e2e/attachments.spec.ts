import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cutShortPdf, onePagePdf, oversizedPdf, TINY_PNG } from './files/sampleFiles';
import { attachFiles } from './pages/AttachmentPages';
import { PolicyPage } from './pages/PolicyPages';
import { OPERATOR, SetupWizardPage } from './pages/SetupWizardPage';
import { signInAs } from './pages/SignInPages';
import { openSecondPc, SyncSettingsPage } from './pages/SyncPages';

test.use({ office: 'ready' });

const PASSPHRASE = 'Kantor Mukomuko 2026!';

async function openRegulations(page: Page) {
  const policy = new PolicyPage(page);
  await policy.open();
  await policy.tab('Peraturan');
  return policy;
}

test('a regulation’s files: bad ones refused with their reason, the good ones carried sealed to the other PC, a damaged copy in the folder refused there', async ({
  page,
  browser,
  folders,
  now,
  shot,
}) => {
  test.setTimeout(180_000);
  mkdirSync(folders.sharedDir, { recursive: true });

  // PC 1 records a regulation with its PDF and a photo; the bad files are refused, each with
  // its reason, and stop none of the others.
  const policy = await openRegulations(page);
  await policy.field('Jenis peraturan').fill('Peraturan Mahkamah Agung');
  await policy.field('Nomor').fill('7');
  await policy.field('Tahun').fill('2022');
  await policy.field('Tentang').fill('Administrasi Perkara di Pengadilan secara Elektronik');
  await attachFiles(page, [
    { name: 'perma-7-2022.pdf', mimeType: 'application/pdf', buffer: onePagePdf('PERMA 7 2022') },
    { name: 'terpotong.pdf', mimeType: 'application/pdf', buffer: cutShortPdf('Setengah') },
    { name: 'besar.pdf', mimeType: 'application/pdf', buffer: oversizedPdf() },
    { name: 'sampul.png', mimeType: 'image/png', buffer: TINY_PNG },
  ]);
  const refused = page.getByRole('list', { name: 'Lampiran ditolak' });
  await expect(refused).toContainText('Berkas terpotong.pdf rusak: isinya terpotong.');
  await expect(refused).toContainText('Berkas besar.pdf terlalu besar: batas 20 MB per lampiran.');
  const chosen = page
    .getByRole('group', { name: 'Daftar lampiran' })
    .or(page.getByLabel('Daftar lampiran'));
  await expect(chosen.first()).toContainText('perma-7-2022.pdf');
  await expect(chosen.first()).toContainText('sampul.png');
  await expect(page.getByText(/Penyimpanan lampiran: \d+ B dari 2 GB/)).toBeVisible();
  await shot('lampiran-ditolak');
  await page.getByRole('button', { name: 'Simpan Peraturan' }).click();
  const register = page.getByTestId('daftar-peraturan');
  await expect(register).toContainText('7 Tahun 2022');
  await register.getByRole('button', { name: 'Buka perma-7-2022.pdf' }).click();
  await expect(page.getByRole('dialog').getByLabel('Halaman 1 dari 1')).toBeVisible();
  await shot('lampiran-pdf-dibuka');
  await page.keyboard.press('Escape');

  // The workspace: the attachments go into the folder sealed, after PC 1's next cycle.
  const sync = new SyncSettingsPage(page);
  await sync.open();
  await sync.create('PTSP 1', PASSPHRASE);
  await expect(sync.status()).toHaveText('Tersinkron', { timeout: 30_000 });
  const lampiranDir = path.join(folders.sharedDir, 'lampiran');
  const sealedFiles = () => {
    try {
      return readdirSync(lampiranDir).filter((n) => n.endsWith('.bin'));
    } catch {
      return [];
    }
  };
  await expect.poll(() => sealedFiles().length, { timeout: 30_000 }).toBe(2);
  for (const name of sealedFiles()) {
    expect(readFileSync(path.join(lampiranDir, name)).toString('latin1')).not.toContain('PERMA 7');
  }

  // PC 2 joins and finds the regulation; its files come from the folder when opened.
  const second = await openSecondPc(browser, folders.sharedDir, now);
  const pageB = second.page;
  try {
    await expect(new SetupWizardPage(pageB).heading()).toBeVisible();
    await pageB.getByRole('button', { name: 'Gabung ke kantor yang sudah ada' }).click();
    const syncB = new SyncSettingsPage(pageB);
    await syncB.chooseFolder();
    await syncB.join('Ruang TI', PASSPHRASE);
    await expect(pageB.getByRole('heading', { name: 'Siapa yang memakai PC ini?' })).toBeVisible({
      timeout: 30_000,
    });
    await pageB.getByPlaceholder('Pilih nama').click();
    await pageB
      .getByRole('option', { name: new RegExp(OPERATOR.nama.split(',')[0] ?? '') })
      .click();
    await pageB.getByRole('button', { name: 'Mulai memakai Meja TI' }).click();
    await signInAs(pageB, OPERATOR.nama);
    await openRegulations(pageB);
    const registerB = pageB.getByTestId('daftar-peraturan');
    await expect(registerB).toContainText('7 Tahun 2022', { timeout: 30_000 });

    // The PDF's copy in the folder is damaged: PC 2 refuses it and says so.
    const originals = new Map(
      sealedFiles().map((n) => [n, readFileSync(path.join(lampiranDir, n))] as const),
    );
    for (const [name, bytes] of originals) {
      const damaged = Buffer.from(bytes);
      damaged[40] = (damaged[40] ?? 0) ^ 0xff;
      writeFileSync(path.join(lampiranDir, name), damaged);
    }
    await registerB.getByRole('button', { name: 'Buka perma-7-2022.pdf' }).click();
    const dialogB = pageB.getByRole('dialog');
    await expect(dialogB.getByRole('alert')).toContainText(
      'Lampiran perma-7-2022.pdf di folder bersama rusak atau diubah; ditolak.',
    );
    await pageB.screenshot({ path: 'test-screens/lampiran-pc2-rusak.png', fullPage: true });
    await pageB.keyboard.press('Escape');

    // Mended (PC 1's copies back): PC 2 opens both, the PDF drawn page by page.
    for (const [name, bytes] of originals) writeFileSync(path.join(lampiranDir, name), bytes);
    await registerB.getByRole('button', { name: 'Buka perma-7-2022.pdf' }).click();
    await expect(dialogB.getByLabel('Halaman 1 dari 1')).toBeVisible();
    await pageB.keyboard.press('Escape');
    await registerB.getByRole('button', { name: 'Buka sampul.png' }).click();
    await expect(dialogB.getByRole('img', { name: 'sampul.png' })).toBeVisible();
    await pageB.screenshot({ path: 'test-screens/lampiran-pc2-foto.png', fullPage: true });
    expect(second.problems).toEqual([]);
  } finally {
    await second.close();
  }
});
