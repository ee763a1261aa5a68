/**
 * Which pages may call the API. Electron gives the URL of the frame that sent an IPC
 * message; only the app's own pages (and the Vite dev server in development) are trusted.
 */

/**
 * The origin of a URL as `scheme://host[:port]`, lower-cased. Node's `URL.origin` is
 * "null" for custom schemes such as `app:`, so it is built from its parts instead.
 * Undefined for anything that is not a URL with a host.
 */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!parsed.host) return undefined;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

export function isAllowedSender(url: string | undefined, allowedOrigins: string[]): boolean {
  const origin = originOf(url);
  if (!origin) return false;
  return allowedOrigins.some((allowed) => originOf(allowed) === origin);
}
