import { expect, type Browser, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { injectBridgeApi } from '../bridge/injectApi';
import { startBridge, type Bridge } from '../bridge/server';
import { AppPage } from './AppPage';

/**
 * A second PC for the sync tests: its own "main process" (bridge, userData) and its own
 * browser context (IndexedDB), sharing only the shared folder with the first.
 */
export async function openSecondPc(
  browser: Browser,
  sharedDir: string,
  now: Date,
): Promise<{ page: Page; bridge: Bridge; problems: string[]; close(): Promise<void> }> {
  const root = mkdtempSync(path.join(tmpdir(), 'meja-e2e-pc2-'));
  const bridge = await startBridge(
    {
      dataDir: path.join(root, 'data'),
      saveDir: path.join(root, 'saved'),
      printDir: path.join(root, 'printed'),
      sharedDir,
    },
    { now },
  );
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  const page = await context.newPage();
  // The same watch as the first PC's fixture: the test checks `problems` is empty.
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  await page.clock.install({ time: now });
  await injectBridgeApi(page);
  await page.goto(bridge.url);
  return {
    page,
    bridge,
    problems,
    async close() {
      await context.close();
      await bridge.close();
    },
  };
}

/** Pengaturan Sinkronisasi. */
export class SyncSettingsPage {
  constructor(readonly page: Page) {}

  async open() {
    await new AppPage(this.page).open('Pengaturan Sinkronisasi');
  }

  async chooseFolder() {
    await this.page.getByRole('button', { name: 'Pilih folder bersama…' }).click();
  }

  async create(pcName: string, passphrase: string) {
    await this.chooseFolder();
    await expect(this.page.getByRole('alert', { name: 'Ruang kerja baru' })).toBeVisible();
    await this.page.getByLabel('Nama PC ini').fill(pcName);
    await this.page
      .getByRole('textbox', { name: 'Kata sandi kantor', exact: true })
      .fill(passphrase);
    await this.page.getByLabel('Ulangi kata sandi kantor').fill(passphrase);
    await this.page.getByRole('button', { name: 'Buat ruang kerja' }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Ruang kerja', exact: true }),
    ).toBeVisible();
  }

  async join(pcName: string, passphrase: string) {
    await this.page.getByLabel('Nama PC ini').fill(pcName);
    await this.page
      .getByRole('textbox', { name: 'Kata sandi kantor', exact: true })
      .fill(passphrase);
    await this.page.getByRole('button', { name: 'Bergabung' }).click();
  }

  status() {
    return this.page.getByTestId('sync-status');
  }
}
