import { Buffer } from 'node:buffer';
import type { ApiHandlers, AppInfo } from '../../shared/api/contract';
import type { ProblemReport } from '../../shared/api/helpContract';
import type { BackupService } from './backup/backupService';
import type { JsonExportService } from './files/jsonExportService';
import type { SpreadsheetService } from './files/spreadsheetService';
import type { RendererErrorLog } from './log/rendererErrorLog';
import type { PdfService } from './pdf/pdfService';
import { createSyncHandlers } from './sync/syncHandlers';
import type { SyncService } from './sync/syncService';
import type { SystemLock } from './system/systemLock';
import { createUpdateHandlers } from './updates/updateHandlers';
import type { UpdateService } from './updates/updateService';
import { createWebsiteHandlers } from './website/websiteHandlers';

export interface ServiceSet {
  appInfo: () => AppInfo;
  pdf: PdfService;
  spreadsheet: SpreadsheetService;
  jsonExport: JsonExportService;
  backup: BackupService;
  sync: SyncService;
  rendererLog: RendererErrorLog;
  /** The version, this PC and the log's last `lines` lines, for "Laporkan masalah". */
  problemReport: (lines: number) => Promise<ProblemReport>;
  /** The PC's lock events (powerMonitor in main; the test's hand in the e2e bridge). */
  systemLock: SystemLock;
  /** Updates offered through the shared folder (issue #18 item 6). */
  updates: UpdateService;
}

/** The API's implementation in plain Node; main and the e2e bridge wire the same object. */
export function createApiHandlers(services: ServiceSet): ApiHandlers {
  return {
    getAppInfo: async () => services.appInfo(),
    renderPdf: async ({ document }) => {
      const bytes = await services.pdf.render(document);
      return { base64: Buffer.from(bytes).toString('base64'), byteLength: bytes.byteLength };
    },
    savePdf: async ({ document, suggestedName }) => {
      const saved = await services.pdf.save(document, suggestedName);
      return saved ? { saved: true, path: saved } : { saved: false };
    },
    printPdf: async ({ document }) => ({ printed: await services.pdf.print(document) }),
    saveSpreadsheet: async ({ base64, suggestedName }) => {
      const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
      const saved = await services.spreadsheet.save(bytes, suggestedName);
      return saved ? { saved: true, path: saved } : { saved: false };
    },
    saveJsonExport: async ({ text, suggestedName }) => {
      const saved = await services.jsonExport.save(text, suggestedName);
      return saved ? { saved: true, path: saved } : { saved: false };
    },
    ...createSyncHandlers(services.sync),
    ...createUpdateHandlers(services.updates),
    ...createWebsiteHandlers(),
    logRendererError: async ({ error }) => ({ logged: services.rendererLog.record(error) }),
    getProblemReport: ({ lines }) => services.problemReport(lines),
    waitForSystemLock: async () => {
      await services.systemLock.waitForLock();
      return { locked: true as const };
    },
    backupGetFolder: async () => ({ root: await services.backup.getFolder() }),
    backupChooseFolder: async () => {
      const root = await services.backup.chooseFolder();
      return root ? { chosen: true, root } : { chosen: false };
    },
    backupWrite: ({ fileName, base64 }) =>
      services.backup.write(fileName, new Uint8Array(Buffer.from(base64, 'base64'))),
    backupList: async () => {
      const files = await services.backup.list();
      return files ? { reachable: true, files } : { reachable: false };
    },
    backupPrune: async ({ keep }) => ({ removed: await services.backup.prune(keep) }),
    backupOpenFile: async () => {
      const file = await services.backup.openFile();
      return file
        ? { chosen: true, name: file.name, base64: Buffer.from(file.bytes).toString('base64') }
        : { chosen: false };
    },
  };
}
