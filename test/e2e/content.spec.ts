import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pdfInfo, pdfText } from '../fixtures/pdfText';
import { expect, test } from './fixtures';
import { ContentPage } from './pages/ContentPages';
import { addStaff } from './pages/PeoplePages';
import { OPERATOR, SetupWizardPage, type PersonInput } from './pages/SetupWizardPage';
import { openSecondPc, SyncSettingsPage } from './pages/SyncPages';
import { attachFiles } from './pages/AttachmentPages';
import { TINY_PNG } from './files/sampleFiles';
import { signInAs } from './pages/SignInPages';

test.use({ office: 'ready' });

const REDAKTUR = {
  nama: 'Rina Marlina, S.Kom.',
  nip: '199003152015032001',
  jabatan: 'Pranata Komputer',
  roles: ['Redaktur'],
};
const EDITOR = {
  nama: 'Dedi Kurniawan, S.H.',
  nip: '198807102011011002',
  jabatan: 'Panitera Muda Hukum',
  roles: ['Editor'],
};
const PJ = {
  nama: 'Drs. Hasan Basri, M.H.',
  nip: '197005121995031002',
  jabatan: 'Sekretaris',
  roles: ['Penanggung Jawab'],
};
const BERITA = 'Rapat pembinaan bulan November';
const PENGUMUMAN = 'Pengumuman seleksi tenaga honorer';
const URL = 'https://pa-mukomuko.go.id/berita/rapat-pembinaan-november';
const flat = (text: string) => text.replace(/\s+/g, ' ');

test('a content item goes through SOP E with a return for revision to its Lembar Kendali; another is refused', async ({
  page,
  shot,
  folders,
}) => {
  test.slow();
  await addStaff(page, [REDAKTUR, EDITOR, PJ]);
  const content = new ContentPage(page);
  await content.open();

  // The operator collects and converts the material of two items.
  await content.start(BERITA, 'Berita', 'Kesekretariatan');
  await content.recordStep(1);
  await content.recordStep(2);
  await content.start(PENGUMUMAN, 'Pengumuman', 'Kepegawaian');
  await content.recordStep(1);
  await content.recordStep(2);
  await expect(content.column('konsep')).toContainText(BERITA);
  await expect(content.column('konsep')).toContainText('menunggu Redaktur');
  await expect(page.getByTestId('langkah-menunggu')).toContainText('Menunggu Redaktur');
  await shot('konten-papan');

  const redaktur = async (judul: string) => {
    await content.select(judul);
    await content.recordStep(3);
  };
  await signInAs(page, REDAKTUR.nama);
  await content.open();
  await redaktur(BERITA);
  await redaktur(PENGUMUMAN);

  // The Editor returns the first with notes (required), passes the second.
  await signInAs(page, EDITOR.nama);
  await content.open();
  await content.select(BERITA);
  const check = content.stepForm(4);
  await check.getByLabel('Kembalikan ke Redaktur untuk perbaikan').check();
  await check.getByRole('button', { name: 'Catat Langkah' }).click();
  await expect(check.getByText('Tuliskan catatan perbaikan untuk Redaktur.')).toBeVisible();
  await content.recordStep(4, (form) =>
    form.getByLabel('Catatan perbaikan').fill('Lengkapi nama narasumber dan tanggal rapat.'),
  );
  await expect(page.getByTestId('langkah-konten')).toContainText('Dikembalikan untuk perbaikan');
  await expect(content.column('konsep')).toContainText('perbaikan ke-1');
  await content.select(PENGUMUMAN);
  await content.recordStep(4);

  await signInAs(page, REDAKTUR.nama);
  await content.open();
  await redaktur(BERITA);
  await signInAs(page, EDITOR.nama);
  await content.open();
  await content.select(BERITA);
  await content.recordStep(4);
  await expect(page.getByTestId('langkah-konten')).toContainText('Perbaikan ke-1');
  await shot('konten-perbaikan');

  // The PJ approves the first and refuses the second with a reason.
  await signInAs(page, PJ.nama);
  await content.open();
  await content.select(BERITA);
  await content.recordStep(5);
  await content.select(PENGUMUMAN);
  await content.recordStep(5, async (form) => {
    await form.getByLabel('Ditolak').check();
    await form.getByLabel('Alasan penolakan').fill('Menunggu surat keputusan panitia seleksi.');
  });
  await expect(content.column('ditolak')).toContainText(PENGUMUMAN);
  await expect(page.getByTestId('status-konten')).toHaveText('Ditolak');

  // The operator publishes with the URL (required) and archives.
  await page.getByRole('button', { name: 'Kunci' }).click();
  await signInAs(page, OPERATOR.nama);
  await content.open();
  await content.select(BERITA);
  const publish = content.stepForm(6);
  await publish.getByRole('button', { name: 'Catat Langkah' }).click();
  await expect(publish.getByText('Isi alamat URL konten yang terbit.')).toBeVisible();
  await content.recordStep(6, (form) => form.getByLabel('Alamat URL publikasi').fill(URL));
  await expect(page.getByTestId('status-konten')).toHaveText('Terbit');
  await content.recordStep(7);
  await expect(page.getByTestId('status-konten')).toHaveText('Diarsipkan');
  await expect(content.column('diarsipkan')).toContainText(BERITA);
  await shot('konten-diarsipkan');

  await page.getByRole('button', { name: 'Cetak Lembar Kendali' }).click();
  const paper = await content.savePreview(folders.saveDir, `Lembar Kendali Konten - ${BERITA}.pdf`);
  const info = pdfInfo(paper);
  expect(info.width).toBeGreaterThan(info.height);
  const text = flat(pdfText(paper));
  for (const expected of [
    'LEMBAR KENDALI KONTEN WEBSITE',
    BERITA,
    URL,
    'Dikembalikan untuk perbaikan',
    'Lengkapi nama',
    '3 (perbaikan ke-1)',
    REDAKTUR.nama,
    EDITOR.nama,
    PJ.nama,
    'Diarsipkan',
  ]) {
    expect(text).toContain(expected);
  }

  // Informasi Wajib: the defaults are listed, never updated; one is marked updated today.
  await content.tab('Informasi Wajib');
  const list = page.getByTestId('daftar-informasi-wajib');
  const jadwal = list.getByRole('row', { name: /Jadwal sidang/ });
  await expect(jadwal).toContainText('Belum pernah');
  await jadwal.getByRole('button', { name: 'Diperbarui hari ini' }).click();
  await expect(jadwal).toContainText('Terkini');
  await shot('konten-informasi-wajib');
});

