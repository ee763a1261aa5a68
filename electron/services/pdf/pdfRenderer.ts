import * as pdfmakeNamespace from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { fontFilePaths } from './fontFiles';

type PdfMake = typeof pdfmakeNamespace;

// pdfmake is CommonJS exporting one instance; bundlers and Node's ESM loader hand it over
// either as the namespace itself or as its default export.
const pdfmake: PdfMake =
  (pdfmakeNamespace as unknown as { default?: PdfMake }).default ?? pdfmakeNamespace;

export interface PdfRenderer {
  render(definition: TDocumentDefinitions): Promise<Uint8Array>;
}

/**
 * The one place PDFs are made. Fonts are embedded from local files; nothing else may be
 * read from disk and no URL is ever fetched (images come in as data URLs).
 */
export function createPdfRenderer(fonts: TFontDictionary): PdfRenderer {
  const allowed = new Set(fontFilePaths(fonts));
  return {
    async render(definition) {
      pdfmake.setFonts(fonts);
      pdfmake.setUrlAccessPolicy(() => false);
      pdfmake.setLocalAccessPolicy((p) => allowed.has(p));
      const buffer = await pdfmake.createPdf(definition).getBuffer();
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },
  };
}
