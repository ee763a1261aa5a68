import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { API_GLOBAL, API_METHODS, apiContract } from '../../shared/api/contract';
import { apiChannels, electronBundles } from '../../build/scripts/lib/electronBundles.mjs';

describe('the preload bundle', () => {
  it('gets every contract method’s channel from the contract at build time', async () => {
    const { global, channels } = await apiChannels();
    expect(global).toBe(API_GLOBAL);
    expect(channels).toEqual(
      Object.fromEntries(API_METHODS.map((m) => [m, apiContract[m].channel])),
    );
  });

  it('holds the channel names and not the contract’s zod schemas', async () => {
    const options = electronBundles.find((o) => o.outfile === 'dist/electron/preload.cjs');
    if (!options) throw new Error('no preload bundle');
    const built = await esbuild.build({ ...options, write: false, sourcemap: false });
    const text = built.outputFiles.map((f) => f.text).join('');
    for (const method of API_METHODS) expect(text).toContain(apiContract[method].channel);
    expect(text).not.toMatch(/ZodError|safeParse/);
    // 473 KB when it bundled the contract; the channel names are about 1 KB.
    expect(text.length).toBeLessThan(8 * 1024);
  });
});
