import { getDocument, GlobalWorkerOptions, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * One pdf.js worker for every preview of this window. Starting a worker (fetching and
 * compiling about a megabyte of script) is the slow part of a first preview on a busy PC;
 * a worker per document paid it every time.
 */
let worker: PDFWorker | null = null;

function pdfWorker(): PDFWorker {
  if (!worker || worker.destroyed) worker = new PDFWorker();
  return worker;
}

/** Starts the worker ahead, while main is still making the PDF. */
export function warmPdfWorker(): void {
  pdfWorker();
}

/**
 * Draws every page of a PDF into its own canvas, at a width in CSS pixels; `onPage` gets each
 * page as soon as it is drawn, so the first one shows before a long document is done.
 */
export async function renderPdfPages(
  bytes: Uint8Array,
  cssWidth: number,
  onPage?: (canvas: HTMLCanvasElement) => void,
): Promise<HTMLCanvasElement[]> {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, worker: pdfWorker() })
    .promise;
  try {
    const canvases: HTMLCanvasElement[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${cssWidth}px`;
      canvas.setAttribute('aria-label', `Halaman ${n} dari ${pdf.numPages}`);
      await page.render({ canvas, viewport }).promise;
      canvases.push(canvas);
      onPage?.(canvas);
    }
    return canvases;
  } finally {
    await pdf.destroy();
  }
}
