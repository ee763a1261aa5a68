import type { Page } from '@playwright/test';
import { API_GLOBAL, API_METHODS, apiContract } from '../../../shared/api/contract';
import { BRIDGE_PREFIX } from './server';

interface InjectArgs {
  globalName: string;
  prefix: string;
  methods: [string, string][];
}

/**
 * Gives the page the same `window.mejaTI` the preload gives it in Electron, built from the
 * contract's method and channel names, each call going to the bridge instead of ipcMain.
 */
export async function injectBridgeApi(page: Page): Promise<void> {
  const args: InjectArgs = {
    globalName: API_GLOBAL,
    prefix: BRIDGE_PREFIX,
    methods: API_METHODS.map((m) => [m, apiContract[m].channel]),
  };
  await page.addInitScript(({ globalName, prefix, methods }: InjectArgs) => {
    const api: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const [method, channel] of methods) {
      api[method] = async (input) => {
        const response = await fetch(prefix + encodeURIComponent(channel), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? null),
        });
        return response.json();
      };
    }
    Object.defineProperty(window, globalName, { value: Object.freeze(api), writable: false });
  }, args);
}
