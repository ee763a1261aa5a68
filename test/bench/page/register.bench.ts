import { MantineProvider } from '@mantine/core';
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/requests/workingTime';
import { MejaDatabase } from '../../../renderer/db/database';
import type { RequestRow } from '../../../renderer/db/rows';
import { loadRegister } from '../../../renderer/features/requests/loadRegister';
import {
  createNarrowingFilter,
  NO_FILTER,
  sortRegister,
} from '../../../renderer/features/requests/registerFilter';
import { RegisterTable } from '../../../renderer/features/requests/RegisterTable';
import type { Figure } from '../figure';
import { measure } from './figures';

const COUNT = 50_000;
const NAMES = [
  'Siti Aminah',
  'Budi Santoso',
  'Rahmat Hidayat',
  'Dewi Lestari',
  'Ahmad Fauzi',
  'Nurhayati',
];
const UNITS = ['Kepaniteraan', 'Hakim', 'Kesekretariatan', 'Panitera Muda Hukum'];
const PROBLEMS = [
  'Printer macet',
  'SIPP tidak bisa login',
  'Internet lambat',
  'Komputer mati',
  'Scanner error',
];

function requestRow(i: number): RequestRow {
  const d = new Date(2026, i % 12, 1 + (i % 28), 8 + (i % 8), i % 60);
  return {
    id: `req-${i}`,
    _clock: {},
    _deleted: false,
    _updatedBy: null,
    _updatedAt: d.toISOString(),
    nomor: `${String(i + 1).padStart(5, '0')}/PLTI/XI/2026`,
    tahun: 2026,
    urut: i + 1,
    sopId: 'pa-mukomuko-as-32',
    sopRevision: 0,
    pemohon: {
      personId: null,
      nama: `${NAMES[i % NAMES.length]} ${i}`,
      nip: '',
      unitNama: UNITS[i % UNITS.length] ?? '',
      telepon: '',
    },
    diterimaPada: d.toISOString(),
    saluran: 'formulir',
    kategori: 'Printer/scanner',
    aplikasi: '',
    perangkat: `Perangkat ${i % 300}`,
    uraian: `${PROBLEMS[i % PROBLEMS.length]} di ruang ${i % 40}`,
    urgensiPemohon: 'sedang',
    urgensi: null,
    dampak: null,
    prioritas: i % 3 === 0 ? 'tinggi' : null,
    disposisi: null,
    status: i % 5 === 0 ? 'berjalan' : 'selesai',
    langkahTerakhir: i % 5 === 0 ? 3 : 9,
    langkahMulai: d.toISOString(),
    adaTerlambat: i % 7 === 0,
    selesaiPada: null,
    penutupan: null,
  };
}

function rawScan(name: string): Promise<RequestRow[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('requests').objectStore('requests').getAll();
      get.onsuccess = () => {
        db.close();
        resolve(get.result as RequestRow[]);
      };
      get.onerror = () => reject(get.error);
    };
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** The register with 50k requests: opening it, and a search keystroke to the rendered list. */
export async function registerFigures(): Promise<Figure[]> {
  const name = 'bench-register';
  await MejaDatabase.delete(name);
  const db = new MejaDatabase(name);
  await db.requests.bulkPut(Array.from({ length: COUNT }, (_, i) => requestRow(i)));

  let items: Awaited<ReturnType<typeof loadRegister>>['items'] = [];
  const open = await measure(async () => {
    items = (await loadRegister(db, DEFAULT_OFFICE_HOURS, new Date(2026, 11, 31))).items;
  });
  const raw = await measure(async () => {
    await rawScan(name);
  });

  const host = document.createElement('div');
  host.style.height = '800px';
  document.body.append(host);
  const root = createRoot(host);
  // As on the page: the provider stays mounted and a keystroke only sets the table's items.
  let setShown: (list: typeof items) => void = () => undefined;
  function Holder({ initial }: { initial: typeof items }) {
    const [shown, set] = useState(initial);
    setShown = set;
    return createElement(RegisterTable, { items: shown, onOpen: () => undefined });
  }
  const sorted = sortRegister(items, 'terbaru');
  flushSync(() =>
    root.render(createElement(MantineProvider, null, createElement(Holder, { initial: sorted }))),
  );
  const render = (list: typeof items) => {
    flushSync(() => setShown(list));
    host.getBoundingClientRect(); // layout included: the list is on screen
  };

  const rawRows = await rawScan(name);
  // A user types phrases one key at a time; each keystroke is measured, as the page filters.
  const phrases = ['siti 12', 'budi santoso 4', 'printer macet ruang 3', 'sipp', '00042'];
  const keystrokes = phrases.flatMap((p) =>
    Array.from({ length: p.length }, (_, i) => p.slice(0, i + 1)),
  );
  const narrow = createNarrowingFilter();
  const ours: number[] = [];
  const baseline: number[] = [];
  for (const q of keystrokes) {
    ours.push((await measure(async () => render(narrow(sorted, { ...NO_FILTER, query: q })))).ms);
    baseline.push(
      (
        await measure(async () => {
          const words = q.split(' ');
          rawRows.filter((r) =>
            words.every((w) =>
              `${r.nomor} ${r.pemohon.nama} ${r.uraian}`.toLowerCase().includes(w),
            ),
          );
        })
      ).ms,
    );
  }
  root.unmount();
  host.remove();
  db.close();
  return [
    {
      name: `Buka register ${COUNT.toLocaleString('id-ID')} permintaan (baca + siapkan daftar)`,
      unit: 'ms',
      ours: open.ms,
      baseline: raw.ms,
      baselineName: 'IndexedDB getAll mentah atas tabel yang sama',
      heapDelta: open.heap,
    },
    {
      name: `Satu ketikan pencarian sampai daftar tergambar, p95 dari ${keystrokes.length} ketikan`,
      unit: 'ms',
      ours: percentile(ours, 0.95),
      baseline: percentile(baseline, 0.95),
      baselineName: 'saring mentah atas baris hasil getAll (tanpa menggambar)',
      heapDelta: null,
    },
    {
      name: `Satu ketikan pencarian sampai daftar tergambar, median dari ${keystrokes.length} ketikan`,
      unit: 'ms',
      ours: percentile(ours, 0.5),
      baseline: percentile(baseline, 0.5),
      baselineName: 'saring mentah atas baris hasil getAll (tanpa menggambar)',
      heapDelta: null,
    },
  ];
}
