import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareHlc, decodeHlc, encodeHlc } from '../../shared/sync/hlc';
import { writesDeletion } from '../../shared/sync/merge';
import { createRow, deleteRow, putRow } from '../db/repository';
import type { FieldsOf, OutboxEntry } from '../db/rows';
import type { CycleReport } from './engine';
import type { SnapshotPolicy } from './maintainFolder';
import {
  createMemoryFolder,
  NO_FAULTS,
  type MemoryFolder,
  type MemoryFolderFaults,
} from '../../test/doubles/renderer/memoryFolder';
import { opFilePath } from '../../shared/sync/opFile';
import { MAX_REASON_CHARS, rowProblem } from '../../shared/sync/rowCheck';
import { utf8 } from './bytes';
import { sealFile } from './fileEnvelope';
import { CURSOR_PREFIX, readExportState } from './syncState';
import {
  fastKeys,
  snapshotNow,
  syncedRows,
  testPc,
  type TestPc,
} from '../../test/doubles/renderer/syncOffices';
import type { WorkspaceKeys } from './workspaceCrypto';

/** Catches a hang, not a slow machine: these runs take ~40 s alone and far longer on a loaded CPU. */
const SIM_TIMEOUT_MS = 600_000;

/**
 * Five PCs in one process, each with its own fake IndexedDB and a clock up to five minutes
 * off, share one in-memory folder that lags, refuses writes, loses replies, reorders and
 * duplicates listings, cuts a PC's new file short while losing the reply, has a folder or
 * another workspace's file sitting at a PC's next number, goes away and comes back empty. Whatever the schedule, once the
 * faults stop and every PC has run a few cycles, all PCs hold the same rows, no write that
 * won is lost anywhere, applying the files again changes nothing, and nothing is left in
 * quarantine but the hostile rows some PCs send (missing fields, oversized text, wrong
 * types, an unknown table): each is refused or held on every PC alike, none is stored. A failure prints fast-check's seed and path: pass them to fc.assert to replay.
 *
 * The PCs also write snapshots and prune the folder, on their own (a few files, a short
 * grace) and when the schedule says so (at once, grace 0, so the files another PC still
 * needs go); at the end a sixth PC joins with an empty database and must start from the
 * newest snapshot plus the op files after it: a snapshot plus later ops equals the full log.
 */

const DEVICES = ['pc-a', 'pc-b', 'pc-c', 'pc-d', 'pc-e'];
const FIVE_MINUTES = 5 * 60_000;
const NUM_RUNS = 100;
/** Snapshots now and then during the cycles, pruned two minutes (of simulated time) later. */
const POLICY: SnapshotPolicy = { everyFiles: 12, everyMs: 10 * 60_000, graceMs: 2 * 60_000 };

type Table = 'units' | 'people';
/** Rows a broken or tampered PC may send: each must be refused (or held) on every PC. */
const HOSTILE = ['missingFields', 'oversized', 'wrongType', 'unknownTable'] as const;
type Hostile = (typeof HOSTILE)[number];
type Step =
  | {
      kind: 'write';
      pc: number;
      table: Table;
      action: 'create' | 'put' | 'delete';
      pick: number;
      fields: Record<string, unknown>;
    }
  | { kind: 'hostile'; pc: number; what: Hostile; pick: number }
  | { kind: 'cycle'; pc: number }
  | { kind: 'snapshot'; pc: number }
  | { kind: 'advance'; ms: number }
  | { kind: 'away' }
  | { kind: 'back'; empty: boolean }
  | { kind: 'faults'; faults: MemoryFolderFaults }
  | { kind: 'squat'; pc: number; what: 'folder' | 'foreign' };

