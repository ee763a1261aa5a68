import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildPdfDefinition } from '../../shared/pdf/documents/build';
import { pdfDocumentRequestSchema } from '../../shared/pdf/documents/request';
import { nodeModulesPdfRenderer } from '../fixtures/pdfServices';
import { sourceWords, type Margins } from './geometry';
import { marginsByOrientation } from './pageMargins';

/** Resolution of the page images: low, so a page is small and quick, yet a moved word shows. */
export const RASTER_DPI = 50;

const renderer = nodeModulesPdfRenderer();
const workDir = mkdtempSync(path.join(tmpdir(), 'meja-visual-'));

export interface RenderedDocument {
  pdfFile: string;
  /** The words the document was built from (read before pdfmake annotates the definition). */
  vocabulary: ReadonlySet<string>;
  marginsOf: (orientation: 'portrait' | 'landscape') => Margins;
}

/** Validates the request as main does, builds and renders it with the embedded fonts. */
export async function renderDocument(request: unknown, name: string): Promise<RenderedDocument> {
  const definition: TDocumentDefinitions = buildPdfDefinition(
    pdfDocumentRequestSchema.parse(request),
  );
  const vocabulary = sourceWords(definition);
  const marginsOf = marginsByOrientation(definition);
  const pdfFile = path.join(workDir, `${name}.pdf`);
  writeFileSync(pdfFile, await renderer.render(definition));
  return { pdfFile, vocabulary, marginsOf };
}

/** Each page as a PNG file (pdftoppm), in page order. */
export function rasterise(pdfFile: string, name: string): string[] {
  const dir = path.join(workDir, `${name}-pages`);
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-r', String(RASTER_DPI), '-png', pdfFile, path.join(dir, 'p')]);
  // pdftoppm pads the page number to the width of the page count: p-1.png or p-01.png.
  const pageOf = (file: string) => Number(/-(\d+)\.png$/.exec(file)?.[1]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort((a, b) => pageOf(a) - pageOf(b))
    .map((f) => path.join(dir, f));
}
