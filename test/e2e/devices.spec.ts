import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toIsoDate } from '../../shared/format/date';
import { DEVICE_WORKBOOK, writeDeviceWorkbookFile } from '../fixtures/deviceWorkbook';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { DevicesPage } from './pages/DevicePages';
import { ReceptionPage } from './pages/RequestPages';

test.use({ office: 'ready' });

const NUMBER = /001\/PLTI\/[IVX]+\/\d{4}/;

/** Entered by hand; its BMN code and NUP are not in the workbook, so the import takes all 5. */
const HAND_DEVICE = {
  jenis: 'PC',
  merek: 'Acer',
  model: 'Veriton X2690',
  nomorSeri: 'DTVXXSN001',
  kodeBmn: '3.10.02.01.003',
  nup: '20',
  ruangan: 'Ruang Sekretaris',
  pengguna: 'Sekretaris',
  kondisi: 'Baik',
};

test('a device typed by hand is checked, kept when wrong, and a clashing BMN code and NUP is refused; a workbook is imported and exported', async ({
  page,
  folders,
  shot,
  now,
}) => {
  test.slow();
  const devices = new DevicesPage(page);
  await devices.open();
  await expect(
    page.getByText('Belum ada perangkat. Tambahkan satu per satu atau impor dari berkas .xlsx.'),
  ).toBeVisible();

  // A bad IP address: refused in Indonesian, nothing typed is lost.
  const modal = await devices.add();
  await modal.fill({ ...HAND_DEVICE, tahun: '2023', alamatIp: '192.168.1.300' });
  await modal.save();
  await expect(
    modal.dialog.getByText('Alamat IP tidak valid (contoh 192.168.1.10).'),
  ).toBeVisible();
  await expect(modal.dialog.getByLabel('Merek')).toHaveValue('Acer');
  await expect(modal.dialog.getByLabel('Kode BMN')).toHaveValue(HAND_DEVICE.kodeBmn);
  await expect(modal.dialog.getByRole('combobox', { name: 'Ruangan' })).toHaveValue(
    HAND_DEVICE.ruangan,
  );

  // The IP fixed, a year in the future: refused too.
  await modal.fill({ alamatIp: '192.168.1.30', tahun: '2099' });
  await modal.save();
  await expect(modal.dialog.getByText('Tahun perolehan tidak boleh di masa depan.')).toBeVisible();
  await expect(modal.dialog.getByText('Alamat IP tidak valid (contoh 192.168.1.10).')).toBeHidden();
  await expect(modal.dialog.getByLabel('Alamat IP')).toHaveValue('192.168.1.30');
  await expect(modal.dialog.getByLabel('Model/tipe')).toHaveValue(HAND_DEVICE.model);
  await shot('perangkat-salah');

  await modal.fill({ tahun: '2023' });
  await modal.save();
  await expect(modal.dialog).toBeHidden();
  await expect(devices.rows()).toHaveCount(1);
  const hand = devices.row('Acer Veriton X2690');
  await expect(hand).toContainText('PC Acer Veriton X2690');
  await expect(hand).toContainText('3.10.02.01.003 / 20');
  await expect(hand).toContainText('Ruang Sekretaris');
  await expect(hand).toContainText('2023');
  await expect(hand).toContainText('Baik');

  // Another device with the same BMN code and NUP is refused, naming the holder.
  const second = await devices.add();
  await second.fill({
    jenis: 'Laptop',
    merek: 'Asus',
    model: 'VivoBook 14',
    kodeBmn: HAND_DEVICE.kodeBmn,
    nup: HAND_DEVICE.nup,
    ruangan: 'Ruang Hakim',
  });
  await second.save();
  await expect(
    second.dialog.getByText(
      'Kode BMN 3.10.02.01.003 NUP 20 sudah tercatat untuk Acer Veriton X2690 di Ruang Sekretaris.',
    ),
  ).toBeVisible();
  await expect(second.dialog.getByLabel('Merek')).toHaveValue('Asus');
  await second.dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(second.dialog).toBeHidden();
  await expect(devices.rows()).toHaveCount(1);

  // The office's workbook: 5 good rows shown, 2 bad ones listed with their reasons.
  const workbook = path.join(folders.saveDir, '..', 'inventaris-kantor.xlsx');
  await writeDeviceWorkbookFile(workbook);
  const dialog = await devices.pickImportFile(workbook);
  await expect(dialog.getByRole('status')).toHaveText(
    '5 baris siap diimpor, 2 baris bermasalah dan akan dilewati.',
  );
  const preview = dialog.getByRole('table', { name: 'Pratinjau perangkat' });
  await expect(preview.locator('tbody tr')).toHaveCount(DEVICE_WORKBOOK.goodRows);
  for (const merek of DEVICE_WORKBOOK.goodMerek) await expect(preview).toContainText(merek);
  const bad = dialog.getByRole('list', { name: 'Baris bermasalah' });
  await expect(bad.getByRole('listitem')).toHaveCount(DEVICE_WORKBOOK.errors.length);
  for (const [i, e] of DEVICE_WORKBOOK.errors.entries())
    await expect(bad.getByRole('listitem').nth(i)).toContainText(
      `Baris ${e.rowNumber}: ${e.message}`,
    );
  await shot('perangkat-impor-pratinjau');
  await dialog.getByRole('button', { name: 'Impor 5 perangkat' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('5 perangkat diimpor.')).toBeVisible();
  await expect(devices.rows()).toHaveCount(6);
  for (const merek of DEVICE_WORKBOOK.goodMerek) await expect(devices.table()).toContainText(merek);
  await expect(devices.table()).not.toContainText('Canon');
  await expect(devices.table()).not.toContainText('Dell');
  await expect(
    page.getByText('6 perangkat digunakan: 5 baik, 1 rusak ringan, 0 rusak berat.'),
  ).toBeVisible();
  await shot('perangkat-daftar');

  // Export: an .xlsx (a zip, so "PK") lands where the save dialog said.
  await page.getByRole('button', { name: 'Ekspor .xlsx' }).click();
  const exported = path.join(folders.saveDir, `perangkat-ti-${toIsoDate(now)}.xlsx`);
  await expect.poll(() => existsSync(exported), { timeout: 20_000 }).toBe(true);
  expect(readFileSync(exported).subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByText(`Disimpan ke ${exported}`)).toBeVisible();
});

test('a service request for an inventory device shows in the device history', async ({
  page,
  folders,
  shot,
}) => {
  const devices = new DevicesPage(page);
  await devices.open();
  const workbook = path.join(folders.saveDir, '..', 'inventaris-kantor.xlsx');
  await writeDeviceWorkbookFile(workbook);
  await devices.importFile(workbook, DEVICE_WORKBOOK.goodRows);
  await expect(devices.rows()).toHaveCount(DEVICE_WORKBOOK.goodRows);

  await new AppPage(page).open('Permintaan Layanan');
  await page.getByRole('button', { name: 'Terima Permintaan' }).click();
  const form = new ReceptionPage(page);
  await form.fill({
    nama: 'Siti Aminah',
    unit: 'Kepaniteraan',
    kategori: 'Perangkat keras',
    uraian: 'Komputer mati sendiri setiap siang.',
  });
  await page.getByRole('combobox', { name: 'Perangkat di inventaris' }).fill('ProDesk');
  await page
    .getByRole('option', {
      name: 'PC HP ProDesk 400 G7 — Ruang Kepaniteraan (3.10.02.01.003 / 12)',
    })
    .click();
  await expect(page.getByLabel('Perangkat', { exact: true })).toHaveValue(
    'PC HP ProDesk 400 G7, Ruang Kepaniteraan',
  );
  await form.submit();
  const heading = page.getByRole('heading', { name: NUMBER });
  await expect(heading).toBeVisible();
  const nomor = NUMBER.exec((await heading.textContent()) ?? '')?.[0] ?? '';

  await devices.open();
  await devices.history('HP ProDesk 400 G7');
  await expect(page.getByRole('heading', { name: 'PC HP ProDesk 400 G7' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Riwayat perangkat' });
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(history.locator('tbody tr').first()).toContainText(`Permintaan ${nomor}`);
  await expect(history).toContainText('Komputer mati sendiri setiap siang.');
  await expect(history).toContainText('Siti Aminah');
  await shot('perangkat-riwayat');

  // Another device has no such history.
  await page.getByRole('button', { name: 'Kembali' }).click();
  await devices.history('Epson L3110');
  await expect(
    page.getByText('Belum ada permintaan layanan atau pemeliharaan untuk perangkat ini.'),
  ).toBeVisible();
});
