import type { WebContents } from 'electron';
import { isAllowedSender } from '../ipc/senderPolicy';

/**
 * Applied to every web contents the app creates (the main window, the hidden print
 * window): no navigation or redirect away from the app's origins, no new windows, no
 * webviews. `loadURL` from main is not a navigation event, so main can still open files.
 */
export function hardenWebContents(contents: WebContents, allowedOrigins: string[]): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedSender(event.url, allowedOrigins)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedSender(event.url, allowedOrigins)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