const pc = fc.nat({ max: DEVICES.length - 1 });
const unitFields = fc.record(
  { nama: fc.constantFrom('Hakim', 'Kepaniteraan', 'PTIP', 'Umum'), aktif: fc.boolean() },
  { requiredKeys: [] },
);
const personFields = fc.record(
  {
    nama: fc.constantFrom('Budi', 'Sari', 'Dewi'),
    nip: fc.constantFrom('', '198503122010121003'),
    jabatan: fc.constantFrom('Pranata Komputer', 'Panitera'),
    unitId: fc.constantFrom(null, 'unit-1'),
    roles: fc.subarray(['operator', 'kasubag', 'ketua'] as const),
    aktif: fc.boolean(),
  },
  { requiredKeys: [] },
);
const write = fc.record({
  kind: fc.constant('write' as const),
  pc,
  table: fc.constantFrom<Table>('units', 'people'),
  action: fc.constantFrom('create' as const, 'put' as const, 'put' as const, 'delete' as const),
  pick: fc.nat(),
  fields: fc.oneof(unitFields, personFields),
});
const faults = fc.record({
  listingLag: fc.nat({ max: 3 }),
  busyWrites: fc.constantFrom(0, 0.2, 0.5),
  leftoverTemps: fc.constantFrom(0, 0.5),
  lostAcks: fc.constantFrom(0, 0.2, 0.5),
  reorder: fc.boolean(),
  duplicates: fc.constantFrom(0, 0.3),
  lockTimeouts: fc.constantFrom(0, 0.5),
  truncatedWrites: fc.constantFrom(0, 0, 0.2),
});
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: write },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('cycle' as const), pc }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('snapshot' as const), pc }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('hostile' as const),
      pc,
      what: fc.constantFrom(...HOSTILE),
      pick: fc.nat(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.integer({ min: 0, max: 90_000 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'away' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('back' as const), empty: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('faults' as const), faults }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('squat' as const),
      pc,
      what: fc.constantFrom('folder' as const, 'foreign' as const),
    }),
  },
);
const scenario = fc.record({
  folderSeed: fc.integer(),
  skews: fc.array(fc.integer({ min: -FIVE_MINUTES, max: FIVE_MINUTES }), {
    minLength: DEVICES.length,
    maxLength: DEVICES.length,
  }),
  initialFaults: faults,
  steps: fc.array(step, { minLength: 20, maxLength: 80 }),
});

const FULL_UNIT: FieldsOf<'units'> = { nama: 'Baru', aktif: true };
const FULL_PERSON: FieldsOf<'people'> = {
  nama: 'Baru',
  nip: '',
  jabatan: 'Staf',
  unitId: null,
  roles: [],
  aktif: true,
};

async function runWrite(target: TestPc, s: Extract<Step, { kind: 'write' }>): Promise<void> {
  const ids = (await target.db.table(s.table).toCollection().primaryKeys()).map(String);
  const id = ids[s.pick % Math.max(ids.length, 1)];
  // Fields of the other table are left out: the schedule's values only pick among these.
  const fields = Object.fromEntries(
    Object.entries(s.fields).filter(([f]) => f in (s.table === 'units' ? FULL_UNIT : FULL_PERSON)),
  );
  if (s.action === 'create' || id === undefined) {
    if (s.table === 'units') await createRow(target.ctx, 'units', { ...FULL_UNIT, ...fields });
    else await createRow(target.ctx, 'people', { ...FULL_PERSON, ...fields });
  } else if (s.action === 'delete') {
    await deleteRow(target.ctx, s.table, id);
  } else {
    await putRow(target.ctx, s.table, id, fields);
  }
}

/**
 * Puts a hostile op straight into a PC's outbox, past the write path (as a tampered or
 * broken PC would), so it ships to the others without ever being a row here.
 */
async function runHostile(target: TestPc, s: Extract<Step, { kind: 'hostile' }>): Promise<void> {
  const ids = (await target.db.units.toCollection().primaryKeys()).map(String);
  const existing = ids[s.pick % Math.max(ids.length, 1)] ?? 'unit-x';
  const n = (await target.db.outbox.count()) + s.pick;
  const bad: Record<Hostile, { table: string; key: string; changes: Record<string, unknown> }> = {
    missingFields: { table: 'people', key: `hostile-${n}`, changes: { nama: 'Tanpa jabatan' } },
    oversized: { table: 'units', key: existing, changes: { nama: 'x'.repeat(5000), aktif: true } },
    wrongType: { table: 'units', key: existing, changes: { aktif: 'ya' } },
    unknownTable: { table: 'rahasia', key: `hostile-${n}`, changes: { isi: 1 } },
  };
  // The stamp is unique on this PC; the outbox count is not (sent entries are pruned), and two
  // hostile entries once got one id (seed 1119095832, path 82).
  const hlc = encodeHlc(target.ctx.clock.tick());
  await target.db.table('outbox').add({
    id: `hostile-${hlc}`,
    hlc,
    device: target.device,
    ...bad[s.what],
    deleted: false,
    actor: null,
    at: target.ctx.now().toISOString(),
  });
}

