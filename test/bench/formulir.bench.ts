import path from 'node:path';
import * as pdfmakeNamespace from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfFontDescriptors } from '../../electron/services/pdf/fontFiles';
import { createPdfService } from '../../electron/services/pdf/pdfService';
import { buildPdfDefinition } from '../../shared/pdf/documents/build';
import { pdfDocumentRequestSchema } from '../../shared/pdf/documents/request';
import type { FormulirPermintaanRequest } from '../../shared/pdf/documents/requests/requestDocs';
import { mukomukoOffice } from '../fixtures/office';
import { nodeModulesPdfRenderer, REPO_ROOT } from '../fixtures/pdfServices';
import type { Figure } from './figure';

type PdfMake = typeof pdfmakeNamespace;
const pdfmake: PdfMake =
  (pdfmakeNamespace as unknown as { default?: PdfMake }).default ?? pdfmakeNamespace;

const RUNS = 7;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const SIGNER = {
  jabatan: 'Kasubag PTIP',
  nama: 'Drs. H. Ahmad Fauzi, M.H.',
  nip: '197201272003121002',
};

/** A filled Formulir as the register's print asks for it (renderer/features/requests/requestPrints.ts). */
function formulir(): FormulirPermintaanRequest {
  const at = '2026-11-22T14:30:00+07:00';
  return {
    kind: 'formulirPermintaan',
    office: mukomukoOffice(),
    paper: 'F4',
    printedAt: at,
    data: {
      nomor: '012/PLTI/XI/2026',
      diterimaPada: at,
      saluran: 'Formulir',
      pemohon: {
        nama: 'Siti Aminah',
        nip: '199003152019031004',
        unitNama: 'Kepaniteraan',
        telepon: '0812 3456 7890',
      },
      kategori: 'Perangkat keras',
      aplikasi: '',
      perangkat: 'PC Meja Panitera Muda Hukum',
      uraian: 'Komputer tidak menyala setelah listrik padam; lampu daya berkedip.',
      urgensi: 'Tinggi',
      petugasPenerima: SIGNER,
      kasubag: SIGNER,
      hasil: null,
    },
  };
}

/**
 * The Formulir Permintaan Layanan TI of one request, warm (after a first print): ours is the
 * app's path in main: the PDF service (validation of
 * the request as the IPC handler does, the definition, the renderer with its access
 * policies); the baseline is pdfmake alone rendering the same finished definition with the
 * same fonts. Medians of seven runs.
 */
export async function formulirBench(): Promise<Figure> {
  const service = createPdfService({
    renderer: nodeModulesPdfRenderer(),
    chooseSavePath: () => Promise.resolve(undefined),
    writeFile: () => Promise.resolve(),
    print: () => Promise.resolve(false),
  });
  const fonts = pdfFontDescriptors((pkg) =>
    path.join(REPO_ROOT, 'node_modules', '@fontsource', pkg, 'files'),
  );
  const ours = () => service.render(pdfDocumentRequestSchema.parse(formulir()));
  const request = pdfDocumentRequestSchema.parse(formulir());
  // pdfmake decorates the definition it lays out, so each run gets a fresh one, built untimed.
  const finished = (): TDocumentDefinitions => buildPdfDefinition(request);
  const bare = (definition: TDocumentDefinitions) => {
    pdfmake.setFonts(fonts);
    return pdfmake.createPdf(definition).getBuffer();
  };
  await ours();
  await bare(finished());
  const oursMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    await ours();
    oursMs.push(performance.now() - start);
    const definition = finished();
    start = performance.now();
    await bare(definition);
    bareMs.push(performance.now() - start);
  }
  const warm = median(oursMs);
  const baseline = median(bareMs);
  return {
    name: 'Formulir Permintaan Layanan TI (F4, dengan logo), hangat: permintaan sampai PDF',
    unit: 'ms',
    ours: warm,
    baseline,
    baselineName: 'pdfmake mentah merender definisi yang sama yang sudah jadi, font yang sama',
    heapDelta: null,
    baselineRuns: bareMs,
    goal: { text: '≤ 1,5× pdfmake mentah', holds: warm <= 1.5 * baseline },
  };
}
