import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test.use({ office: 'ready' });

const COUNT = 3000;

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * Stores `count` valid requests straight into the app's IndexedDB, as a long-used office's
 * database holds them (the write path is not what this test is about), received one hour
 * apart going back from `newest`.
 */
async function storeRequests(page: Page, count: number, newest: Date) {
  await page.evaluate(
    ({ count, newest }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('meja-ti');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('requests', 'readwrite');
          const store = tx.objectStore('requests');
          const names = ['Siti Aminah', 'Budi Santoso', 'Rahmat Hidayat', 'Dewi Lestari'];
          for (let i = 0; i < count; i++) {
            const at = new Date(newest - (count - 1 - i) * 3_600_000).toISOString();
            store.put({
              id: `banyak-${String(i).padStart(5, '0')}`,
              _clock: {},
              _deleted: false,
              _updatedBy: null,
              _updatedAt: at,
              nomor: `${String(i + 1).padStart(4, '0')}/PLTI/XI/2026`,
              tahun: 2026,
              urut: i + 1,
              sopId: 'sop-lain',
              sopRevision: 1,
              pemohon: {
                personId: null,
                nama: `${names[i % names.length]} ${i + 1}`,
                nip: '',
                unitNama: 'Kepaniteraan',
                telepon: '',
              },
              diterimaPada: at,
              saluran: 'formulir',
              kategori: 'Perangkat keras',
              aplikasi: '',
              perangkat: `Perangkat ${i % 40}`,
              deviceId: null,
              uraian: `Printer ruang ${i % 12} macet, kertas tersangkut berulang kali`,
              urgensiPemohon: 'sedang',
              urgensi: null,
              dampak: null,
              prioritas: i % 3 === 0 ? 'tinggi' : null,
              disposisi: null,
              status: i % 4 === 0 ? 'berjalan' : 'selesai',
              langkahTerakhir: i % 4 === 0 ? 2 : 9,
              langkahMulai: at,
              adaTerlambat: false,
              selesaiPada: null,
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
    { count, newest: newest.getTime() - 60_000 },
  );
}

test('a long register opens newest first, then lists and searches all of it', async ({
  page,
  now,
  shot,
}) => {
  await storeRequests(page, COUNT, now);
  const app = new AppPage(page);
  await app.open('Beranda');
  await app.open('Permintaan Layanan');

  // More rows than one read chunk: the whole register comes in, newest first.
  await expect(page.getByText(`${COUNT} dari ${COUNT} permintaan`)).toBeVisible();
  const rows = page.getByTestId('register-scroll').getByRole('row');
  await expect(rows.first()).toContainText(`${COUNT}/PLTI/XI/2026`);
  await expect(page.getByRole('button', { name: 'Cetak Daftar…' })).toBeEnabled();
  await shot('permintaan-daftar-banyak');

  // The oldest request, read in the first chunk, is found by its number.
  await page.getByLabel('Cari').fill('0001/plti');
  await expect(page.getByText(`1 dari ${COUNT} permintaan`)).toBeVisible();
  await expect(rows.first()).toContainText('0001/PLTI/XI/2026');
});
