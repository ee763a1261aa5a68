import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { ApiHandlers } from '../shared/api/contract';
import { printPdf } from './printPdf';
import { createApiHandlers } from './services/apiHandlers';
import { writeFileAtomic } from './services/fs/atomicWrite';
import { pdfFontDescriptors } from './services/pdf/fontFiles';
import { createPdfRenderer } from './services/pdf/pdfRenderer';
import { createPdfService } from './services/pdf/pdfService';

/** Where the .woff files are: beside the app when installed, in dist/ when run from source. */
function fontDir(pkg: string): string {
  return app.isPackaged
    ? path.join(process.resourcesPath, 'fonts', pkg)
    : path.join(app.getAppPath(), 'dist', 'fonts', pkg);
}

/** The API's services with their Electron-side effects: dialogs, files and the printer. */
export function createMainHandlers(getWindow: () => BrowserWindow | undefined): ApiHandlers {
  const pdf = createPdfService({
    renderer: createPdfRenderer(pdfFontDescriptors(fontDir)),
    async chooseSavePath(suggestedName) {
      const options = {
        title: 'Simpan PDF',
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'Dokumen PDF', extensions: ['pdf'] }],
      };
      const win = getWindow();
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
    writeFile: writeFileAtomic,
    print: (bytes, title) => printPdf(bytes, title, app.getPath('temp')),
  });
  return createApiHandlers({
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      dataPath: app.getPath('userData'),
      platform: process.platform,
      packaged: app.isPackaged,
    }),
    pdf,
  });
}
