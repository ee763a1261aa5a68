import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchElectron } from '../../build/scripts/lib/fetchElectron.mjs';
import { hermeticEnv, scratchPackage, serveMirror, version, zipUrlPath } from './electronMirror';

/** A terminal stand-in that keeps what was written and tells who waits for a text. */
function terminal() {
  let text = '';
  const waiters: { needle: string; resolve: () => void }[] = [];
  const out = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        for (const waiter of waiters.filter((w) => text.includes(w.needle))) waiter.resolve();
        done();
      },
    }),
    { isTTY: true },
  );
  return {
    out,
    text: () => text,
    shows: (needle: string) =>
      new Promise<void>((resolve) => {
        if (text.includes(needle)) resolve();
        else waiters.push({ needle, resolve });
      }),
  };
}

let scratch = '';
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'meja-fetch-test-'));
});
afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const label = `Electron ${version} (${process.platform}-${process.arch})`;
// Bigger than the stand-in zip, so the download is seen growing before the mirror stalls.
const largeZip = Buffer.alloc(2_000_000, 1);

// Each case starts the installer in its own Node process: generous for a busy CPU.
describe.skipIf(process.platform === 'win32')('fetchElectron', { timeout: 60_000 }, () => {
  it('shows on a terminal how much has been downloaded, in Indonesian', async () => {
    const mirror = await serveMirror(new Map([[zipUrlPath, largeZip]]), {
      stallAfterBytes: 1_000_000,
    });
    const screen = terminal();
    const result = fetchElectron({
      packageDir: scratchPackage(scratch, 'pc-a'),
      out: screen.out,
      env: hermeticEnv({ ELECTRON_MIRROR: mirror.url, electron_config_cache: scratch }),
    });
    await screen.shows(`\rMengunduh ${label}: 1,0 MB, `);
    // The mirror drops the half-sent download: a failure with the installer's reason.
    await mirror.close();
    expect(await result).toMatchObject({ ok: false });
    expect(screen.text()).toContain(`Mengunduh ${label} dari 127.0.0.1`);
    expect(screen.text()).toMatch(/Mengunduh .* gagal\.\n$/);
  });

  it('stops a download that hangs once the time is up', async () => {
    const mirror = await serveMirror(new Map([[zipUrlPath, largeZip]]), { stallAfterBytes: 1000 });
    const screen = terminal();
    const result = await fetchElectron({
      packageDir: scratchPackage(scratch, 'pc-a'),
      timeoutMs: 2000,
      out: screen.out,
      env: hermeticEnv({ ELECTRON_MIRROR: mirror.url, electron_config_cache: scratch }),
    });
    await mirror.close();
    expect(mirror.requests).toEqual([zipUrlPath]);
    expect(result).toEqual({ ok: false, reason: 'unduhan dihentikan setelah 2 detik' });
  });
});
