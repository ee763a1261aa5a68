import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pdfText } from '../fixtures/pdfText';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { MonthlyReportPage } from './pages/MaintenancePages';
import { addStaff } from './pages/PeoplePages';
import { savePreview } from './pages/PrintPages';
import { receiveRequest } from './pages/RequestPages';

test.use({ office: 'ready' });

/**
 * Closed requests as an office's database holds them after earlier months' work: one whose
 * steps ran over their time standard, one on time, and a late one of October.
 */
async function storeClosedRequests(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('meja-ti');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('requests', 'readwrite');
          const store = tx.objectStore('requests');
          const closed = [
            ['tutup-terlambat', 'Zainal Arifin', '2026-11-03T01:00:00.000Z', true, 10],
            ['tutup-tepat', 'Budi Santoso', '2026-11-04T01:00:00.000Z', false, 11],
            ['oktober', 'Nurhayati', '2026-10-05T01:00:00.000Z', true, 90],
          ] as const;
          for (const [id, nama, at, late, urut] of closed) {
            store.put({
              id,
              _clock: {},
              _deleted: false,
              _updatedBy: null,
              _updatedAt: at,
              nomor: `${urut}/PLTI/LAMA`,
              tahun: 2026,
              urut,
              sopId: 'sop-lama',
              sopRevision: 1,
              pemohon: { personId: null, nama, nip: '', unitNama: 'Hakim', telepon: '' },
              diterimaPada: at,
              saluran: 'formulir',
              kategori: 'Perangkat keras',
              aplikasi: '',
              perangkat: 'PC Ruang Hakim',
              deviceId: null,
              uraian: 'PC tidak menyala',
              urgensiPemohon: 'sedang',
              urgensi: null,
              dampak: null,
              prioritas: null,
              disposisi: null,
              status: 'selesai',
              langkahTerakhir: 9,
              langkahMulai: at,
              adaTerlambat: late,
              selesaiPada: at,
              penutupan: null,
            });
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

test('the Daftar and the monthly report count late requests as the register does', async ({
  page,
  folders,
}) => {
  // The report's signers.
  await addStaff(page, [
    {
      nama: 'Yuliana Putri, S.Kom.',
      nip: '198207142006042003',
      jabatan: 'Kepala Subbagian Perencanaan, TI dan Pelaporan',
      roles: ['Kasubag PTIP'],
    },
    {
      nama: 'Drs. Hasan Basri, M.H.',
      nip: '197005121995031002',
      jabatan: 'Sekretaris',
      roles: ['Sekretaris'],
    },
  ]);
  await storeClosedRequests(page);
  await page.reload();
  await new AppPage(page).open('Permintaan Layanan');
  // Two taken on paper earlier in the month and still waiting for step 2, long past its
  // standard; one received now, on time.
  await receiveRequest(page, 'Dewi Lestari', '02/11/2026 08.00');
  await receiveRequest(page, 'Rina Marlina', '10/11/2026 10.00');
  await receiveRequest(page, 'Andi Saputra', null);
  await page.getByRole('button', { name: '← Daftar Permintaan' }).click();

  // The register: November, late only.
  await page.getByRole('combobox', { name: 'Bulan' }).click();
  await page.getByRole('option', { name: 'November 2026', exact: true }).click();
  await expect(page.getByText('5 dari 6 permintaan')).toBeVisible();
  await page.getByLabel('Terlambat saja').check();
  await expect(page.getByText('3 dari 6 permintaan')).toBeVisible();
  const lateInRegister = 3;

  // The Daftar of November counts the same, and says why each is late.
  await page.getByRole('button', { name: 'Cetak Daftar…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Pratinjau' }).click();
  const daftar = await savePreview(
    page,
    folders.saveDir,
    'Daftar Permintaan Layanan TI 2026-11-01 sd 2026-11-30.pdf',
  );
  const list = pdfText(daftar).replace(/\s+/g, ' ');
  expect(list).toContain(`Permintaan terlambat: ${lateInRegister} dari 5 permintaan.`);
  expect(list).toMatch(/Dewi Lestari .*langkah 2 belum dicatat, melewati waktu standar/);
  expect(list).toContain('ada langkah yang dicatat melewati waktu standar');
  expect(list).not.toContain('Nurhayati');

  // The monthly report counts the same requests past the SOP's time standard.
  const report = new MonthlyReportPage(page);
  await report.open();
  const preview = await report.preview();
  await preview.getByRole('button', { name: 'Cetak…' }).click();
  const printed = path.join(folders.printDir, 'job-1.pdf');
  await expect.poll(() => existsSync(printed), { timeout: 20_000 }).toBe(true);
  const monthly = pdfText(printed).replace(/\s+/g, ' ');
  expect(monthly).toContain('Permintaan diterima 5');
  expect(monthly).toContain(`Melewati standar waktu SOP ${lateInRegister}`);
});
