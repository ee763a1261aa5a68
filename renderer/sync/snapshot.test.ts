import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshotPath } from '../../shared/sync/folderPaths';
import { opFilePath, parseOpFilePath } from '../../shared/sync/opFile';
import { createRow, putRow } from '../db/repository';
import { prunable } from './maintainFolder';
import { createMemoryFolder, type MemoryFolder } from '../../test/doubles/renderer/memoryFolder';
import type { UsableSnapshot } from './snapshotState';
import { utf8 } from './bytes';
import { sealFile } from './fileEnvelope';
import { gzipLines } from './gzip';
import { decodeSnapshot } from './snapshotCodec';
import { EXPORT_KEY } from './syncState';
import {
  fastKeys,
  snapshotNow,
  syncedRows,
  testPc,
  type TestPc,
} from '../../test/doubles/renderer/syncOffices';
import type { WorkspaceKeys } from './workspaceCrypto';

let keys: WorkspaceKeys;
let pcs: TestPc[] = [];

beforeAll(async () => {
  keys = await fastKeys();
});

afterEach(() => {
  for (const pc of pcs) pc.db.close();
  pcs = [];
});

const DAY = 24 * 60 * 60_000;

function pc(device: string, folder: MemoryFolder, skewMs = 0): TestPc {
  const made = testPc({ device, folder, keys, skewMs });
  pcs.push(made);
  return made;
}

const unit = (nama: string) => ({ nama, aktif: true });
const opPaths = (folder: MemoryFolder) => folder.paths().filter((p) => parseOpFilePath(p));
const snapshotPaths = (folder: MemoryFolder) =>
  folder.paths().filter((p) => parseSnapshotPath(p) !== null);

/** Two PCs that have written and exchanged a few changes. */
async function office(folder: MemoryFolder): Promise<[TestPc, TestPc]> {
  const a = pc('pc-a', folder);
  const b = pc('pc-b', folder);
  const id = await createRow(a.ctx, 'units', unit('Kepaniteraan'));
  await a.engine.runCycle();
  await createRow(b.ctx, 'units', unit('Hakim'));
  await putRow(b.ctx, 'units', id, { nama: 'Kepaniteraan Muda' });
  await b.engine.runCycle();
  await a.engine.runCycle();
  await createRow(a.ctx, 'people', {
    nama: 'Sari',
    nip: '',
    jabatan: 'Pranata Komputer',
    unitId: id,
    roles: ['operator'],
    aktif: true,
  });
  await a.engine.runCycle();
  await b.engine.runCycle();
  return [a, b];
}

/** The snapshot `pc` writes now, read back: its path, head and rows. */
async function writtenSnapshot(pc: TestPc, folder: MemoryFolder) {
  const { snapshotWritten: relPath } = await snapshotNow(pc, folder, keys);
  if (!relPath) throw new Error('no snapshot');
  const read = await decodeSnapshot(folder, keys, { relPath, device: pc.device });
  if (read.kind !== 'ok') throw new Error(JSON.stringify(read));
  const { createdAt, createdBy, covers } = read.snapshot;
  const rows: Record<string, unknown[]> = {};
  for await (const part of read.snapshot.parts()) {
    rows[part.table] = [...(rows[part.table] ?? []), ...part.rows];
  }
  return { relPath, about: { createdAt, createdBy, covers }, rows };
}

