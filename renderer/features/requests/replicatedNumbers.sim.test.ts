import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { findNumberCollisions } from '../../../shared/requests/numberCollisions';
import type { FolderPort } from '../../sync/folderPort';
import {
  createMemoryFolder,
  MemoryFolderError,
  type MemoryFolder,
} from '../../../test/doubles/renderer/memoryFolder';
import {
  fastKeys,
  syncedRows,
  testPc,
  type TestPc,
} from '../../../test/doubles/renderer/syncOffices';
import type { WorkspaceKeys } from '../../sync/workspaceCrypto';
import { saveSiteCode } from './numberingSite';
import { afterSyncCycle } from './registerNumbers';
import { readRequestSettings, saveRequestSettings, type ModePenomoran } from './requestSettings';
import { registerRequest } from './requestStore';
import { testReception } from '../../../test/doubles/renderer/testReception';

/** Catches a hang, not a slow machine: these runs take ~40 s alone and far longer on a loaded CPU. */
const SIM_TIMEOUT_MS = 600_000;

/**
 * Two sites, each with its own share, kept in step by a file synchroniser (Syncthing) that
 * copies files now one way, now the other, or not at all while it is stopped. A claim on the
 * share is exclusive only within one site. In the replicated mode each site numbers its own
 * series (its code in the number), so no two requests ever print the same final number; in
 * the shared mode two sites registering at the same moment print the same one.
 */

const SITES = [
  { code: 'A', devices: ['pc-a1', 'pc-a2'] },
  { code: 'B', devices: ['pc-b1'] },
];
const NUM_RUNS = 30;

interface Site {
  folder: MemoryFolder;
  pcs: TestPc[];
}

/** Copies what `from` holds and `to` lacks: op files, snapshots and claim folders. */
async function replicate(from: MemoryFolder, to: MemoryFolder): Promise<void> {
  const present = new Set(to.paths());
  for (const path of from.paths()) {
    const bytes = from.getRaw(path);
    if (!present.has(path) && bytes) to.putRaw(path, bytes);
  }
  const claimed = new Set(to.claims());
  for (const dir of from.claims()) if (!claimed.has(dir)) await to.claim(dir);
}

/** A PC's view of its site's share: the share, or nothing while `offline()` says so. */
function pcPort(folder: MemoryFolder, offline: () => boolean): FolderPort {
  const online = async () => {
    if (offline()) throw new MemoryFolderError('unreachable', 'Folder bersama tidak terjangkau.');
  };
  return {
    listOpFiles: async () => (offline() ? { reachable: false } : folder.listOpFiles()),
    listSnapshots: async () => (offline() ? { reachable: false } : folder.listSnapshots()),
    readOpFile: (relPath, maxBytes) => online().then(() => folder.readOpFile(relPath, maxBytes)),
    writeImmutable: (relPath, bytes) => online().then(() => folder.writeImmutable(relPath, bytes)),
    replaceDamaged: (relPath, bytes, found) =>
      online().then(() => folder.replaceDamaged(relPath, bytes, found)),
    quarantine: (relPath, reason) => online().then(() => folder.quarantine(relPath, reason)),
    claim: (relDir) => online().then(() => folder.claim(relDir)),
    withLock: (name, fn) => online().then(() => folder.withLock(name, fn)),
    deleteFile: (relPath) => online().then(() => folder.deleteFile(relPath)),
  };
}

let keys: WorkspaceKeys;
beforeAll(async () => {
  keys = await fastKeys();
});

async function setUpSites(mode: ModePenomoran): Promise<Site[]> {
  const sites = SITES.map((spec, i) => {
    const folder = createMemoryFolder({ seed: 11 + i });
    return { folder, pcs: spec.devices.map((device) => testPc({ device, folder, keys })) };
  });
  for (const [i, site] of sites.entries()) {
    for (const p of site.pcs) {
      await saveRequestSettings(p.ctx, { modePenomoran: mode });
      await saveSiteCode(p.db, SITES[i]?.code ?? '');
    }
  }
  return sites;
}

const closeAll = (sites: Site[]) => sites.forEach((s) => s.pcs.forEach((p) => p.db.close()));

