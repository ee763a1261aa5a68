import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  createProblemReport,
  nodeSystemDetails,
} from '../../../electron/services/about/problemReport';
import { createBackupService } from '../../../electron/services/backup/backupService';
import { createApiHandlers } from '../../../electron/services/apiHandlers';
import { createJsonExportService } from '../../../electron/services/files/jsonExportService';
import { createSpreadsheetService } from '../../../electron/services/files/spreadsheetService';
import { writeFileAtomic } from '../../../electron/services/fs/atomicWrite';
import { createFileLog } from '../../../electron/services/log/fileLog';
import { createRendererErrorLog } from '../../../electron/services/log/rendererErrorLog';
import { createPdfService } from '../../../electron/services/pdf/pdfService';
import { nodeSyncFs } from '../../../electron/services/sync/syncFs';
import { createSyncService } from '../../../electron/services/sync/syncService';
import type { ApiHandlers } from '../../../shared/api/contract';
import { nodeModulesPdfRenderer, REPO_ROOT } from '../../fixtures/pdfServices';
import { createSystemLock } from '../../../electron/services/system/systemLock';
import { createUpdateService } from '../../../electron/services/updates/updateService';

export interface BridgeFolders {
  /** Stands in for userData. */
  dataDir: string;
  /** Where the "save dialog" puts files: the test reads them from here. */
  saveDir: string;
  /** Where "printed" PDFs land, one file per print job. */
  printDir: string;
  /** What the "folder dialog" answers: the shared folder of this test's PCs. */
  sharedDir: string;
}

/** Where the bridge keeps main's log, as main keeps it under userData. */
export function bridgeLogFile(folders: BridgeFolders): string {
  return path.join(folders.dataDir, 'logs', 'main.log');
}

/**
 * What the "open dialog" answers: the path a test wrote into `sharedDir/pilih-berkas.txt`
 * (a backup to restore; the shared folder, so a second PC sees it too), or canceled.
 */
export function pickedFile(folders: BridgeFolders): string | undefined {
  try {
    return (
      readFileSync(path.join(folders.sharedDir, 'pilih-berkas.txt'), 'utf8').trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/** Where the bridge's opener records each installer it was asked to open, one a line. */
export function openedInstallersFile(folders: BridgeFolders): string {
  return path.join(folders.dataDir, 'installer-dibuka.txt');
}

/**
 * The real services, wired as main wires them, with the two OS dialogs replaced: the save
 * dialog answers with a path in `saveDir`, and the printer is a folder.
 */
export function bridgeHandlers(folders: BridgeFolders, now: () => Date): ApiHandlers {
  for (const dir of Object.values(folders)) mkdirSync(dir, { recursive: true });
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    productName: string;
    version: string;
  };
  let jobs = 0;
  const pdf = createPdfService({
    renderer: nodeModulesPdfRenderer(),
    chooseSavePath: async (name) => path.join(folders.saveDir, name),
    writeFile: writeFileAtomic,
    print: async (bytes) => {
      writeFileSync(path.join(folders.printDir, `job-${++jobs}.pdf`), bytes);
      return true;
    },
  });
  const appInfo = () => ({
    name: pkg.productName,
    version: pkg.version,
    dataPath: folders.dataDir,
    platform: process.platform,
    packaged: false,
  });
  const sync = createSyncService({
    configFile: path.join(folders.dataDir, 'sync-folder.json'),
    chooseFolder: async () => folders.sharedDir,
    fs: nodeSyncFs,
    now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    lockTimeoutMs: 5_000,
  });
  return createApiHandlers({
    appInfo,
    pdf,
    sync,
    updates: createUpdateService({
      workspaceRoot: async () => (await sync.getFolder()).root,
      chooseInstaller: async () => pickedFile(folders),
      tempDir: path.join(folders.dataDir, 'temp'),
      // The injected opener: records the verified copy it was asked to open.
      openPath: async (file) => {
        appendFileSync(openedInstallersFile(folders), `${file}\n`);
        return '';
      },
    }),
    spreadsheet: createSpreadsheetService({
      chooseSavePath: async (name) => path.join(folders.saveDir, name),
      writeFile: writeFileAtomic,
    }),
    jsonExport: createJsonExportService({
      chooseSavePath: async (name) => path.join(folders.saveDir, name),
      writeFile: writeFileAtomic,
    }),
    backup: createBackupService({
      configFile: path.join(folders.dataDir, 'backup-folder.json'),
      chooseFolder: async () => path.join(folders.saveDir, 'cadangan'),
      chooseFile: async () => pickedFile(folders),
    }),
    rendererLog: createRendererErrorLog({
      log: createFileLog({ filePath: bridgeLogFile(folders), now }),
      now,
    }),
    systemLock: createSystemLock(),
    problemReport: createProblemReport({
      appInfo,
      logFile: bridgeLogFile(folders),
      system: nodeSystemDetails,
    }),
  });
}
