import type { Session } from 'electron';
import { isAllowedSender } from '../ipc/senderPolicy';
import { isPermissionGranted } from './permissionPolicy';

export interface SessionPolicy {
  allowedOrigins: string[];
  /** In development, the dev server's pages get this policy as a response header. */
  devServer?: { origin: string; contentSecurityPolicy: string };
}

/**
 * Permissions are refused except the few the app's own pages need; in development the
 * Vite server's responses get the CSP that production serves from the app protocol.
 */
export function hardenSession(session: Session, policy: SessionPolicy): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, policy.allowedOrigins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, policy.allowedOrigins),
  );

  const devServer = policy.devServer;
  if (devServer) {
    session.webRequest.onHeadersReceived((details, callback) => {
      if (!isAllowedSender(details.url, [devServer.origin])) {
        callback({});
        return;
      }
      callback({
        responseHeaders: {
          ...details.responseHeaders,
          'Content-Security-Policy': [devServer.contentSecurityPolicy],
        },
      });
    });
  }
}