describe('a new PC joining', () => {
  it('starts from the newest snapshot plus the later op files and ends with the same rows', async () => {
    const folder = createMemoryFolder({ seed: 2 });
    const [a, b] = await office(folder);
    const report = await snapshotNow(a, folder, keys);
    expect(report.snapshotWritten).not.toBeNull();
    expect(report.prunedOpFiles).toBe(0); // the grace period has not passed
    // Later ops: in no snapshot.
    const later = await createRow(b.ctx, 'units', unit('Umum'));
    await b.engine.runCycle();
    await a.engine.runCycle();

    const c = pc('pc-c', folder);
    const joined = await c.engine.runCycle();
    expect(joined.snapshotsApplied).toEqual([
      { relPath: report.snapshotWritten, changedRows: expect.any(Number) },
    ]);
    // Only the files after the snapshot were read one by one, though the old ones remain.
    expect(joined.applied).toEqual([{ device: 'pc-b', files: 1, ops: 2, changedRows: 2 }]);
    expect(joined.waiting).toEqual([]);
    expect(await c.db.units.get(later)).toMatchObject({ nama: 'Umum' });
    expect(await syncedRows(c.db)).toEqual(await syncedRows(a.db));
    expect(await syncedRows(c.db)).toEqual(await syncedRows(b.db));
    expect(await c.db.outbox.count()).toBe(0);

    // Applying it again changes nothing, and the next cycle has nothing to do.
    const again = await c.engine.runCycle();
    expect(again.snapshotsApplied).toEqual([]);
    expect(again.applied).toEqual([]);
  });

  it('tells how far the snapshot has come', async () => {
    const folder = createMemoryFolder({ seed: 3 });
    const [a] = await office(folder);
    await snapshotNow(a, folder, keys);
    const c = testPc({ device: 'pc-c', folder, keys });
    pcs.push(c);
    const seen: { phase: string; done: number; total: number }[] = [];
    const { createSyncEngine } = await import('./engine');
    const engine = createSyncEngine({
      db: c.db,
      device: c.device,
      clock: c.ctx.clock,
      keys,
      folder,
      now: c.ctx.now,
      onProgress: (p) => seen.push(p),
    });
    await engine.runCycle();
    const rows = Object.values(await syncedRows(a.db)).flat().length;
    const snapshotPhase = seen.filter((p) => p.phase === 'snapshot');
    expect(snapshotPhase[0]).toEqual({ phase: 'snapshot', done: 0, total: rows });
    expect(snapshotPhase.at(-1)).toEqual({ phase: 'snapshot', done: rows, total: rows });
  });

  it('refuses and quarantines a snapshot that is not authentic, and joins from op files', async () => {
    const folder = createMemoryFolder({ seed: 4 });
    const [a] = await office(folder);
    const { snapshotWritten } = await snapshotNow(a, folder, keys);
    if (!snapshotWritten) throw new Error('no snapshot');
    const bytes = folder.getRaw(snapshotWritten);
    if (!bytes) throw new Error('not stored');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    folder.putRaw(snapshotWritten, bytes);

    const c = pc('pc-c', folder);
    const report = await c.engine.runCycle();
    expect(report.snapshotsApplied).toEqual([]);
    expect(report.quarantined).toEqual([
      expect.objectContaining({ relPath: snapshotWritten, device: 'pc-a', seq: 0 }),
    ]);
    expect(folder.quarantineRecords().map((r) => r.relPath)).toContain(snapshotWritten);
    expect(await syncedRows(c.db)).toEqual(await syncedRows(a.db));

    // Once it is gone from the folder, it leaves the list.
    await folder.withLock('snapshot', () => folder.deleteFile(snapshotWritten));
    expect((await c.engine.runCycle()).quarantined).toEqual([]);
  });

  it('joins from a legacy snapshot an older Meja TI wrote (one JSON document)', async () => {
    const folder = createMemoryFolder({ seed: 6 });
    const [a] = await office(folder);
    const { relPath, about, rows } = await writtenSnapshot(a, folder);
    const legacy = { format: 'meja-ti/snapshot@1', ...about, rows };
    folder.putRaw(relPath, await sealFile(keys, utf8(JSON.stringify(legacy)), relPath));

    const c = pc('pc-c', folder);
    const report = await c.engine.runCycle();
    expect(report.snapshotsApplied).toEqual([{ relPath, changedRows: expect.any(Number) }]);
    expect(report.applied).toEqual([]);
    expect(await syncedRows(c.db)).toEqual(await syncedRows(a.db));
  });

  it('refuses and quarantines a snapshot whose rows turn out incomplete, and joins from op files', async () => {
    const folder = createMemoryFolder({ seed: 7 });
    const [a] = await office(folder);
    const { relPath, about, rows } = await writtenSnapshot(a, folder);
    const counts = Object.fromEntries(Object.entries(rows).map(([t, r]) => [t, r.length]));
    const lines = [
      JSON.stringify({ format: 'meja-ti/snapshot@2', ...about, counts: { ...counts, units: 9 } }),
      ...Object.entries(rows).map(([table, list]) => JSON.stringify({ table, rows: list })),
    ];
    folder.putRaw(relPath, await sealFile(keys, await gzipLines(lines), relPath));

    const c = pc('pc-c', folder);
    const report = await c.engine.runCycle();
    expect(report.snapshotsApplied).toEqual([]);
    expect(report.snapshotError).toBe(
      `Snapshot ${relPath} tidak utuh: tabel units memuat ${counts.units ?? 0} baris, padahal kepalanya menyebut 9.`,
    );
    expect(report.quarantined).toEqual([
      expect.objectContaining({ relPath, device: 'pc-a', reason: report.snapshotError }),
    ]);
    expect(folder.quarantineRecords().map((r) => r.relPath)).toContain(relPath);
    expect(report.waiting).toEqual([]);
    expect(await syncedRows(c.db)).toEqual(await syncedRows(a.db));
    // It is not tried again.
    const next = await c.engine.runCycle();
    expect([next.snapshotError, next.snapshotsApplied]).toEqual([null, []]);
  });
});

