import { test as base, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { injectBridgeApi } from './bridge/injectApi';
import { startBridge, type Bridge } from './bridge/server';
import type { BridgeFolders } from './bridge/bridgeServices';
import { E2E_NOW } from './clock';

interface Fixtures {
  /**
   * The moment the test starts at, for the page and its bridge alike: both clocks run on from
   * it, so nothing a test checks depends on the day it runs. A spec that needs another day
   * sets it with `test.use({ now: ... })`.
   */
  now: Date;
  /**
   * Page errors a spec causes on purpose (a screen made to break): matching ones do not fail
   * the test. Every other console error or page error still does.
   */
  expectedErrors: RegExp[];
  folders: BridgeFolders;
  bridge: Bridge;
  /** Saves a screenshot under test-results/screens to look at. */
  shot: (name: string) => Promise<void>;
}

/**
 * Each test gets a fresh browser context (a fresh IndexedDB: a new PC's profile), fresh
 * folders, and its own bridge running the real services; the page opens the built app.
 */
export const test = base.extend<Fixtures>({
  now: [E2E_NOW, { option: true }],
  expectedErrors: [[], { option: true }],
  // Playwright reads a fixture's dependencies from its destructuring pattern; none here.
  // eslint-disable-next-line no-empty-pattern
  folders: async ({}, use) => {
    const root = mkdtempSync(path.join(tmpdir(), 'meja-e2e-'));
    await use({
      dataDir: path.join(root, 'data'),
      saveDir: path.join(root, 'saved'),
      printDir: path.join(root, 'printed'),
      sharedDir: path.join(root, 'shared'),
    });
  },
  bridge: async ({ folders, now }, use) => {
    const bridge = await startBridge(folders, { now });
    await use(bridge);
    await bridge.close();
  },
  page: async ({ page, bridge, now, expectedErrors }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    await page.clock.install({ time: now });
    await injectBridgeApi(page);
    await page.goto(bridge.url);
    await use(page);
    const unexpected = problems.filter((p) => !expectedErrors.some((e) => e.test(p)));
    expect(unexpected, 'the page logged no errors').toEqual([]);
  },
  shot: async ({ page }, use) => {
    await use(async (name) => {
      await page.screenshot({
        path: path.join('test-screens', `${name}.png`),
        fullPage: true,
      });
    });
  },
});

export { expect };
