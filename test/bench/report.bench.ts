import path from 'node:path';
import * as pdfmakeNamespace from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfFontDescriptors } from '../../electron/services/pdf/fontFiles';
import { buildPdfDefinition } from '../../shared/pdf/documents/build';
import { pdfDocumentRequestSchema } from '../../shared/pdf/documents/request';
import { reportFigures } from '../../shared/maintenance/reportFigures';
import { sampleMonthlyReport } from '../fixtures/monthlyReport';
import { benchMonthRecords } from './monthRecords';
import { nodeModulesPdfRenderer, REPO_ROOT } from '../fixtures/pdfServices';
import type { Figure } from './figure';
import { formulirBench } from './formulir.bench';

type PdfMake = typeof pdfmakeNamespace;
const pdfmake: PdfMake =
  (pdfmakeNamespace as unknown as { default?: PdfMake }).default ?? pdfmakeNamespace;

const DEVICES = 200;
const DAYS = 31;
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The monthly maintenance report for 200 devices and 31 days of records: ours counts every
 * figure from the month's raw rows (a round per scheduled task per day, each device of the
 * task checked), then validates the request, builds the definition and renders it to bytes
 * with the app's renderer, as the renderer and main do between them; the baseline is pdfmake itself rendering the finished definition
 * (built beforehand, untimed) with the same fonts. Medians of five runs after a warm-up.
 */
export async function reportBench(): Promise<Figure[]> {
  const month = benchMonthRecords(DEVICES, DAYS);
  // The signers, kop and words of the fixture; every figure counted from the raw rows.
  const words = sampleMonthlyReport({ devices: 0, days: 0, paper: 'F4' });
  const requestFromRecords = (): unknown => ({ ...words, ...reportFigures(month) });
  const request = requestFromRecords();
  const renderer = nodeModulesPdfRenderer();
  const fonts = pdfFontDescriptors((pkg) =>
    path.join(REPO_ROOT, 'node_modules', '@fontsource', pkg, 'files'),
  );
  const ours = async () =>
    renderer.render(buildPdfDefinition(pdfDocumentRequestSchema.parse(requestFromRecords())));
  // pdfmake decorates the definition it lays out, so each run gets a fresh one.
  const finished = (): TDocumentDefinitions =>
    buildPdfDefinition(pdfDocumentRequestSchema.parse(request));
  const baseline = async (definition: TDocumentDefinitions) => {
    pdfmake.setFonts(fonts);
    return pdfmake.createPdf(definition).getBuffer();
  };

  await ours();
  await baseline(finished());

  const oursMs: number[] = [];
  const baselineMs: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const heapBefore = process.memoryUsage().heapUsed;
    let start = performance.now();
    await ours();
    oursMs.push(performance.now() - start);
    heap.push(process.memoryUsage().heapUsed - heapBefore);

    const definition = finished();
    start = performance.now();
    await baseline(definition);
    baselineMs.push(performance.now() - start);
  }
  return [
    {
      name: `Laporan pemeliharaan bulanan: ${DEVICES} perangkat, ${DAYS} hari catatan, sampai PDF (F4)`,
      unit: 'ms',
      ours: median(oursMs),
      baseline: median(baselineMs),
      baselineName: 'pdfmake merender definisi yang sama yang sudah jadi',
      heapDelta: median(heap),
      baselineRuns: baselineMs,
      goal: { text: '≤ 1,5× pdfmake mentah', holds: median(oursMs) <= 1.5 * median(baselineMs) },
    },
    await formulirBench(),
  ];
}
