import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPS_PER_FILE, opFilePath } from '../../shared/sync/opFile';
import { createRow, deleteRow, putRow } from '../db/repository';
import type { OutboxEntry } from '../db/rows';
import { utf8 } from './bytes';
import { sealFile } from './fileEnvelope';
import { decodeOpFile } from './opFileCodec';
import { createMemoryFolder, type MemoryFolder } from '../../test/doubles/renderer/memoryFolder';
import { CURSOR_PREFIX } from './syncState';
import { fastKeys, syncedRows, testPc, type TestPc } from '../../test/doubles/renderer/syncOffices';
import type { WorkspaceKeys } from './workspaceCrypto';

let keys: WorkspaceKeys;
let otherKeys: WorkspaceKeys;
let pcs: TestPc[] = [];

beforeAll(async () => {
  keys = await fastKeys();
  otherKeys = await fastKeys('Kata sandi kantor yang lain!');
});

afterEach(() => {
  for (const pc of pcs) pc.db.close();
  pcs = [];
});

function office(count: number, folder: MemoryFolder, skews: number[] = []): TestPc[] {
  const made = Array.from({ length: count }, (_, i) =>
    testPc({ device: `pc-${'abcde'[i]}`, folder, keys, skewMs: skews[i] ?? 0 }),
  );
  pcs.push(...made);
  return made;
}

const unit = (nama: string) => ({ nama, aktif: true });

