import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { contentTypeFor } from '../../electron/protocol/contentTypes';
import type { BenchApi, Figure } from './figure';
import { reportBench } from './report.bench';

/**
 * `npm run bench [name...]`: runs the Node benchmarks (main-process work such as PDFs) in
 * this process, then builds the bench page, opens it in headless Debian Chromium and runs
 * the page benchmarks; prints our figure, the raw baseline measured in the same run, and
 * their ratio. Figures, not assertions: nothing here fails on time.
 */
const here = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

/** Benchmarks of Node code, run here rather than in the page. */
const NODE_BENCHES: Record<string, () => Promise<Figure[]>> = {
  report: reportBench,
};

const figures: Figure[] = [];
for (const [name, bench] of Object.entries(NODE_BENCHES)) {
  if (wanted(name)) figures.push(...(await bench()));
}
if (only.length === 0 || only.some((n) => !(n in NODE_BENCHES))) {
  figures.push(...(await pageFigures()));
}

const fmt = (n: number) => n.toFixed(1).padStart(9);
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
  if (f.heapDelta !== null)
    console.log(`  heap JS  ${fmt(f.heapDelta / 1024 / 1024)} MiB bertambah selama run kita`);
  console.log('');
}

/** The page benchmarks, in headless Chromium. */
async function pageFigures(): Promise<Figure[]> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'meja-bench-'));

  await build({
    root: path.join(here, 'page'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });

  const server = createServer((req, res) => {
    const file = path.join(
      outDir,
      (req.url ?? '/') === '/' ? 'index.html' : ((req.url ?? '').split('?')[0] ?? ''),
    );
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
    const page = await browser.newPage();
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
    return found;
  } finally {
    await browser.close();
    server.close();
  }
}
