import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { addStaff } from './pages/PeoplePages';
import { ReceptionPage } from './pages/RequestPages';
import { OPERATOR } from './pages/SetupWizardPage';
import { signInAs } from './pages/SignInPages';

const SEKRETARIS = {
  nama: 'Drs. Hasan Basri, M.H.',
  nip: '197005121995031002',
  jabatan: 'Sekretaris',
  roles: ['Sekretaris'],
};

test.use({ office: 'ready' });

/** Five requests stored as an office's database holds them, beside the one registered. */
async function storeRequests(page: Page, now: Date) {
  await page.evaluate(
    (newest) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('meja-ti');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('requests', 'readwrite');
          const store = tx.objectStore('requests');
          const people = [
            ['Zainal Arifin', 'Hakim', 'PC Ruang Hakim 2', 'selesai'],
            ['Budi Santoso', 'Hakim', 'Printer Epson L3110', 'selesai'],
            ['Dewi Lestari', 'Kepaniteraan', 'Printer Epson L3110', 'berjalan'],
            ['Rahmat Hidayat', 'Kepaniteraan', 'Scanner Fujitsu', 'selesai'],
            ['Nurhayati', 'Kesekretariatan', 'PC Kasir', 'ditolak'],
          ] as const;
          people.forEach(([nama, unit, perangkat, status], i) => {
            const at = new Date(newest - (i + 1) * 86_400_000).toISOString();
            store.put({
              id: `simpan-${i}`,
              _clock: {},
              _deleted: false,
              _updatedBy: null,
              _updatedAt: at,
              nomor: `${String(i + 1).padStart(3, '0')}/PLTI/XI/2026`,
              tahun: 2026,
              urut: i + 1,
              sopId: 'sop-lain',
              sopRevision: 1,
              pemohon: { personId: null, nama, nip: '', unitNama: unit, telepon: '' },
              diterimaPada: at,
              saluran: 'formulir',
              kategori: 'Perangkat keras',
              aplikasi: '',
              perangkat,
              deviceId: null,
              uraian: `Masalah ${perangkat}`,
              urgensiPemohon: 'sedang',
              urgensi: null,
              dampak: null,
              prioritas: null,
              disposisi: null,
              status,
              langkahTerakhir: status === 'berjalan' ? 2 : 9,
              langkahMulai: at,
              adaTerlambat: false,
              selesaiPada: status === 'berjalan' ? null : at,
              penutupan: null,
            });
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    now.getTime() - 60_000,
  );
}

/** An old register as offices keep it in Excel: a title, then their own headings. */
async function writeOldRegister(file: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Register 2025');
  sheet.addRow(['REGISTER PERMINTAAN LAYANAN TI TAHUN 2025']);
  sheet.addRow(['No. Agenda', 'Tgl Terima', 'Pemohon', 'Bagian', 'Isi Permintaan', 'Keadaan']);
  sheet.addRow([
    '117/PLTI/XII/2025',
    '15/12/2025 09.30',
    'Ahmad Fauzi',
    'Hakim',
    'Monitor mati',
    'Selesai',
  ]);
  sheet.addRow(['118/PLTI/XII/2025', '40/12/2025', 'Siti Aminah', 'Hakim', 'Printer', 'Selesai']);
  sheet.addRow([
    '119/PLTI/XII/2025',
    '16/12/2025 13.00',
    'Ani',
    'Kepaniteraan',
    'Akun SIPP',
    'Proses',
  ]);
  await workbook.xlsx.writeFile(file);
}

const pick = async (page: Page, label: string, option: string) => {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

test('the register: filters kept in the URL, sorting, .xlsx export and an old register imported', async ({
  page,
  now,
  folders,
  shot,
}) => {
  test.slow();
  await addStaff(page, [SEKRETARIS]);
  const app = new AppPage(page);
  await app.open('Beranda');
  await storeRequests(page, now);
  await app.open('Permintaan Layanan');
  await expect(page.getByText('5 dari 5 permintaan')).toBeVisible();

  // Ctrl+N opens reception from the register.
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'Terima Permintaan Layanan TI' })).toBeVisible();
  const reception = new ReceptionPage(page);
  await reception.fill({
    nama: 'Siti Aminah',
    unit: 'Hakim',
    kategori: 'Printer/scanner',
    perangkat: 'Printer Epson L3110',
    uraian: 'Printer macet, kertas tersangkut',
  });
  await reception.submit();
  await expect(page.getByRole('heading', { name: /Permintaan 006\/PLTI/ })).toBeVisible();

  // The disposition at 1366x768: its form in view, Enter saves it, its sheet offered at once.
  await page.setViewportSize({ width: 1366, height: 768 });
  await signInAs(page, SEKRETARIS.nama);
  await expect(page.getByRole('button', { name: 'Catat Langkah 2' })).toBeInViewport();
  await page.getByRole('combobox', { name: 'Diteruskan kepada' }).click();
  await page.getByRole('option', { name: new RegExp(OPERATOR.nama) }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('Catatan', { exact: true }).fill('Segera ditangani');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Langkah 2 tercatat.')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Cetak Lembar Disposisi sekarang…' }),
  ).toBeVisible();
  await shot('permintaan-setelah-disposisi-1366x768');
  await signInAs(page, OPERATOR.nama);
  await expect(page.getByRole('button', { name: 'Catat Langkah 3' })).toBeInViewport();
  // Steps 3 to 5 are the operator's, with nothing of their own to fill: recorded at once.
  await page.getByRole('combobox', { name: 'Catat sekaligus (petugas dan waktu sama)' }).click();
  await page.getByRole('option', { name: 'Langkah 3 sampai 5' }).click();
  await page.getByRole('button', { name: 'Catat Langkah 3' }).click();
  await expect(page.getByText('Langkah 3–5 tercatat.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Catat Langkah 6' })).toBeInViewport();
  await shot('permintaan-langkah-6-1366x768');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: '← Daftar Permintaan' }).click();
  await expect(page.getByText('6 dari 6 permintaan')).toBeVisible();

  // Filters and a column's order, written into the URL.
  await pick(page, 'Unit', 'Hakim');
  await pick(page, 'Perangkat', 'Printer Epson L3110');
  await expect(page.getByText('2 dari 6 permintaan')).toBeVisible();
  await page.getByRole('button', { name: 'Pemohon', exact: true }).click();
  const rows = page.getByTestId('register-scroll').getByRole('row');
  await expect(rows.first()).toContainText('Budi Santoso');
  await expect(page.getByRole('columnheader', { name: /Pemohon/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect
    .poll(() => page.evaluate(() => window.location.hash))
    .toBe('#/permintaan?unit=Hakim&perangkat=Printer%20Epson%20L3110&urut=pemohon-naik');
  await page.setViewportSize({ width: 1366, height: 768 });
  await shot('register-filter-1366x768');

  // Back from a request returns to the same view.
  await rows.filter({ hasText: 'Siti Aminah' }).click();
  await page.getByRole('button', { name: '← Daftar Permintaan' }).click();
  await expect(page.getByText('2 dari 6 permintaan')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Unit', exact: true })).toHaveValue('Hakim');
  await expect(rows.first()).toContainText('Budi Santoso');

  // Ekspor .xlsx: what is shown, in its order, with the Daftar's columns and the step times.
  await page.getByRole('button', { name: 'Ekspor .xlsx' }).click();
  const exported = path.join(folders.saveDir, 'Permintaan Layanan TI 2026-11-20.xlsx');
  await expect.poll(() => existsSync(exported), { timeout: 20_000 }).toBe(true);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(exported);
  const sheet = book.worksheets[0];
  const header = (sheet?.getRow(1).values ?? []) as unknown[];
  expect(header.slice(1, 13)).toEqual([
    'No',
    'Nomor',
    'Diterima',
    'Pemohon',
    'Unit',
    'Kategori',
    'Uraian',
    'Prioritas',
    'Status',
    'Selesai',
    'Durasi',
    'Ket.',
  ]);
  expect(String(header[13])).toMatch(/^Langkah 1: /);
  expect(sheet?.actualRowCount).toBe(3);
  expect(sheet?.getRow(2).getCell(4).value).toBe('Budi Santoso');
  expect(sheet?.getRow(3).getCell(2).value).toMatch(/^006\/PLTI/);
  // Step 1 (reception) of the registered request has its time.
  expect(sheet?.getRow(3).getCell(13).value).toBeInstanceOf(Date);

  // Reset, then "/" puts the cursor in the search.
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByText('6 dari 6 permintaan')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/permintaan');
  await page.getByRole('heading', { name: 'Permintaan Layanan TI' }).click();
  await page.keyboard.press('/');
  await expect(page.getByLabel('Cari')).toBeFocused();

  // An old register: the user maps the column the app did not recognise; one row refused.
  const old = path.join(folders.saveDir, '..', 'register-lama.xlsx');
  await writeOldRegister(old);
  await page.getByRole('button', { name: 'Impor Register Lama…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor register lama dari .xlsx' });
  await dialog.locator('input[type=file]').setInputFiles(old);
  await expect(dialog.getByText('Pilih kolom untuk Uraian.')).toBeVisible({ timeout: 20_000 });
  await dialog.getByRole('combobox', { name: 'Uraian', exact: true }).click();
  await page.getByRole('option', { name: 'E — Isi Permintaan' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    '2 baris siap diimpor, 1 baris bermasalah dan akan dilewati.',
  );
  await expect(dialog.getByRole('list', { name: 'Baris bermasalah' })).toContainText(
    'Baris 4: Tanggal diterima tidak terbaca',
  );
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot('register-impor-1280x800');
  await dialog.getByRole('button', { name: 'Impor 2 permintaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('8 dari 8 permintaan')).toBeVisible();
  await page.getByLabel('Cari').fill('117/plti');
  await expect(rows.first()).toContainText('117/PLTI/XII/2025');
  await shot('register-1280x800');

  // Ctrl+K "Buka cepat" finds a request by its requester and opens it; a screen by its name.
  await page.keyboard.press('Control+k');
  await page.getByLabel('Buka cepat').fill('siti tersangkut');
  await page.getByRole('button', { name: /Siti Aminah/ }).click();
  await expect(page.getByRole('heading', { name: /^Permintaan 006\/PLTI/ })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByLabel('Buka cepat').fill('jadwal');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Jadwal Pemeliharaan' })).toBeVisible();
});

test('a SIMAK-BMN inventory imported with chosen columns, remembered, its new device type added; reception finds the device by its IP', async ({
  page,
  folders,
  shot,
}) => {
  test.slow();
  const file = path.join(folders.saveDir, '..', 'simak-bmn.xlsx');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('SIMAK');
  sheet.addRow(['DAFTAR BARANG (SIMAK-BMN)']);
  sheet.addRow([
    'Kode Barang',
    'NUP',
    'Uraian Barang',
    'Merk/Type',
    'Kondisi Barang',
    'Ruang Penempatan',
    'IP',
  ]);
  sheet.addRow(['3.10.02.01.003', 7, 'Printer', 'Epson', 'Baik', 'Ruang PTSP', '192.168.1.25']);
  // A type the office did not have: offered in the preview to be added as its own type.
  sheet.addRow(['3.10.02.99.001', 1, 'Mesin Antrian', 'Wincor', 'Baik', 'Lobi PTSP', '']);
  await workbook.xlsx.writeFile(file);

  const app = new AppPage(page);
  await app.open('Perangkat TI');
  await page.getByRole('button', { name: 'Impor .xlsx' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor perangkat dari .xlsx' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog.getByText('Baris judul tidak sesuai')).toBeVisible({ timeout: 20_000 });
  for (const [field, heading] of [
    ['Jenis', 'Uraian Barang'],
    ['Merek', 'Merk/Type'],
    ['Kondisi', 'Kondisi Barang'],
    ['Ruangan', 'Ruang Penempatan'],
  ] as const) {
    await dialog.getByRole('combobox', { name: field, exact: true }).click();
    await page.getByRole('option', { name: heading, exact: true }).click();
  }
  await expect(dialog.getByRole('status')).toHaveText('2 baris siap diimpor.');
  await expect(dialog.getByRole('combobox', { name: '"Mesin Antrian"' })).toHaveValue(
    'Tambahkan sebagai jenis baru',
  );
  await expect(dialog.getByRole('table', { name: 'Pratinjau perangkat' })).toContainText(
    'Mesin Antrian',
  );
  await shot('perangkat-impor-kolom');
  await dialog.getByRole('button', { name: 'Impor 2 perangkat' }).click();
  await expect(dialog).toBeHidden();
  // The device shows with its new type, and the type is on the office's list.
  await expect(page.getByRole('table')).toContainText('Mesin Antrian Wincor');
  await page.getByRole('button', { name: 'Jenis perangkat' }).click();
  const types = page.getByRole('dialog', { name: 'Jenis perangkat' });
  await expect(types.getByRole('table', { name: 'Jenis tambahan kantor' })).toContainText(
    'Mesin Antrian',
  );
  // The same name again, in other letters, is refused with the reason.
  await types.getByRole('textbox', { name: 'Jenis baru' }).fill('mesin antrian');
  await types.getByRole('button', { name: 'Tambah jenis' }).click();
  await expect(types.getByText('Jenis "Mesin Antrian" sudah ada.')).toBeVisible();
  await shot('perangkat-jenis');
  await page.keyboard.press('Escape');
  await expect(types).toBeHidden();

  // The next export of the same kind is read with the remembered columns at once.
  await page.getByRole('button', { name: 'Impor .xlsx' }).click();
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog.getByRole('status')).toHaveText(/0 baris siap diimpor, 2 baris bermasalah/, {
    timeout: 20_000,
  });
  await expect(dialog.getByRole('list', { name: 'Baris bermasalah' })).toContainText(
    'sudah terdaftar di inventaris',
  );
  await dialog.getByRole('button', { name: 'Batal' }).click();

  await app.open('Permintaan Layanan');
  await page.getByRole('button', { name: 'Terima Permintaan' }).click();
  await page.getByRole('combobox', { name: 'Kategori' }).click();
  await page.getByRole('option', { name: 'Printer/scanner', exact: true }).click();
  await page.getByRole('combobox', { name: 'Perangkat di inventaris' }).fill('192.168.1.25');
  await expect(page.getByRole('option', { name: /Epson — Ruang PTSP/ })).toBeVisible();
  await shot('penerimaan-cari-perangkat-ip');

  // Ctrl+K from inside a field: the device found by its IP opens on its own page.
  await page.keyboard.press('Control+k');
  await page.getByLabel('Buka cepat').fill('192.168.1.25');
  await expect(page.getByRole('button', { name: /Printer Epson/ })).toBeVisible();
  await shot('buka-cepat');
  await page.getByRole('button', { name: /Printer Epson/ }).click();
  await expect(page.getByRole('heading', { name: 'Printer Epson', level: 2 })).toBeVisible();
});