describe('pruning', () => {
  it('deletes only after the grace period, only under the lock, and a PC behind catches up', async () => {
    const folder = createMemoryFolder({ seed: 5 });
    const [a, b] = await office(folder);
    const behind = pc('pc-c', folder);
    await behind.engine.runCycle(); // has everything so far
    await createRow(b.ctx, 'units', unit('Umum'));
    await b.engine.runCycle();
    await a.engine.runCycle();
    const before = opPaths(folder);

    const written = await snapshotNow(a, folder, keys);
    expect(written).toMatchObject({ prunedOpFiles: 0, prunedSnapshots: 0 });
    expect(opPaths(folder)).toEqual(before);

    for (const p of pcs) p.ctx.advance(7 * DAY - 60_000);
    expect((await a.engine.runCycle()).maintenance).toMatchObject({ prunedOpFiles: 0 });

    const deletes: boolean[] = [];
    const deleteFile = folder.deleteFile.bind(folder);
    folder.deleteFile = async (relPath) => {
      deletes.push(folder.locked('snapshot'));
      await deleteFile(relPath);
    };
    for (const p of pcs) p.ctx.advance(60_000);
    const pruned = await a.engine.runCycle();
    expect(pruned.maintenance).toMatchObject({ prunedOpFiles: before.length, error: null });
    expect(deletes.length).toBe(before.length);
    expect(deletes.every(Boolean)).toBe(true);
    expect(opPaths(folder)).toEqual([]);
    expect(snapshotPaths(folder)).toEqual([written.snapshotWritten]);

    // pc-c had not seen b's last file: it is gone, so pc-c takes it from the snapshot.
    const caughtUp = await behind.engine.runCycle();
    expect(caughtUp.snapshotsApplied).toHaveLength(1);
    expect(caughtUp.waiting).toEqual([]);
    expect(await syncedRows(behind.db)).toEqual(await syncedRows(a.db));

    // a's and b's pruned files are not written again.
    expect((await a.engine.runCycle()).restoredFiles).toBe(0);
    expect((await b.engine.runCycle()).restoredFiles).toBe(0);
    expect(opPaths(folder)).toEqual([]);

    // A PC joining now starts from the snapshot alone.
    const d = pc('pc-d', folder);
    expect((await d.engine.runCycle()).snapshotsApplied).toHaveLength(1);
    expect(await syncedRows(d.db)).toEqual(await syncedRows(a.db));
  });

  it('skips when another PC keeps the lock, and tries again later', async () => {
    const folder = createMemoryFolder({ seed: 6 });
    const [a] = await office(folder);
    const release = folder.holdLock('snapshot');
    expect(await snapshotNow(a, folder, keys)).toMatchObject({
      lockTimedOut: true,
      snapshotWritten: null,
      error: null,
    });
    expect(snapshotPaths(folder)).toEqual([]);
    release();
    expect((await snapshotNow(a, folder, keys)).snapshotWritten).not.toBeNull();
  });

  it('writes a snapshot in a cycle once enough op files are in none, and one PC at a time', async () => {
    const folder = createMemoryFolder({ seed: 7 });
    const policy = { everyFiles: 3, graceMs: 0 };
    const a = testPc({ device: 'pc-a', folder, keys, snapshotPolicy: policy });
    const b = testPc({ device: 'pc-b', folder, keys, snapshotPolicy: policy });
    pcs.push(a, b);
    await createRow(a.ctx, 'units', unit('Satu'));
    expect((await a.engine.runCycle()).maintenance?.snapshotWritten).toBeNull();
    await createRow(b.ctx, 'units', unit('Dua'));
    await b.engine.runCycle();
    await createRow(a.ctx, 'units', unit('Tiga'));
    // Written in this cycle, counted by the next.
    expect((await a.engine.runCycle()).maintenance?.snapshotWritten).toBeNull();
    const both = await Promise.all([a.engine.runCycle(), b.engine.runCycle()]);
    expect(both.filter((r) => r.maintenance?.snapshotWritten).length).toBe(1);
    expect(snapshotPaths(folder)).toHaveLength(1);
    await a.engine.runCycle();
    await b.engine.runCycle();
    expect(await syncedRows(a.db)).toEqual(await syncedRows(b.db));
  });

  it('restores every own file when the folder comes back empty after pruning', async () => {
    const folder = createMemoryFolder({ seed: 8 });
    const [a, b] = await office(folder);
    await snapshotNow(a, folder, keys, { graceMs: 0 });
    expect(opPaths(folder)).toEqual([]);

    folder.goAway();
    folder.comeBack({ empty: true });
    const restoredA = await a.engine.runCycle();
    const restoredB = await b.engine.runCycle();
    expect(restoredA.restoredFiles).toBe(2);
    expect(restoredB.restoredFiles).toBe(1);
    expect(opPaths(folder).sort()).toEqual(
      [opFilePath('pc-a', 1), opFilePath('pc-a', 2), opFilePath('pc-b', 1)].sort(),
    );
    const c = pc('pc-c', folder);
    const joined = await c.engine.runCycle();
    expect(joined.snapshotsApplied).toEqual([]);
    expect(await syncedRows(c.db)).toEqual(await syncedRows(a.db));
  });

  it('keeps a PC’s changes not yet exported when it applies a snapshot', async () => {
    const folder = createMemoryFolder({ seed: 9 });
    const [a, b] = await office(folder);
    const id = await createRow(a.ctx, 'units', unit('Umum'));
    await a.engine.runCycle();
    await b.engine.runCycle();
    // b renames the unit but is cut off before it exports; a renames it earlier, elsewhere.
    await putRow(a.ctx, 'units', id, { nama: 'Umum dan Keuangan' });
    await a.engine.runCycle();
    for (const p of pcs) p.ctx.advance(1000);
    await putRow(b.ctx, 'units', id, { aktif: false });
    await snapshotNow(a, folder, keys, { graceMs: 0 });
    const report = await b.engine.runCycle();
    expect(report.snapshotsApplied).toHaveLength(1);
    expect(await b.db.units.get(id)).toMatchObject({ nama: 'Umum dan Keuangan', aktif: false });
    await a.engine.runCycle();
    expect(await syncedRows(a.db)).toEqual(await syncedRows(b.db));
  });
});

