import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { findNumberCollisions } from '../../../shared/requests/numberCollisions';
import { formatRegisterNumber } from '../../../shared/requests/numbering';
import { claimDir } from '../../../shared/sync/folderPaths';
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
import { afterSyncCycle } from './registerNumbers';
import { readRequestSettings, saveRequestSettings, type NomorLuring } from './requestSettings';
import { registerRequest } from './requestStore';
import { testReception } from '../../../test/doubles/renderer/testReception';

/** Catches a hang, not a slow machine: these runs take ~40 s alone and far longer on a loaded CPU. */
const SIM_TIMEOUT_MS = 600_000;

/**
 * Three PCs of one workspace register requests with their share now reachable, now not
 * (each PC on its own: a cable out, a PC taken to the courtroom), and sync whenever they
 * like. Once every PC is back and has run a few cycles: all PCs hold the same requests, no
 * two requests share a register number, no draft number is left, every number is claimed
 * on the share, and no number that was printed as final ever changed.
 */

const DEVICES = ['pc-a', 'pc-b', 'pc-c'];
const NUM_RUNS = 40;

type Step =
  | { kind: 'register'; pc: number; minutesAgo: number; lastYear: boolean }
  | { kind: 'cycle'; pc: number }
  | { kind: 'toggle'; pc: number }
  | { kind: 'advance'; ms: number };

const pc = fc.nat({ max: DEVICES.length - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('register' as const),
      pc,
      minutesAgo: fc.nat({ max: 600 }),
      lastYear: fc.nat({ max: 9 }).map((n) => n < 2),
    }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('cycle' as const), pc }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('toggle' as const), pc }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.integer({ min: 0, max: 3_600_000 }),
    }),
  },
);
const scenario = fc.record({
  mode: fc.constantFrom<NomorLuring>('sewa', 'sementara'),
  sewaBlok: fc.integer({ min: 1, max: 4 }),
  offline: fc.array(fc.boolean(), { minLength: DEVICES.length, maxLength: DEVICES.length }),
  steps: fc.array(step, { minLength: 10, maxLength: 40 }),
});

/** One PC's view of the share: the shared folder, or nothing while `offline()` says so. */
function pcFolder(folder: MemoryFolder, offline: () => boolean): FolderPort {
  const away = () => new MemoryFolderError('unreachable', 'Folder bersama tidak dapat dijangkau.');
  const online = async () => {
    if (offline()) throw away();
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

const reception = (at: Date) => testReception(at, 'sedang');

let keys: WorkspaceKeys;
beforeAll(async () => {
  keys = await fastKeys();
});

describe('three PCs numbering requests on one shared folder', () => {
  it(
    'register numbers stay unique',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async ({ mode, sewaBlok, offline, steps }) => {
          const folder = createMemoryFolder({ seed: 7 });
          const isOffline = [...offline];
          const pcs = DEVICES.map((device) => testPc({ device, folder, keys }));
          const ports = pcs.map((_, i) => pcFolder(folder, () => isOffline[i] === true));
          const at = (i: number) => ({ p: pcs[i] as TestPc, port: ports[i] as FolderPort });
          const cycle = async (i: number) => {
            const { p, port } = at(i);
            await p.engine.runCycle();
            await afterSyncCycle(p.ctx, port);
          };
          /** What each registration printed as final: it must never change. */
          const printedFinal = new Map<string, string>();
          try {
            await saveRequestSettings(at(0).p.ctx, { nomorLuring: mode, sewaBlok });
            for (const i of pcs.keys()) await cycle(i);

            for (const s of steps) {
              if (s.kind === 'register') {
                const { p, port } = at(s.pc);
                const now = p.ctx.now();
                const received = s.lastYear
                  ? new Date(now.getFullYear() - 1, 11, 30, 9, s.minutesAgo % 60)
                  : new Date(now.getTime() - s.minutesAgo * 60_000);
                const settings = await readRequestSettings(p.db);
                const done = await registerRequest(p.ctx, reception(received), settings, port);
                if (!done.sementara) printedFinal.set(done.id, done.nomor);
              } else if (s.kind === 'cycle') {
                await cycle(s.pc);
              } else if (s.kind === 'toggle') {
                isOffline[s.pc] = !isOffline[s.pc];
              } else {
                for (const p of pcs) p.ctx.advance(s.ms);
              }
            }

            // Every PC is back on the share and syncs a few times.
            isOffline.fill(false);
            for (let round = 0; round < 3; round++) for (const i of pcs.keys()) await cycle(i);
            for (let round = 0; round < 2; round++) for (const p of pcs) await p.engine.runCycle();

            const rows = await Promise.all(pcs.map((p) => syncedRows(p.db)));
            for (const other of rows.slice(1)) expect(other).toEqual(rows[0]);

            const settings = await readRequestSettings(at(0).p.db);
            const claims = new Set(folder.claims());
            for (const p of pcs) {
              const requests = await p.db.requests.toArray();
              expect(requests).toHaveLength(steps.filter((s) => s.kind === 'register').length);
              const numbers = requests.map((r) => `${r.tahun}/${r.urut}`);
              expect(new Set(numbers).size, p.device).toBe(numbers.length);
              expect(findNumberCollisions(requests)).toEqual([]);
              for (const r of requests) {
                expect(r.nomorSementara ?? false, `${p.device} ${r.id}`).toBe(false);
                expect(claims.has(claimDir(r.tahun, r.urut)), `${r.tahun}/${r.urut}`).toBe(true);
                expect(r.nomor).toBe(
                  formatRegisterNumber(settings.numberFormat, r.urut, new Date(r.diterimaPada)),
                );
                const printed = printedFinal.get(r.id);
                if (printed !== undefined) expect(r.nomor, 'a final number changed').toBe(printed);
              }
            }
          } finally {
            for (const p of pcs) p.db.close();
          }
        }),
        { numRuns: NUM_RUNS, endOnFailure: true },
      );
    },
    SIM_TIMEOUT_MS,
  );
});