async function round(pcs: TestPc[]): Promise<CycleReport[]> {
  const reports: CycleReport[] = [];
  for (const p of pcs) reports.push(await p.engine.runCycle());
  return reports;
}

/** The winning write of every field (and deletion flag) over every PC's outbox. */
function winners(entries: OutboxEntry[]): Map<string, OutboxEntry> {
  const won = new Map<string, OutboxEntry>();
  const offer = (key: string, entry: OutboxEntry) => {
    const held = won.get(key);
    if (!held || compareHlc(decodeHlc(entry.hlc), decodeHlc(held.hlc)) > 0) won.set(key, entry);
  };
  for (const entry of entries) {
    for (const field of Object.keys(entry.changes))
      offer(`${entry.table}|${entry.key}|${field}`, entry);
    if (writesDeletion(entry)) offer(`${entry.table}|${entry.key}|_deleted`, entry);
  }
  return won;
}

/**
 * A folder, or a file of another workspace, at the PC's next file number (free until now):
 * the PC must write its file there anyway, and the others must take it.
 */
async function squat(
  folder: MemoryFolder,
  target: TestPc,
  what: 'folder' | 'foreign',
): Promise<void> {
  const seq = (await readExportState(target.db)).written + 1;
  const path = opFilePath(target.device, seq);
  if (folder.paths().includes(path)) return;
  if (what === 'folder') return folder.putDirectory(path);
  const content = { format: 'meja-ti/ops@1', device: target.device, seq, ops: [] };
  const createdAt = new Date(0).toISOString();
  folder.putRaw(
    path,
    await sealFile(otherKeys, utf8(JSON.stringify({ ...content, createdAt })), path),
  );
}

let keys: WorkspaceKeys;
let otherKeys: WorkspaceKeys;
beforeAll(async () => {
  keys = await fastKeys();
  otherKeys = await fastKeys('Kata sandi kantor yang lain!');
});

