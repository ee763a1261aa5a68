import { app, dialog, shell, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { aboutText } from './services/about/aboutText';

const OPEN_DATA_FOLDER = 1;

/** "Tentang Meja TI": version, where the data lives, and a button to open that folder. */
export async function showAboutDialog(
  win: BrowserWindow | undefined,
  logError: (error: unknown, channel: string) => void,
): Promise<void> {
  const dataPath = app.getPath('userData');
  const text = aboutText({
    version: app.getVersion(),
    dataPath,
    electron: process.versions.electron,
    chrome: process.versions.chrome,
    node: process.versions.node,
  });
  const options: MessageBoxOptions = {
    type: 'info',
    title: 'Tentang Meja TI',
    message: text.message,
    detail: text.detail,
    buttons: ['Tutup', 'Buka Folder Data'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const { response } = win
    ? await dialog.showMessageBox(win, options)
    : await dialog.showMessageBox(options);
  if (response !== OPEN_DATA_FOLDER) return;
  // openPath answers with an error message, or '' when the folder opened.
  const failure = await shell.openPath(dataPath);
  if (failure) logError(new Error(`openPath ${dataPath}: ${failure}`), 'about:open-data');
}
