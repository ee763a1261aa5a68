import { AppError } from '../../../shared/api/result';
import { buildPdfDefinition } from '../../../shared/pdf/documents/build';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import type { PdfRenderer } from './pdfRenderer';

export interface PdfServiceDeps {
  renderer: PdfRenderer;
  /** Asks the user where to save; undefined when they cancel. */
  chooseSavePath(suggestedName: string): Promise<string | undefined>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  /** Sends the PDF to a printer through the system dialog; false when canceled. */
  print(bytes: Uint8Array, title: string): Promise<boolean>;
}

export interface PdfService {
  render(request: PdfDocumentRequest): Promise<Uint8Array>;
  save(request: PdfDocumentRequest, suggestedName: string): Promise<string | undefined>;
  print(request: PdfDocumentRequest): Promise<boolean>;
}

export function createPdfService(deps: PdfServiceDeps): PdfService {
  async function render(request: PdfDocumentRequest): Promise<Uint8Array> {
    const definition = buildPdfDefinition(request);
    try {
      return await deps.renderer.render(definition);
    } catch (cause) {
      throw new AppError('pdfRender', 'Dokumen PDF gagal dibuat. Periksa isian dan logo kantor.', {
        cause,
      });
    }
  }

  return {
    render,
    async save(request, suggestedName) {
      const bytes = await render(request);
      const target = await deps.chooseSavePath(suggestedName);
      if (!target) return undefined;
      try {
        await deps.writeFile(target, bytes);
      } catch (cause) {
        throw new AppError(
          'io',
          `Berkas PDF tidak dapat disimpan ke ${target}. Pastikan folder dapat ditulisi dan berkas tidak sedang dibuka.`,
          { cause },
        );
      }
      return target;
    },
    async print(request) {
      const bytes = await render(request);
      try {
        return await deps.print(bytes, buildPdfDefinition(request).info?.title ?? 'Meja TI');
      } catch (cause) {
        throw new AppError('printFailed', 'Dokumen tidak dapat dicetak. Periksa printer.', {
          cause,
        });
      }
    },
  };
}
