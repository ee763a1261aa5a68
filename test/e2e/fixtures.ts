import { test as base, expect, type Browser, type BrowserContext } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { injectBridgeApi } from './bridge/injectApi';
import { startBridge, type Bridge } from './bridge/server';
import type { BridgeFolders } from './bridge/bridgeServices';
import { E2E_NOW } from './clock';
import { OPERATOR, SetupWizardPage } from './pages/SetupWizardPage';
import { signInAs } from './pages/SignInPages';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

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
  /**
   * 'ready': the page opens on an office already set up by the wizard (Mukomuko, the
   * OPERATOR), restored from a profile the worker made once, so the spec starts on Beranda.
   * 'fresh' (default): a new PC's empty profile, opening on the wizard.
   */
  office: 'fresh' | 'ready';
}

interface WorkerFixtures {
  /** The profile of an office set up through the wizard at `now`, made on first use. */
  readyProfile: (now: Date) => Promise<StorageState>;
}

/** Runs the wizard once in a throwaway context and keeps its IndexedDB. */
async function makeReadyProfile(browser: Browser, now: Date): Promise<StorageState> {
  const root = mkdtempSync(path.join(tmpdir(), 'meja-e2e-profile-'));
  const bridge = await startBridge(
    {
      dataDir: path.join(root, 'data'),
      saveDir: path.join(root, 'saved'),
      printDir: path.join(root, 'printed'),
      sharedDir: path.join(root, 'shared'),
    },
    { now },
  );
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.clock.install({ time: now });
    await injectBridgeApi(page);
    await page.goto(bridge.url);
    await new SetupWizardPage(page).complete();
    return await context.storageState({ indexedDB: true });
  } finally {
    await context.close();
    await bridge.close();
  }
}

/** The same profile, moved to another bridge's origin (IndexedDB is kept per origin). */
function atOrigin(state: StorageState, url: string): StorageState {
  const origin = new URL(url).origin;
  return { ...state, origins: state.origins.map((o) => ({ ...o, origin })) };
}

/**
 * Each test gets a fresh browser context (a fresh IndexedDB: a new PC's profile), fresh
 * folders, and its own bridge running the real services; the page opens the built app.
 */
export const test = base.extend<Fixtures, WorkerFixtures>({
  now: [E2E_NOW, { option: true }],
  expectedErrors: [[], { option: true }],
  office: ['fresh', { option: true }],
  readyProfile: [
    async ({ browser }, use) => {
      // One per day a spec lives on: records made on another day would be in its future.
      const made = new Map<number, Promise<StorageState>>();
      await use((now) => {
        const key = now.getTime();
        const profile = made.get(key) ?? makeReadyProfile(browser, now);
        made.set(key, profile);
        return profile;
      });
    },
    { scope: 'worker' },
  ],
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
  storageState: async ({ office, now, bridge, readyProfile, storageState }, use) => {
    await use(office === 'ready' ? atOrigin(await readyProfile(now), bridge.url) : storageState);
  },
  page: async ({ page, bridge, now, expectedErrors, office }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    await page.clock.install({ time: now });
    await injectBridgeApi(page);
    await page.goto(bridge.url);
    if (office === 'ready') {
      // A restored profile opens locked (the session is this window's): sign in first.
      await signInAs(page, OPERATOR.nama);
      await expect(page.getByRole('navigation', { name: 'Menu utama' })).toBeVisible();
    }
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