describe('five PCs on one faulty shared folder', () => {
  it(
    'converge, lose no write, re-apply as a no-op and quarantine nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async ({ folderSeed, skews, initialFaults, steps }) => {
          const folder = createMemoryFolder({ seed: folderSeed, faults: initialFaults });
          const pcs = DEVICES.map((device, i) =>
            testPc({ device, folder, keys, skewMs: skews[i], snapshotPolicy: POLICY }),
          );
          let elapsed = 0;
          try {
            for (const s of steps) {
              if (s.kind === 'write') await runWrite(pcs[s.pc] as TestPc, s);
              else if (s.kind === 'hostile') await runHostile(pcs[s.pc] as TestPc, s);
              else if (s.kind === 'cycle') await (pcs[s.pc] as TestPc).engine.runCycle();
              else if (s.kind === 'snapshot')
                await snapshotNow(pcs[s.pc] as TestPc, folder, keys, { graceMs: 0 });
              else if (s.kind === 'advance') {
                for (const p of pcs) p.ctx.advance(s.ms);
                elapsed += s.ms;
              } else if (s.kind === 'away') folder.goAway();
              else if (s.kind === 'back') folder.comeBack({ empty: s.empty });
              else if (s.kind === 'squat') await squat(folder, pcs[s.pc] as TestPc, s.what);
              else folder.setFaults(s.faults);
            }

            // The faults stop and the share is back; enough time passes that no PC's stamps
            // are past another's drift cap any more (those files were only held back).
            folder.setFaults(NO_FAULTS);
            folder.comeBack();
            for (const p of pcs) p.ctx.advance(2 * FIVE_MINUTES + 60_000);
            elapsed += 2 * FIVE_MINUTES + 60_000;
            await round(pcs);
            await round(pcs);

            // One PC writes a snapshot and prunes everything it holds; another PC then writes,
            // so the newcomer needs the snapshot and an op file after it.
            const snapshotter = pcs[Math.abs(folderSeed) % pcs.length] as TestPc;
            await snapshotNow(snapshotter, folder, keys, { graceMs: 0 });
            const writer = pcs[(Math.abs(folderSeed) + 1) % pcs.length] as TestPc;
            await createRow(writer.ctx, 'units', { ...FULL_UNIT, nama: 'Sesudah snapshot' });
            // Clocks up to ten minutes apart: the last write is past no PC's drift cap later.
            for (const p of pcs) p.ctx.advance(2 * FIVE_MINUTES + 60_000);
            elapsed += 2 * FIVE_MINUTES + 60_000;
            const snapshots = await folder.listSnapshots();
            const newcomer = testPc({ device: 'pc-f', folder, keys, skewMs: elapsed });
            pcs.push(newcomer);
            const joined = await round(pcs);
            if (snapshots.reachable && snapshots.files.length) {
              expect(joined.at(-1)?.snapshotsApplied?.length ?? 0).toBeGreaterThan(0);
            }
            await round(pcs);
            const settled = await round(pcs);
            for (const report of settled) {
              expect(report).toMatchObject({
                pendingLocalChanges: 0,
                waiting: [],
                exportError: null,
                folderUnreachable: false,
                snapshotError: null,
                maintenance: { error: null },
              });
            }

            // Every PC holds the same rows in every synced table: the newcomer, built from the
            // newest snapshot plus the op files after it, too.
            const rows = await Promise.all(pcs.map((p) => syncedRows(p.db)));
            for (const other of rows.slice(1)) expect(other).toEqual(rows[0]);
            // Only hostile rows were listed, one by one; no file stopped; no bad row is stored.
            for (const report of settled) {
              for (const q of report.quarantined) {
                expect(q.row, q.reason).toBeDefined();
                expect(q.reason.length).toBeLessThanOrEqual(MAX_REASON_CHARS);
              }
            }
            for (const p of pcs) {
              for (const table of ['units', 'people'] as const) {
                for (const row of await p.db.table(table).toArray()) {
                  if (!row._deleted)
                    expect(rowProblem(table, row), `${p.device} ${row.id}`).toBeNull();
                }
              }
            }

            // Every write that won its field is there, with its stamp, on every PC.
            const outboxes = (await Promise.all(pcs.map((p) => p.db.outbox.toArray())))
              .flat()
              .filter((entry) => !entry.id.startsWith('hostile-'));
            for (const [where, entry] of winners(outboxes)) {
              const field = where.split('|')[2] ?? '';
              for (const p of pcs) {
                const row = await p.db.table(entry.table).get(entry.key);
                expect(row?._clock?.[field], `${p.device} ${where}`).toBe(entry.hlc);
                const value = field === '_deleted' ? entry.deleted : entry.changes[field];
                expect(row?.[field], `${p.device} ${where}`).toEqual(value);
              }
            }

            // A round with nothing new applies nothing; re-reading every file from the
            // start changes no row.
            for (const report of await round(pcs)) expect(report.applied).toEqual([]);
            for (const p of pcs) {
              await p.db.local.where('key').startsWith(CURSOR_PREFIX).delete();
            }
            const again = await round(pcs);
            for (const report of again) {
              expect(report.applied.reduce((n, a) => n + a.changedRows, 0)).toBe(0);
              expect(report.snapshotsApplied?.reduce((n, a) => n + a.changedRows, 0) ?? 0).toBe(0);
            }
            expect(await Promise.all(pcs.map((p) => syncedRows(p.db)))).toEqual(rows);

            // Only clock drift may have held a valid file back; any other file refused was
            // damaged at a PC's own name, and that PC has moved it aside and written its own,
            // or a snapshot holding that number's ops (read from the file before the damage,
            // e.g. before the share came back empty) had it pruned first: the records on the
            // share are a log, and the ops are in the snapshot (the winners above say so).
            const paths = folder.paths();
            const pruned = new Set(folder.deletedFiles());
            for (const record of folder.quarantineRecords()) {
              if (/lebih maju/.test(record.reason)) continue;
              const movedAside = paths.some(
                (p) => p.startsWith(`${record.relPath}.`) && p.endsWith('.damaged'),
              );
              const prunedSince = pruned.has(record.relPath) && !paths.includes(record.relPath);
              expect(movedAside || prunedSince, record.reason).toBe(true);
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
