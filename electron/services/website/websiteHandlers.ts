import type { ApiHandlers } from '../../../shared/api/contract';
import { checkSite } from './siteCheck';

type WebsiteMethod = Extract<keyof ApiHandlers, `website${string}`>;

/** Bounded so a silent server cannot hold "Periksa sekarang" for long. */
export const SITE_CHECK_TIMEOUT_MS = 15_000;

/** The website channels: main and the e2e bridge serve the same check. */
export function createWebsiteHandlers(): Pick<ApiHandlers, WebsiteMethod> {
  return {
    websiteCheck: ({ alamatUrl }) =>
      checkSite(alamatUrl, { nowMs: () => performance.now(), timeoutMs: SITE_CHECK_TIMEOUT_MS }),
  };
}
