import { MejaDatabase } from '../../../renderer/db/database';
import type { RequestRow } from '../../../renderer/db/rows';
import { REGISTER_COUNT, REGISTER_DB, type Figure } from '../figure';
import { openRegister, painted } from './registerScreen';

const COUNT = REGISTER_COUNT;
const WARM_RUNS = 5;
/** 19 keys, typed at about eight keys a second. */
const TYPED = 'printer macet ruang';
const KEY_INTERVAL_MS = 120;
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

/** A raw scan of IndexedDB for one search: every row read and matched, no index, no cache. */
function rawSearch(db: IDBDatabase, query: string): Promise<number> {
  const words = query.toLowerCase().split(' ').filter(Boolean);
  return new Promise((resolve, reject) => {
    const get = db.transaction('requests').objectStore('requests').getAll();
    get.onsuccess = () => {
      const rows = get.result as RequestRow[];
      resolve(
        rows.filter((r) =>
          words.every((w) =>
            `${r.nomor} ${r.pemohon.nama} ${r.pemohon.unitNama} ${r.uraian} ${r.perangkat}`
              .toLowerCase()
              .includes(w),
          ),
        ).length,
      );
    };
    get.onerror = () => reject(get.error);
  });
}

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => resolve(open.result);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Fills the two databases: 50,000 requests, and none (the app's empty register). */
async function seed(): Promise<void> {
  await MejaDatabase.delete(REGISTER_DB.full);
  await MejaDatabase.delete(REGISTER_DB.empty);
  const db = new MejaDatabase(REGISTER_DB.full);
  await db.requests.bulkPut(Array.from({ length: COUNT }, (_, i) => requestRow(i)));
  db.close();
  const empty = new MejaDatabase(REGISTER_DB.empty);
  await empty.open();
  empty.close();
}

/** Opens the register in this page until its first rows are painted; closed afterwards. */
async function warmOpen(name: string, rows: number): Promise<number> {
  const start = performance.now();
  const screen = await openRegister(name, rows);
  const ms = performance.now() - start;
  // The rest of the register is read before the next opening, as a user would see it.
  await screen.complete();
  screen.close();
  return ms;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The longest frame (rAF to rAF) and the long tasks while `work` runs. */
async function watchFrames(
  work: () => Promise<void>,
): Promise<{ longest: number; longTasks: number }> {
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => {
    longTasks += list.getEntries().length;
  });
  observer.observe({ type: 'longtask' });
  let longest = 0;
  let last = performance.now();
  let watching = true;
  const frame = (t: number) => {
    longest = Math.max(longest, t - last);
    last = t;
    if (watching) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  await work();
  watching = false;
  observer.disconnect();
  return { longest, longTasks };
}

/**
 * Types into the register's search as a user does, recording every frame meanwhile; and,
 * for comparison, the same span with the register open and nobody typing (what the machine
 * alone does to frames).
 */
async function typeSearch(expected: number) {
  const screen = await openRegister(REGISTER_DB.full, COUNT);
  await screen.complete();
  const input = screen.host.querySelector<HTMLInputElement>('input[placeholder^="Nomor"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (!input || !setValue) throw new Error('kolom Cari tidak ditemukan');
  const idle = await watchFrames(() => wait(TYPED.length * KEY_INTERVAL_MS));
  const typing = await watchFrames(async () => {
    for (let i = 1; i <= TYPED.length; i++) {
      setValue.call(input, TYPED.slice(0, i));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await wait(KEY_INTERVAL_MS);
    }
    // Done when the list shows what a raw scan finds for the whole phrase.
    await painted(screen.host, () =>
      (screen.host.textContent ?? '').includes(`${expected} dari ${COUNT} permintaan`),
    );
  });
  screen.close();
  return { ...typing, idle: idle.longest };
}

/**
 * The register with 50,000 requests against the empty register, both opened warm in this
 * page (JS loaded, database opened before) until the first rows are painted; and typing in
 * its search against a raw IndexedDB scan per keystroke. Cold openings, in new windows, are
 * measured by the runner (coldRegister in main.ts) on the databases seeded here.
 */
export async function registerFigures(): Promise<Figure[]> {
  await seed();
  await warmOpen(REGISTER_DB.empty, 0);
  await warmOpen(REGISTER_DB.full, COUNT);
  const empty: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    empty.push(await warmOpen(REGISTER_DB.empty, 0));
    full.push(await warmOpen(REGISTER_DB.full, COUNT));
  }

  console.log(
    `register hangat: ${full.map(Math.round).join(', ')} ms; kosong ${empty.map(Math.round).join(', ')} ms`,
  );
  const raw = await openRaw(REGISTER_DB.full);
  const scans: number[] = [];
  let expected = 0;
  // Five of the keystrokes (each scan reads all 50,000 rows), the last one the whole phrase.
  for (const i of [1, 5, 10, 15, TYPED.length]) {
    const start = performance.now();
    expected = await rawSearch(raw, TYPED.slice(0, i));
    scans.push(performance.now() - start);
  }
  console.log(`pindai mentah per ketikan: ${scans.map(Math.round).join(', ')} ms`);
  raw.close();
  const typing = await typeSearch(expected);
  console.log(
    `mengetik: frame terpanjang ${Math.round(typing.longest)} ms, ${typing.longTasks} long task; diam ${Math.round(typing.idle)} ms`,
  );

  const warm = median(full);
  const emptyWarm = median(empty);
  return [
    {
      name: `Buka register ${COUNT.toLocaleString('id-ID')} permintaan, hangat (dibuka ulang di jendela yang sama), sampai baris pertama tergambar; median ${WARM_RUNS} kali`,
      unit: 'ms',
      ours: warm,
      baseline: emptyWarm,
      baselineName: 'register kosong dibuka dengan cara yang sama, pada run yang sama',
      heapDelta: null,
      baselineRuns: empty,
      goal: { text: '≤ 1,5× register kosong', holds: warm <= 1.5 * emptyWarm },
    },
    {
      name: `Mengetik "${TYPED}" (${TYPED.length} tombol) di Cari register ${COUNT.toLocaleString('id-ID')} permintaan: frame terpanjang (${typing.longTasks} long task > 50 ms; tanpa mengetik, frame terpanjang ${typing.idle.toFixed(0)} ms pada rentang yang sama)`,
      unit: 'ms',
      ours: typing.longest,
      baseline: median(scans),
      baselineName: `pindai mentah IndexedDB (getAll + saring) per ketikan, median ${scans.length} ketikan`,
      heapDelta: null,
      baselineRuns: scans,
      goal: { text: 'setiap frame < 50 ms', holds: typing.longest < 50 },
    },
  ];
}
