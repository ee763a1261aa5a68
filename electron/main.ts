import path from 'node:path';
import { app, BrowserWindow, Menu, protocol, session } from 'electron';
import { showAboutDialog } from './about';
import { devServerUrl } from './devServer';
import { createDispatch } from './ipc/dispatch';
import { registerApi } from './ipc/registerApi';
import { originOf } from './ipc/senderPolicy';
import { createMainHandlers } from './mainServices';
import { appMenuTemplate } from './menu';
import {
  APP_ENTRY_URL,
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  createAppProtocolHandler,
} from './protocol/appProtocol';
import { contentSecurityPolicy } from './security/csp';
import { hardenSession } from './security/hardenSession';
import { hardenWebContents } from './security/hardenContents';
import { createFileLog } from './services/log/fileLog';
import { createMainWindow } from './window';

// Stack traces in the log point at the TypeScript sources (main.cjs.map ships beside it).
process.setSourceMapsEnabled(true);

const devUrl = devServerUrl(app.isPackaged, process.env.VITE_DEV_SERVER_URL);
const devOrigin = originOf(devUrl);
const allowedOrigins = devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
const csp = contentSecurityPolicy({ devServerOrigin: devOrigin });

const logFile = path.join(app.getPath('userData'), 'logs', 'main.log');
const log = createFileLog({
  filePath: logFile,
  now: () => new Date(),
  onWriteError: (error) => console.error('Meja TI: log tidak dapat ditulis.', error),
});

let mainWindow: BrowserWindow | undefined;

function appFile(...segments: string[]): string {
  return path.join(app.getAppPath(), 'dist', ...segments);
}

function openMainWindow(): void {
  const win = createMainWindow(appFile('electron', 'preload.cjs'));
  mainWindow = win;
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
  win.loadURL(devUrl ?? APP_ENTRY_URL).catch((error: unknown) => log.logError(error, 'main:load'));
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function onReady(): Promise<void> {
  hardenSession(session.defaultSession, {
    allowedOrigins,
    devServer: devOrigin ? { origin: devOrigin, contentSecurityPolicy: csp } : undefined,
  });
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      root: appFile('renderer'),
      host: APP_HOST,
      contentSecurityPolicy: csp,
    }),
  );
  const handlers = createMainHandlers(() => mainWindow, log, logFile);
  registerApi(createDispatch(handlers, { logError: log.logError }), allowedOrigins);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({
        packaged: app.isPackaged,
        showAbout: () => {
          showAboutDialog(mainWindow, log.logError).catch((error: unknown) =>
            log.logError(error, 'about'),
          );
        },
      }),
    ),
  );
  openMainWindow();
}

function start(): void {
  // Must happen before `ready`: the app's pages live at app://meja-ti/, a secure origin
  // with fetch and (isolated) storage, served only by our handler.
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: false,
        codeCache: true,
      },
    },
  ]);
  process.on('uncaughtExceptionMonitor', (error) => log.logError(error, 'main:uncaught'));
  process.on('unhandledRejection', (reason) => log.logError(reason, 'main:unhandled-rejection'));

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, allowedOrigins));
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      log.logError(error, 'main:ready');
      void log.flushed().then(() => app.exit(1));
    });
}

// The UI speaks Indonesian: Chromium's own date and time inputs then read 22/11/2026 and
// 14.30 whatever the language of the Windows they run on.
app.commandLine.appendSwitch('lang', 'id'); // the locale electron-builder.yml ships

// One Meja TI per user: a second launch hands over to the running one and quits.
if (app.requestSingleInstanceLock()) start();
else app.quit();