describe('a PC whose database was restored from an older backup', () => {
  it('never plans a number a snapshot holds: the other PCs are past it', async () => {
    const folder = createMemoryFolder({ seed: 10 });
    const [a, b] = await office(folder);
    await snapshotNow(a, folder, keys, { graceMs: 0 });
    expect(opPaths(folder)).toEqual([]);
    // a's database goes back to just after its first file (the export state of then).
    const state = (await a.db.local.get(EXPORT_KEY))?.value;
    if (!isExportState(state)) throw new Error('no export state');
    await a.db.local.put({
      key: EXPORT_KEY,
      value: { files: state.files.slice(0, 1), written: 1 },
    });
    const id = await createRow(a.ctx, 'units', unit('Sesudah pemulihan'));

    const report = await a.engine.runCycle();
    expect(report).toMatchObject({ exportError: null, restoredFiles: 0 });
    expect(opPaths(folder)).toEqual([opFilePath('pc-a', 3)]);
    await b.engine.runCycle();
    expect(await b.db.units.get(id)).toMatchObject({ nama: 'Sesudah pemulihan' });
  });
});

function isExportState(value: unknown): value is { files: (string | null)[]; written: number } {
  return typeof value === 'object' && value !== null && 'files' in value && 'written' in value;
}

describe('prunable', () => {
  const snapshot = (hlc: string, covers: Record<string, number>, seen: number): UsableSnapshot => ({
    relPath: `snapshots/${hlc}.json`,
    hlc,
    device: 'pc-a',
    covers,
    createdAt: new Date(seen).toISOString(),
    firstSeenAt: new Date(seen).toISOString(),
  });
  const file = (device: string, seq: number) => ({
    device,
    seq,
    relPath: opFilePath(device, seq),
    size: 1,
  });

  it('keeps an older snapshot a newer one does not hold in full', () => {
    const older = snapshot('000000000000001-0000-pc-a', { 'pc-a': 5 }, 0);
    const newer = snapshot('000000000000002-0000-pc-a', { 'pc-a': 3, 'pc-b': 2 }, 0);
    const files = [file('pc-a', 4), file('pc-a', 6), file('pc-b', 2), file('pc-b', 3)];
    expect(prunable(files, [older, newer], 10, 5).sort()).toEqual(
      [opFilePath('pc-a', 4), opFilePath('pc-b', 2)].sort(),
    );
    const newest = snapshot('000000000000003-0000-pc-a', { 'pc-a': 6, 'pc-b': 2 }, 0);
    expect(prunable(files, [older, newer, newest], 10, 5)).toContain(older.relPath);
    expect(prunable(files, [older, newer, newest], 10, 5)).toContain(newer.relPath);
    expect(prunable(files, [older, newer, newest], 10, 5)).not.toContain(newest.relPath);
  });

  it('counts the grace from the later of the writer’s time and this PC’s first sight', () => {
    const s = {
      ...snapshot('000000000000001-0000-pc-a', { 'pc-a': 5 }, 0),
      firstSeenAt: new Date(100).toISOString(),
    };
    expect(prunable([file('pc-a', 1)], [s], 104, 5)).toEqual([]);
    expect(prunable([file('pc-a', 1)], [s], 105, 5)).toEqual([opFilePath('pc-a', 1)]);
  });
});