describe('sync engine', () => {
  // Each write sends two ops: the row's change and its audit entry (renderer/db/auditTrail.ts).
  it('exports local changes and applies another PC’s, without putting them in its outbox', async () => {
    const folder = createMemoryFolder({ seed: 1 });
    const [a, b] = office(2, folder);
    if (!a || !b) throw new Error('no PCs');
    const id = await createRow(a.ctx, 'units', unit('Kepaniteraan'));
    await putRow(a.ctx, 'units', id, { nama: 'Kepaniteraan Muda' });

    const exported = await a.engine.runCycle();
    expect(exported).toMatchObject({ exportedOps: 4, exportedFiles: 1, pendingLocalChanges: 0 });
    expect(folder.paths()).toContain(opFilePath('pc-a', 1));

    const imported = await b.engine.runCycle();
    // The unit and the two audit entries of its writes.
    expect(imported.applied).toEqual([{ device: 'pc-a', files: 1, ops: 4, changedRows: 3 }]);
    expect(await b.db.units.get(id)).toEqual(await a.db.units.get(id));
    expect(await b.db.outbox.count()).toBe(0);
    expect((await b.db.local.get(`${CURSOR_PREFIX}pc-a`))?.value).toBe(1);
    // The clock moved past what it received, and was saved.
    const aStamp = (await a.db.local.get('hlc'))?.value;
    expect(String((await b.db.local.get('hlc'))?.value) > String(aStamp)).toBe(true);

    expect((await b.engine.runCycle()).applied).toEqual([]);
  });

  it('never reads an unreachable folder as deletions, and sends the waiting changes later', async () => {
    const folder = createMemoryFolder({ seed: 2 });
    const [a, b] = office(2, folder);
    if (!a || !b) throw new Error('no PCs');
    const id = await createRow(a.ctx, 'units', unit('Hakim'));
    await a.engine.runCycle();
    await b.engine.runCycle();

    folder.goAway();
    await deleteRow(a.ctx, 'units', id);
    const away = await a.engine.runCycle();
    expect(away).toMatchObject({
      folderUnreachable: true,
      exportedOps: 0,
      exportError: null,
      pendingLocalChanges: 2,
    });
    expect(await b.engine.runCycle()).toMatchObject({ folderUnreachable: true, applied: [] });
    expect(await b.db.units.get(id)).toMatchObject({ nama: 'Hakim', _deleted: false });

    folder.comeBack();
    expect(await a.engine.runCycle()).toMatchObject({ exportedOps: 2, pendingLocalChanges: 0 });
    await b.engine.runCycle();
    expect(await b.db.units.get(id)).toMatchObject({ _deleted: true });
  });

  it('writes its lost files again when the folder comes back empty, so every PC catches up', async () => {
    const folder = createMemoryFolder({ seed: 3 });
    const [a, b, c] = office(3, folder);
    if (!a || !b || !c) throw new Error('no PCs');
    await createRow(a.ctx, 'units', unit('Hakim'));
    await a.engine.runCycle();
    await b.engine.runCycle(); // b has file 1 of a
    await createRow(a.ctx, 'units', unit('Kesekretariatan'));
    await a.engine.runCycle(); // file 2, which b never saw

    folder.goAway();
    folder.comeBack({ empty: true });
    const empty = await b.engine.runCycle();
    expect(empty.applied).toEqual([]);
    expect(await b.db.units.count()).toBe(1); // nothing taken as deleted

    expect(await a.engine.runCycle()).toMatchObject({ restoredFiles: 2, exportedOps: 0 });
    expect((await b.engine.runCycle()).applied).toEqual([
      { device: 'pc-a', files: 1, ops: 2, changedRows: 2 },
    ]);
    await c.engine.runCycle();
    expect(await syncedRows(b.db)).toEqual(await syncedRows(a.db));
    expect(await syncedRows(c.db)).toEqual(await syncedRows(a.db));
  });

  it('quarantines a corrupt and a truncated file with their reason, and other PCs go on', async () => {
    const folder = createMemoryFolder({ seed: 4 });
    const [a, b, c, d] = office(4, folder);
    if (!a || !b || !c || !d) throw new Error('no PCs');
    for (const pc of [a, b, c]) {
      await createRow(pc.ctx, 'units', unit(`Unit ${pc.device}`));
      await pc.engine.runCycle();
      await createRow(pc.ctx, 'units', unit(`Unit kedua ${pc.device}`));
      await pc.engine.runCycle();
    }
    const aFile = opFilePath('pc-a', 1);
    const bFile = opFilePath('pc-b', 1);
    const aGood = folder.getRaw(aFile) ?? new Uint8Array();
    const corrupt = new Uint8Array(aGood);
    corrupt[40] = (corrupt[40] ?? 0) ^ 0x10;
    folder.putRaw(aFile, corrupt);
    folder.putRaw(bFile, (folder.getRaw(bFile) ?? new Uint8Array()).slice(0, 30));

    const report = await d.engine.runCycle();
    expect(report.applied).toEqual([{ device: 'pc-c', files: 2, ops: 4, changedRows: 4 }]);
    expect(report.waiting).toEqual([
      { device: 'pc-a', seq: 1, why: 'quarantined' },
      { device: 'pc-b', seq: 1, why: 'quarantined' },
    ]);
    expect(report.quarantined.map((q) => [q.relPath, q.reason])).toEqual([
      [aFile, expect.stringMatching(/keaslian/)],
      [bFile, expect.stringMatching(/terpotong/)],
    ]);
    expect(folder.quarantineRecords().map((r) => r.relPath)).toEqual([aFile, bFile]);

    // Retried every cycle, recorded once; once the whole file has arrived it applies.
    await d.engine.runCycle();
    expect(folder.quarantineRecords()).toHaveLength(2);
    folder.putRaw(aFile, aGood);
    const healed = await d.engine.runCycle();
    expect(healed.applied).toEqual([{ device: 'pc-a', files: 2, ops: 4, changedRows: 4 }]);
    expect(healed.quarantined.map((q) => q.relPath)).toEqual([bFile]);
  });

  it('quarantines a file sealed with another passphrase, one too large, and one of another format', async () => {
    const folder = createMemoryFolder({ seed: 5 });
    const [a, b, c, d] = office(4, folder);
    if (!a || !b || !c || !d) throw new Error('no PCs');
    const stranger = testPc({ device: 'pc-x', folder, keys: otherKeys });
    pcs.push(stranger);
    await createRow(stranger.ctx, 'units', unit('Palsu'));
    await stranger.engine.runCycle();
    folder.putRaw(opFilePath('pc-b', 1), new Uint8Array(9 * 1024 * 1024));
    const foreignFormat = JSON.stringify({ format: 'meja-ti/ops@9', device: 'pc-c', seq: 1 });
    const cPath = opFilePath('pc-c', 1);
    folder.putRaw(cPath, await sealFile(keys, utf8(foreignFormat), cPath));
    await createRow(a.ctx, 'units', unit('Asli'));
    await a.engine.runCycle();

    const report = await d.engine.runCycle();
    expect(report.applied.map((x) => x.device)).toEqual(['pc-a']);
    const reasons = Object.fromEntries(report.quarantined.map((q) => [q.device, q.reason]));
    expect(reasons['pc-x']).toMatch(/kata sandi lain/);
    expect(reasons['pc-b']).toMatch(/lebih besar dari 8 MiB/);
    expect(reasons['pc-c']).toMatch(/versi Meja TI yang lebih baru/);
    expect(await d.db.units.count()).toBe(1);
  });

  it('quarantines a file from a PC whose clock is far ahead, and applies it once the clocks agree', async () => {
    const folder = createMemoryFolder({ seed: 6 });
    const [a, b] = office(2, folder, [20 * 60_000, 0]);
    if (!a || !b) throw new Error('no PCs');
    const id = await createRow(a.ctx, 'units', unit('Hakim'));
    await a.engine.runCycle();

    const refused = await b.engine.runCycle();
    expect(refused.applied).toEqual([]);
    expect(refused.quarantined[0]?.reason).toMatch(/20 menit lebih maju.*jam di komputer pc-a/);
    expect(await b.db.units.get(id)).toBeUndefined();

    b.ctx.advance(20 * 60_000);
    const healed = await b.engine.runCycle();
    expect(healed.applied).toHaveLength(1);
    expect(healed.quarantined).toEqual([]);
  });

  it('waits at a gap, and applies the run once the missing file arrives', async () => {
    const folder = createMemoryFolder({ seed: 7 });
    const [a, b] = office(2, folder);
    if (!a || !b) throw new Error('no PCs');
    for (const nama of ['Satu', 'Dua', 'Tiga']) {
      await createRow(a.ctx, 'units', unit(nama));
      await a.engine.runCycle();
    }
    const second = opFilePath('pc-a', 2);
    const held = folder.getRaw(second) ?? new Uint8Array();
    folder.remove(second);

    const gap = await b.engine.runCycle();
    expect(gap.applied).toEqual([{ device: 'pc-a', files: 1, ops: 2, changedRows: 2 }]);
    expect(gap.waiting).toEqual([{ device: 'pc-a', seq: 2, why: 'gap' }]);
    expect(gap.quarantined).toEqual([]);

    folder.putRaw(second, held);
    expect((await b.engine.runCycle()).applied).toEqual([
      { device: 'pc-a', files: 2, ops: 4, changedRows: 4 },
    ]);
  });

  it('neither duplicates nor loses ops when the write landed but its position was not saved', async () => {
    const folder = createMemoryFolder({ seed: 8 });
    const [a, b] = office(2, folder);
    if (!a || !b) throw new Error('no PCs');
    await createRow(a.ctx, 'units', unit('Satu'));
    folder.setFaults({ lostAcks: 1 });
    const crashed = await a.engine.runCycle();
    expect(crashed).toMatchObject({ exportedOps: 0, pendingLocalChanges: 2 });
    expect(crashed.exportError).toMatch(/tidak dapat disimpan/);
    expect(folder.paths()).toContain(opFilePath('pc-a', 1));

    folder.setFaults({ lostAcks: 0 });
    await createRow(a.ctx, 'units', unit('Dua')); // written after the crash
    const resumed = await a.engine.runCycle();
    expect(resumed).toMatchObject({ exportedOps: 4, exportedFiles: 2, pendingLocalChanges: 0 });
    expect(folder.paths().filter((p) => p.startsWith('devices/pc-a/'))).toEqual([
      opFilePath('pc-a', 1),
      opFilePath('pc-a', 2),
    ]);
    const applied = await b.engine.runCycle();
    expect(applied.applied).toEqual([{ device: 'pc-a', files: 2, ops: 4, changedRows: 4 }]);
    expect(await syncedRows(b.db)).toEqual(await syncedRows(a.db));
  });

  it('keeps a file’s ops when its write reply was lost and the folder then lost the file', async () => {
    const folder = createMemoryFolder({ seed: 12, faults: { lostAcks: 1 } });
    const [a, b] = office(2, folder);
    if (!a || !b) throw new Error('no PCs');
    await createRow(a.ctx, 'units', unit('Satu'));
    await a.engine.runCycle(); // file 1 landed, a heard an error
    folder.setFaults({ lostAcks: 0 });
    await b.engine.runCycle(); // b applied file 1
    await createRow(a.ctx, 'units', unit('Dua'));
    folder.comeBack({ empty: true });

    // File 1 is written again with its one op; the new op goes to file 2, which b reads.
    expect(await a.engine.runCycle()).toMatchObject({ exportedOps: 4, exportedFiles: 2 });
    expect((await b.engine.runCycle()).applied).toEqual([
      { device: 'pc-a', files: 1, ops: 2, changedRows: 2 },
    ]);
    expect(await syncedRows(b.db)).toEqual(await syncedRows(a.db));
  });

  it('skips a number taken by a file it did not write, and never rewrites it', async () => {
    const folder = createMemoryFolder({ seed: 13 });
    const [a, b] = office(2, folder);
    if (!a || !b) throw new Error('no PCs');
    // A file under a's name from before its database was restored from a backup.
    const path = opFilePath('pc-a', 1);
    const old = {
      format: 'meja-ti/ops@1',
      device: 'pc-a',
      seq: 1,
      createdAt: new Date(0).toISOString(),
      ops: [],
    };
    const taken = await sealFile(keys, utf8(JSON.stringify(old)), path);
    folder.putRaw(path, taken);
    await createRow(a.ctx, 'units', unit('Satu'));

    expect(await a.engine.runCycle()).toMatchObject({ exportedOps: 2, pendingLocalChanges: 0 });
    expect(folder.getRaw(path)).toEqual(taken);
    expect(folder.paths()).toContain(opFilePath('pc-a', 2));
    expect((await b.engine.runCycle()).applied).toEqual([
      { device: 'pc-a', files: 2, ops: 2, changedRows: 2 },
    ]);
    // Lost with the folder, the skipped number comes back with no ops (its ops are in
    // file 2), so a PC that never read it steps over it instead of waiting there.
    folder.comeBack({ empty: true });
    expect(await a.engine.runCycle()).toMatchObject({ restoredFiles: 2 });
    const back = await decodeOpFile(folder, keys, { relPath: path, device: 'pc-a', seq: 1 });
    expect(back.kind === 'ok' && back.file.ops).toEqual([]);
  });

  it('retries a refused write with the same ops and leaves no temp file in the listing', async () => {
    const folder = createMemoryFolder({ seed: 9, faults: { busyWrites: 1, leftoverTemps: 1 } });
    const [a, b] = office(2, folder);
    if (!a || !b) throw new Error('no PCs');
    await createRow(a.ctx, 'units', unit('Satu'));
    expect((await a.engine.runCycle()).exportError).toMatch(/sedang dipakai/);
    expect(folder.paths().some((p) => p.endsWith('.tmp'))).toBe(true);
    folder.setFaults({ busyWrites: 0 });
    expect(await a.engine.runCycle()).toMatchObject({ exportedOps: 2, pendingLocalChanges: 0 });
    const listing = await folder.listOpFiles();
    expect(listing.reachable && listing.files.map((f) => f.relPath)).toEqual([
      opFilePath('pc-a', 1),
    ]);
    expect((await b.engine.runCycle()).applied).toHaveLength(1);
  });

  it('changes nothing when the same files are applied again', async () => {
    const folder = createMemoryFolder({ seed: 10 });
    const [a, b] = office(2, folder);
    if (!a || !b) throw new Error('no PCs');
    const id = await createRow(a.ctx, 'people', {
      nama: 'Budi',
      nip: '',
      jabatan: 'Pranata Komputer',
      unitId: null,
      roles: ['operator'],
      aktif: true,
    });
    await a.engine.runCycle();
    await deleteRow(a.ctx, 'people', id);
    await a.engine.runCycle();
    await b.engine.runCycle();
    const before = await syncedRows(b.db);
    await b.db.local.delete(`${CURSOR_PREFIX}pc-a`);
    const again = await b.engine.runCycle();
    expect(again.applied).toEqual([{ device: 'pc-a', files: 2, ops: 4, changedRows: 0 }]);
    expect(await syncedRows(b.db)).toEqual(before);
  });

  it(`puts at most ${MAX_OPS_PER_FILE} ops in one file`, async () => {
    const folder = createMemoryFolder({ seed: 11 });
    const [a, b] = office(2, folder);
    if (!a || !b) throw new Error('no PCs');
    const entries: OutboxEntry[] = Array.from({ length: MAX_OPS_PER_FILE + 1 }, (_, i) => ({
      id: `e${i}`,
      hlc: `${(1_700_000_000_000 + i).toString().padStart(15, '0')}-0000-pc-a`,
      device: 'pc-a',
      table: 'units',
      key: `u${i % 10}`,
      changes: { nama: `Unit ${i}`, aktif: true },
      deleted: false,
      actor: null,
      at: new Date(1_700_000_000_000 + i).toISOString(),
    }));
    await a.db.outbox.bulkAdd(entries);
    expect(await a.engine.runCycle()).toMatchObject({
      exportedOps: entries.length,
      exportedFiles: 2,
    });
    // Both files apply together: ten rows change, each counted once.
    expect((await b.engine.runCycle()).applied).toEqual([
      { device: 'pc-a', files: 2, ops: entries.length, changedRows: 10 },
    ]);
    expect((await b.db.units.get('u0'))?.nama).toBe(`Unit ${MAX_OPS_PER_FILE}`);
  });
});
