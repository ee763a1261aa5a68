import path from 'node:path';
import * as pdfmakeNamespace from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfFontDescriptors } from '../../electron/services/pdf/fontFiles';
import { buildPdfDefinition } from '../../shared/pdf/documents/build';
import { pdfDocumentRequestSchema } from '../../shared/pdf/documents/request';
import { sampleMonthlyReport } from '../fixtures/monthlyReport';
import { nodeModulesPdfRenderer, REPO_ROOT } from '../fixtures/pdfServices';
import type { Figure } from './figure';

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
 * The monthly maintenance report for 200 devices and 31 days of records, in Node as main
 * makes it: ours is the request validated, the definition built and rendered to bytes by
 * the app's renderer; the baseline is pdfmake itself rendering the finished definition
 * (built beforehand, untimed) with the same fonts. Medians of five runs after a warm-up.
 */
export async function reportFigures(): Promise<Figure[]> {
  const request: unknown = sampleMonthlyReport({ devices: DEVICES, days: DAYS, paper: 'F4' });
  const renderer = nodeModulesPdfRenderer();
  const fonts = pdfFontDescriptors((pkg) =>
    path.join(REPO_ROOT, 'node_modules', '@fontsource', pkg, 'files'),
  );
  const ours = async () =>
    renderer.render(buildPdfDefinition(pdfDocumentRequestSchema.parse(request)));
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
    },
  ];
}
