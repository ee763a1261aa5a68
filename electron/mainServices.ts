import path from 'node:path';
import {
  app,
  dialog,
  powerMonitor,
  shell,
  type BrowserWindow,
  type OpenDialogOptions,
} from 'electron';
import type { ApiHandlers } from '../shared/api/contract';
import { printPdf } from './printPdf';
import { createProblemReport, nodeSystemDetails } from './services/about/problemReport';
import { createBackupService } from './services/backup/backupService';
import { createApiHandlers } from './services/apiHandlers';
import { createJsonExportService } from './services/files/jsonExportService';
import { createSpreadsheetService } from './services/files/spreadsheetService';
import type { FileLog } from './services/log/fileLog';
import { createRendererErrorLog } from './services/log/rendererErrorLog';
import { writeFileAtomic } from './services/fs/atomicWrite';
import { pdfFontDescriptors } from './services/pdf/fontFiles';
import { createPdfRenderer } from './services/pdf/pdfRenderer';
import { createPdfService } from './services/pdf/pdfService';
import { createSyncService } from './services/sync/syncService';
import { nodeSyncFs } from './services/sync/syncFs';
import { createSystemLock } from './services/system/systemLock';
import { createUpdateService } from './services/updates/updateService';

/** Where the .woff files are: beside the app when installed, in dist/ when run from source. */
function fontDir(pkg: string): string {
  return app.isPackaged
    ? path.join(process.resourcesPath, 'fonts', pkg)
    : path.join(app.getAppPath(), 'dist', 'fonts', pkg);
}

/** A save dialog over the window, starting in Documents; undefined when canceled. */
function saveDialog(
  getWindow: () => BrowserWindow | undefined,
  title: string,
  filter: { name: string; extensions: string[] },
) {
  return async (suggestedName: string): Promise<string | undefined> => {
    const options = {
      title,
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: [filter],
    };
    const win = getWindow();
    const result = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? undefined : result.filePath;
  };
}

/** An open dialog over the window; the first path chosen, undefined when canceled. */
function openDialog(getWindow: () => BrowserWindow | undefined, options: OpenDialogOptions) {
  return async (): Promise<string | undefined> => {
    const win = getWindow();
    const result = win
      ? await dialog.showOpenDialog(win, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  };
}

/** The folder dialog for the shared folder (or the backup folder). */
function folderDialog(
  getWindow: () => BrowserWindow | undefined,
  title = 'Pilih folder bersama Meja TI',
) {
  return openDialog(getWindow, { title, properties: ['openDirectory', 'createDirectory'] });
}

/** A dialog to open one file of the given kind. */
function fileDialog(
  getWindow: () => BrowserWindow | undefined,
  title: string,
  filter: { name: string; extensions: string[] },
) {
  return openDialog(getWindow, { title, filters: [filter], properties: ['openFile'] });
}

/** The API's services with their Electron-side effects: dialogs, files and the printer. */
export function createMainHandlers(
  getWindow: () => BrowserWindow | undefined,
  log: FileLog,
  logFile: string,
): ApiHandlers {
  const appInfo = () => ({
    name: app.getName(),
    version: app.getVersion(),
    dataPath: app.getPath('userData'),
    platform: process.platform,
    packaged: app.isPackaged,
  });
  const pdf = createPdfService({
    renderer: createPdfRenderer(pdfFontDescriptors(fontDir)),
    chooseSavePath: saveDialog(getWindow, 'Simpan PDF', {
      name: 'Dokumen PDF',
      extensions: ['pdf'],
    }),
    writeFile: writeFileAtomic,
    print: (bytes, title) => printPdf(bytes, title, app.getPath('temp')),
  });
  const systemLock = createSystemLock();
  // Windows locked (Win+L, the screen saver, a switched user): Meja TI locks too.
  powerMonitor.on('lock-screen', () => systemLock.notifyLocked());
  const sync = createSyncService({
    configFile: path.join(app.getPath('userData'), 'sync-folder.json'),
    chooseFolder: folderDialog(getWindow),
    fs: nodeSyncFs,
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  return createApiHandlers({
    appInfo,
    pdf,
    systemLock,
    sync,
    updates: createUpdateService({
      workspaceRoot: async () => (await sync.getFolder()).root,
      chooseInstaller: fileDialog(getWindow, 'Pilih berkas pemasang Meja TI', {
        name: 'Pemasang Meja TI',
        extensions: ['exe'],
      }),
      tempDir: app.getPath('temp'),
      openPath: (file) => shell.openPath(file),
    }),
    spreadsheet: createSpreadsheetService({
      chooseSavePath: saveDialog(getWindow, 'Simpan lembar kerja', {
        name: 'Lembar kerja Excel',
        extensions: ['xlsx'],
      }),
      writeFile: writeFileAtomic,
    }),
    jsonExport: createJsonExportService({
      chooseSavePath: saveDialog(getWindow, 'Simpan ekspor data', {
        name: 'JSON',
        extensions: ['json'],
      }),
      writeFile: writeFileAtomic,
    }),
    backup: createBackupService({
      configFile: path.join(app.getPath('userData'), 'backup-folder.json'),
      chooseFolder: folderDialog(getWindow, 'Pilih folder cadangan Meja TI'),
      chooseFile: fileDialog(getWindow, 'Pilih berkas cadangan Meja TI', {
        name: 'Cadangan Meja TI',
        extensions: ['mejati'],
      }),
    }),
    rendererLog: createRendererErrorLog({ log, now: () => new Date() }),
    problemReport: createProblemReport({ appInfo, logFile, system: nodeSystemDetails }),
  });
}
