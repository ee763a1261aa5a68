import { isAllowedSender } from '../ipc/senderPolicy';

/**
 * Web permissions the app's own pages receive; every other permission, and every request
 * from any other page, is refused. `persistent-storage` is granted so that
 * `navigator.storage.persist()` keeps the office's IndexedDB data from being evicted when
 * the disk runs low. `clipboard-sanitized-write` lets "Salin rincian" on the error screen put
 * the details on the clipboard; reading the clipboard stays refused.
 */
const GRANTED = new Set(['persistent-storage', 'clipboard-sanitized-write']);

export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  allowedOrigins: string[],
): boolean {
  return GRANTED.has(permission) && isAllowedSender(requestingUrl, allowedOrigins);
}
