import { BrowserWindow } from 'electron';

/**
 * The one application window: sandboxed, context-isolated, no Node in the page. Its
 * navigation limits come from `hardenWebContents`, applied to every web contents.
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    title: 'Meja TI',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      preload: preloadPath,
    },
  });
  win.once('ready-to-show', () => win.show());
  return win;
}
