/**
 * The Vite dev server's URL, from `VITE_DEV_SERVER_URL`, honoured only when running from
 * source: an installed app never loads a page from the network.
 */
export function devServerUrl(packaged: boolean, value: string | undefined): string | undefined {
  if (packaged || !value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
