import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, type WebContents } from 'electron';
import { printOutcome } from './services/print/printOutcome';

function printWith(contents: WebContents): Promise<boolean> {
  return new Promise((resolve, reject) => {
    contents.once('render-process-gone', (_event, details) => {
      reject(new Error(`Print window's renderer is gone: ${details.reason}`));
    });
    contents.print({ silent: false, printBackground: true }, (success, failureReason) => {
      const outcome = printOutcome(success, failureReason);
      if (outcome === 'failed') reject(new Error(`Print failed: ${failureReason}`));
      else resolve(outcome === 'printed');
    });
  });
}

/**
 * Prints a PDF through the system print dialog: the bytes go to a temporary file, a
 * hidden window opens it in Chromium's PDF viewer, and the viewer prints it. Resolves
 * false when the user cancels the dialog; the window and the file are removed after.
 */
export async function printPdf(
  bytes: Uint8Array,
  title: string,
  tempDir: string,
): Promise<boolean> {
  const file = path.join(tempDir, `meja-ti-cetak-${randomUUID()}.pdf`);
  await writeFile(file, bytes);
  const win = new BrowserWindow({
    show: false,
    title,
    webPreferences: { sandbox: true, contextIsolation: true, plugins: true },
  });
  try {
    await win.loadURL(pathToFileURL(file).href);
    return await printWith(win.webContents);
  } finally {
    if (!win.isDestroyed()) win.close();
    await rm(file, { force: true });
  }
}