describe('two sites replicated by a file synchroniser', () => {
  it('in the shared mode, print the same final number when both register at once', async () => {
    const sites = await setUpSites('bersama');
    try {
      const [a, b] = sites.map((s) => s.pcs[0] as TestPc);
      const [fa, fb] = sites.map((s) => s.folder);
      if (!a || !b || !fa || !fb) throw new Error('two sites');
      const at = new Date(2026, 10, 20, 9, 0);
      const onA = await registerRequest(
        a.ctx,
        testReception(at),
        await readRequestSettings(a.db),
        fa,
      );
      const onB = await registerRequest(
        b.ctx,
        testReception(at),
        await readRequestSettings(b.db),
        fb,
      );
      // Each claim was exclusive on its own share only.
      expect([onA.sementara, onB.sementara]).toEqual([false, false]);
      expect(onA.nomor).toBe(onB.nomor);
      await a.engine.runCycle();
      await replicate(fa, fb);
      await b.engine.runCycle();
      expect(findNumberCollisions(await b.db.requests.toArray())).toHaveLength(1);
    } finally {
      closeAll(sites);
    }
  });

  type Step =
    | { kind: 'register'; site: number; pc: number; minutesAgo: number }
    | { kind: 'cycle'; site: number; pc: number }
    | { kind: 'replicate'; from: number }
    | { kind: 'toggle'; site: number; pc: number };
  const where = { site: fc.nat({ max: 1 }), pc: fc.nat({ max: 1 }) };
  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('register' as const),
        ...where,
        minutesAgo: fc.nat({ max: 300 }),
      }),
    },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('cycle' as const), ...where }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('replicate' as const), from: fc.nat({ max: 1 }) }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('toggle' as const), ...where }) },
  );

  it(
    'in the replicated mode, never print the same final number',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 8, maxLength: 30 }), async (steps) => {
          const sites = await setUpSites('replikasi');
          const offline = new Map<TestPc, boolean>();
          const pick = (s: { site: number; pc: number }) => {
            const site = sites[s.site] as Site;
            const p = site.pcs[s.pc % site.pcs.length] as TestPc;
            return { p, port: pcPort(site.folder, () => offline.get(p) === true) };
          };
          const cycle = async (s: { site: number; pc: number }) => {
            const { p, port } = pick(s);
            await p.engine.runCycle();
            await afterSyncCycle(p.ctx, port);
          };
          const everyPc = sites.flatMap((site, i) => site.pcs.map((_, pc) => ({ site: i, pc })));
          const printedFinal = new Map<string, string>();
          try {
            for (const s of steps) {
              if (s.kind === 'register') {
                const { p, port } = pick(s);
                const received = new Date(p.ctx.now().getTime() - s.minutesAgo * 60_000);
                const settings = await readRequestSettings(p.db);
                const done = await registerRequest(p.ctx, testReception(received), settings, port);
                if (!done.sementara) printedFinal.set(done.id, done.nomor);
              } else if (s.kind === 'cycle') {
                await cycle(s);
              } else if (s.kind === 'replicate') {
                const [from, to] = s.from === 0 ? [0, 1] : [1, 0];
                await replicate((sites[from] as Site).folder, (sites[to] as Site).folder);
              } else {
                const { p } = pick(s);
                offline.set(p, !offline.get(p));
              }
            }

            // Every PC back on its share, the synchroniser running, a few cycles everywhere.
            offline.clear();
            for (let round = 0; round < 3; round++) {
              for (const w of everyPc) await cycle(w);
              await replicate((sites[0] as Site).folder, (sites[1] as Site).folder);
              await replicate((sites[1] as Site).folder, (sites[0] as Site).folder);
            }
            for (const w of everyPc) await pick(w).p.engine.runCycle();

            const pcs = sites.flatMap((s) => s.pcs);
            const rows = await Promise.all(pcs.map((p) => syncedRows(p.db)));
            for (const other of rows.slice(1)) expect(other).toEqual(rows[0]);
            const registered = steps.filter((s) => s.kind === 'register').length;
            for (const p of pcs) {
              const requests = await p.db.requests.toArray();
              expect(requests).toHaveLength(registered);
              const printed = requests.map((r) => r.nomor);
              expect(new Set(printed).size, printed.join(' ')).toBe(printed.length);
              expect(findNumberCollisions(requests)).toEqual([]);
              for (const r of requests) {
                expect(r.nomorSementara ?? false).toBe(false);
                const final = printedFinal.get(r.id);
                if (final !== undefined) expect(r.nomor, 'a final number changed').toBe(final);
              }
            }
          } finally {
            closeAll(sites);
          }
        }),
        { numRuns: NUM_RUNS, endOnFailure: true },
      );
    },
    SIM_TIMEOUT_MS,
  );
});
