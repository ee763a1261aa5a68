import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { contentTypeFor } from '../../electron/protocol/contentTypes';
import { noise, REGISTER_COUNT, REGISTER_DB, type BenchApi, type Figure } from './figure';
import { reportBench } from './report.bench';
import { statisticsBench } from './statistics.bench';

/**
 * `npm run bench [name...]`: runs the Node benchmarks (main-process work such as PDFs) in
 * this process, then builds the bench page, opens it in headless Debian Chromium and runs
 * the page benchmarks; prints our figure, the raw baseline measured in the same run, and
 * their ratio. Figures, not assertions: nothing here fails on time.
 */
const here = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);
/** New windows opened for each cold register figure (and as many for the empty register). */
const COLD_RUNS = 5;

/** Benchmarks of Node code, run here rather than in the page. */
const NODE_BENCHES: Record<string, () => Promise<Figure[]>> = {
  report: reportBench,
  statistics: statisticsBench,
};

const loadBefore = loadavg();
const figures: Figure[] = [];
for (const [name, bench] of Object.entries(NODE_BENCHES)) {
  if (wanted(name)) figures.push(...(await bench()));
}
if (only.length === 0 || only.some((n) => !(n in NODE_BENCHES))) {
  figures.push(...(await pageFigures()));
}

const fmt = (n: number) => n.toFixed(1).padStart(9);
const pct = (n: number) => `${(n * 100).toFixed(0)} %`;
console.log(
  '\nMeja TI — tolok ukur (Node dan headless Chromium, satu proses, baseline diukur pada run yang sama)\n',
);
for (const f of figures) {
  console.log(f.name);
  console.log(`  kita     ${fmt(f.ours)} ms`);
  console.log(`  baseline ${fmt(f.baseline)} ms  (${f.baselineName})`);
  console.log(
    `  rasio    ${fmt(f.ours / f.baseline)} ×  (kita ÷ baseline; lebih kecil lebih baik)`,
  );
  if (f.goal) console.log(`  sasaran  ${f.goal.text}: ${f.goal.holds ? 'TERCAPAI' : 'BELUM'}`);
  if (f.baselineRuns && f.baselineRuns.length > 1) {
    const n = noise(f.baselineRuns);
    console.log(
      `  derau    baseline ${n.min.toFixed(1)}–${n.max.toFixed(1)} ms dalam ${f.baselineRuns.length} ulangan, simpangan baku relatif ${pct(n.relSd)}`,
    );
  }
  if (f.heapDelta !== null)
    console.log(`  heap JS  ${fmt(f.heapDelta / 1024 / 1024)} MiB bertambah selama run kita`);
  console.log('');
}
const noisy = figures
  .filter((f) => f.baselineRuns && f.baselineRuns.length > 1)
  .map((f) => ({ name: f.name, ...noise(f.baselineRuns ?? []) }))
  .sort((a, b) => b.relSd - a.relSd);
if (noisy[0]) {
  console.log(
    `Derau mesin: simpangan baku relatif baseline yang diulang ${pct(noisy.at(-1)?.relSd ?? 0)} sampai ${pct(noisy[0].relSd)} (terbesar: ${noisy[0].name.slice(0, 60)}…)`,
  );
}
const load = (l: number[]) => l.map((n) => n.toFixed(1)).join(' / ');
console.log(
  `Beban mesin (rata-rata 1/5/15 menit, ${cpus().length} inti): awal ${load(loadBefore)}, akhir ${load(loadavg())}`,
);
const goals = figures.filter((f) => f.goal);
console.log(
  `Sasaran tercapai: ${goals.filter((f) => f.goal?.holds).length} dari ${goals.length}` +
    (figures.length > goals.length ? `; ${figures.length - goals.length} angka tanpa sasaran` : ''),
);

/** The page benchmarks, in headless Chromium. */
async function pageFigures(): Promise<Figure[]> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'meja-bench-'));

  await build({
    root: path.join(here, 'page'),
    base: './',
    // Bundling warnings (Mantine's "use client", chunk sizes) say nothing about the figures.
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });

  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const file = path.join(outDir, pathname === '/' ? 'index.html' : pathname);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': contentTypeFor(file) });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--enable-precise-memory-info',
    ],
  });
  try {
    // One profile for every window, so a new window finds the databases the benches filled.
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('console', (m) => console.log('[page]', m.text()));
    await page.goto(url);
    const names = await page.evaluate(
      () => (globalThis as unknown as { mejaBench: BenchApi }).mejaBench.names,
    );
    const found: Figure[] = [];
    for (const name of names.filter(wanted)) {
      found.push(
        ...(await page.evaluate(
          (n: string) => (globalThis as unknown as { mejaBench: BenchApi }).mejaBench.run(n),
          name,
        )),
      );
    }
    if (names.includes('register') && wanted('register'))
      found.push(await coldRegister(context, url));
    return found;
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * The register opened cold: each time a new window (fresh JS, database not yet opened)
 * that opens the register at once, timed from navigation to its first painted rows; the
 * empty register the same way, alternating, in the same run.
 */
async function coldRegister(context: BrowserContext, url: string): Promise<Figure> {
  const open = async (db: string, rows: number) => {
    const page = await context.newPage();
    try {
      await page.goto(`${url}?cold=${db}&rows=${rows}`);
      const handle = await page.waitForFunction(
        () => (globalThis as unknown as { mejaCold?: number }).mejaCold,
        null,
        { timeout: 60_000 },
      );
      return (await handle.jsonValue()) ?? Number.NaN;
    } finally {
      await page.close();
    }
  };
  await open(REGISTER_DB.empty, 0); // the browser's own first start is nobody's figure
  const empty: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    empty.push(await open(REGISTER_DB.empty, 0));
    full.push(await open(REGISTER_DB.full, REGISTER_COUNT));
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
  const ours = median(full);
  return {
    name: `Buka register ${REGISTER_COUNT.toLocaleString('id-ID')} permintaan, dingin (jendela baru, dari navigasi sampai baris pertama tergambar); median ${COLD_RUNS} jendela, terlama ${Math.max(...full).toFixed(0)} ms`,
    unit: 'ms',
    ours,
    baseline: median(empty),
    baselineName: 'register kosong di jendela baru, dengan cara yang sama, pada run yang sama',
    heapDelta: null,
    baselineRuns: empty,
    goal: { text: '< 1000 ms', holds: ours < 1000 },
  };
}
