import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OP_FILE_FORMAT } from '../../shared/sync/opFile';
import type { MejaDatabase } from '../db/database';
import { deleteRow, putRow } from '../db/repository';
import { testDatabase, testWriteContext } from '../../test/doubles/renderer/testDatabase';
import { applyOpFile } from './applyOpFile';
import { createMemoryFolder } from '../../test/doubles/renderer/memoryFolder';
import { syncedOpFileSchema, toOp } from './opFileCodec';
import { applySnapshot } from './snapshotApply';
import { decodeSnapshot, encodeSnapshot } from './snapshotCodec';
import { fastKeys, START, syncedRows } from '../../test/doubles/renderer/syncOffices';
import type { WorkspaceKeys } from './workspaceCrypto';

let keys: WorkspaceKeys;
beforeAll(async () => {
  keys = await fastKeys();
});

const open: MejaDatabase[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});
function db(name: string): MejaDatabase {
  const made = testDatabase(name);
  open.push(made);
  return made;
}

type Step =
  { kind: 'put'; id: string; nama?: string; aktif?: boolean } | { kind: 'delete'; id: string };

const ids = fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5');
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record(
    {
      kind: fc.constant('put' as const),
      id: ids,
      nama: fc.constantFrom('Hakim', 'Kepaniteraan', 'Umum'),
      aktif: fc.boolean(),
    },
    { requiredKeys: ['kind', 'id'] },
  ),
  fc.record({ kind: fc.constant('delete' as const), id: ids }),
);

/** Runs the steps on a PC, advancing its clock `gapMs` before each; returns the PC. */
async function writeSteps(
  target: MejaDatabase,
  device: string,
  steps: readonly Step[],
  options: { start: number; gapMs: number },
) {
  const ctx = testWriteContext(target, { device, start: options.start, actor: `${device}-op` });
  for (const step of steps) {
    ctx.advance(options.gapMs);
    if (step.kind === 'delete') await deleteRow(ctx, 'units', step.id);
    else {
      const fields = { nama: step.nama, aktif: step.aktif };
      // A PC creates a unit with every field, as its form does; later edits may be partial.
      const complete = (await target.units.get(step.id)) !== undefined;
      await putRow(
        ctx,
        'units',
        step.id,
        complete ? fields : { nama: step.nama ?? 'Baru', aktif: step.aktif ?? true },
      );
    }
  }
  return ctx;
}

describe('applying a snapshot in bulk', () => {
  it('leaves exactly the rows that applying its ops one by one leaves, local edits included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 1, maxLength: 20 }),
        fc.array(stepArb, { maxLength: 8 }),
        fc.integer({ min: -30_000, max: 30_000 }),
        async (remote, local, localSkew) => {
          // The PC the snapshot and the op file come from.
          const source = db('source');
          await writeSteps(source, 'pc-a', remote, { start: START, gapMs: 1000 });
          const entries = await source.outbox.orderBy('hlc').toArray();
          const rows = await source.units.orderBy('id').toArray();
          const audit = await source.auditLog.orderBy('id').toArray();

          // Two identical joining PCs with edits of their own, older or newer than pc-a's.
          const byOps = db('by-ops');
          const bySnapshot = db('by-snapshot');
          const start = START + localSkew;
          const opsCtx = await writeSteps(byOps, 'pc-b', local, { start, gapMs: 1000 });
          const snapCtx = await writeSteps(bySnapshot, 'pc-b', local, { start, gapMs: 1000 });

          const file = syncedOpFileSchema.parse({
            format: OP_FILE_FORMAT,
            device: 'pc-a',
            seq: 1,
            createdAt: new Date(START).toISOString(),
            ops: entries.map(toOp),
          });
          expect(await applyOpFile(byOps, opsCtx.clock, file, opsCtx.now)).not.toBeNull();
          // Through the file as the other PCs write and read it.
          const folder = createMemoryFolder({ seed: 1 });
          const relPath = 'snapshots/x.json';
          const sealed = await encodeSnapshot(keys, relPath, {
            createdAt: new Date(START).toISOString(),
            createdBy: 'pc-a',
            covers: { 'pc-a': 1 },
            rows: { units: rows, auditLog: audit },
          });
          folder.putRaw(relPath, sealed);
          const read = await decodeSnapshot(folder, keys, { relPath, device: 'pc-a' });
          if (read.kind !== 'ok') throw new Error(JSON.stringify(read));
          const snapshot = read.snapshot;
          const deps = {
            db: bySnapshot,
            device: 'pc-b',
            clock: snapCtx.clock,
            keys,
            folder,
            now: snapCtx.now,
          };
          expect(typeof (await applySnapshot(deps, relPath, snapshot))).toBe('number');

          expect(await syncedRows(bySnapshot)).toEqual(await syncedRows(byOps));
          expect(await bySnapshot.local.get('sync:cursor:pc-a')).toEqual(
            await byOps.local.get('sync:cursor:pc-a'),
          );
          for (const made of [source, byOps, bySnapshot]) made.close();
          open.splice(0);
        },
      ),
      { numRuns: 30 },
    );
  });
});