const PASSPHRASE = 'Kantor Mukomuko 2026!';
const OPERATOR_B: PersonInput = {
  nama: 'Dewi Lestari, S.T.',
  nip: '198505202010122002',
  jabatan: 'Pranata Komputer Ahli Muda',
};

test('content items, their steps and the Informasi Wajib sync between two PCs', async ({
  page,
  browser,
  folders,
  now,
}) => {
  test.setTimeout(240_000);
  mkdirSync(folders.sharedDir, { recursive: true });
  const second = await openSecondPc(browser, folders.sharedDir, now);
  const pageB = second.page;
  try {
    await new SetupWizardPage(pageB).complete(undefined, OPERATOR_B);
    const a = new ContentPage(page);
    await a.open();
    await a.start(BERITA, 'Berita', 'Kesekretariatan');
    await a.recordStep(1);
    // The photo collected at step 1 goes with the item.
    await attachFiles(page, [{ name: 'foto-rapat.png', mimeType: 'image/png', buffer: TINY_PNG }]);
    await expect(page.getByTestId('rincian-konten')).toContainText('foto-rapat.png');

    const syncA = new SyncSettingsPage(page);
    await syncA.open();
    await syncA.create('PTSP 1', PASSPHRASE);
    await expect(syncA.status()).toHaveText('Tersinkron', { timeout: 30_000 });
    const syncB = new SyncSettingsPage(pageB);
    await syncB.open();
    await syncB.chooseFolder();
    await syncB.join('Ruang TI', PASSPHRASE);
    await expect(syncB.status()).toHaveText('Tersinkron', { timeout: 30_000 });

    // The item started on A is on B's board, its step 1 by A's operator; B records step 2.
    const b = new ContentPage(pageB);
    await b.open();
    await expect(b.column('dikumpulkan')).toContainText(BERITA, { timeout: 30_000 });
    await b.select(BERITA);
    await expect(pageB.getByTestId('langkah-konten')).toContainText(OPERATOR.nama);
    // Its photo is fetched from the shared folder (once A has put it there) when B opens it.
    await expect
      .poll(
        () => {
          const dir = path.join(folders.sharedDir, 'lampiran');
          return existsSync(dir) && readdirSync(dir).some((n) => n.endsWith('.bin'));
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await pageB.getByRole('button', { name: 'Buka foto-rapat.png' }).click();
    await expect(
      pageB.getByRole('dialog').getByRole('img', { name: 'foto-rapat.png' }),
    ).toBeVisible({
      timeout: 30_000,
    });
    await pageB.keyboard.press('Escape');
    await b.recordStep(2);
    // B marks an item of the checklist updated.
    await b.tab('Informasi Wajib');
    const jadwalB = pageB.getByTestId('daftar-informasi-wajib').getByRole('row', {
      name: /Jadwal sidang/,
    });
    await jadwalB.getByRole('button', { name: 'Diperbarui hari ini' }).click();
    await expect(jadwalB).toContainText('Terkini');

    // A sees both.
    await a.open();
    await expect(a.column('konsep')).toContainText(BERITA, { timeout: 30_000 });
    await a.select(BERITA);
    await expect(page.getByTestId('langkah-konten')).toContainText(OPERATOR_B.nama);
    await a.tab('Informasi Wajib');
    await expect(
      page.getByTestId('daftar-informasi-wajib').getByRole('row', { name: /Jadwal sidang/ }),
    ).toContainText('Terkini', { timeout: 30_000 });
    expect(second.problems).toEqual([]);
  } finally {
    await second.close();
  }
});
