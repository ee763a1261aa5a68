import { beforeAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_PART_ROWS } from '../../shared/sync/snapshotFile';
import { createMemoryFolder } from '../../test/doubles/renderer/memoryFolder';
import { fastKeys } from '../../test/doubles/renderer/syncOffices';
import { utf8 } from './bytes';
import { openFile, sealFile } from './fileEnvelope';
import { gunzip, gzipLines } from './gzip';
import {
  decodeSnapshot,
  encodeSnapshot,
  SnapshotBodyError,
  SnapshotRefusedError,
  type SnapshotPart,
  type SyncedSnapshot,
} from './snapshotCodec';
import type { WorkspaceKeys } from './workspaceCrypto';

let keys: WorkspaceKeys;
let otherKeys: WorkspaceKeys;

beforeAll(async () => {
  keys = await fastKeys();
  otherKeys = await fastKeys('Kata sandi kantor yang lain!');
});

const relPath = 'snapshots/001763796600000-0001-pc-a.json';
const STAMP = '001763796600000-0000-pc-a';
const about = {
  createdAt: '2026-11-22T07:30:00.000Z',
  createdBy: 'pc-a',
  covers: { 'pc-a': 2, 'pc-b': 1 },
};

const unit = (id: string, nama = `Unit ${id}`) => ({
  id,
  nama,
  aktif: true,
  _clock: { nama: STAMP, aktif: STAMP },
  _deleted: false,
  _updatedBy: null,
  _updatedAt: '2026-11-22T07:30:00.000Z',
});

async function partsOf(snapshot: SyncedSnapshot): Promise<SnapshotPart[]> {
  const parts: SnapshotPart[] = [];
  for await (const part of snapshot.parts()) parts.push(part);
  return parts;
}

async function decoded(folder = createMemoryFolder({ seed: 1 }), device = 'pc-a') {
  return decodeSnapshot(folder, keys, { relPath, device });
}

/** An authentic snapshot file of these lines, as a PC with the keys could write it. */
async function sealedLines(
  lines: readonly string[],
): Promise<ReturnType<typeof createMemoryFolder>> {
  const folder = createMemoryFolder({ seed: 1 });
  folder.putRaw(relPath, await sealFile(keys, await gzipLines(lines), relPath));
  return folder;
}

const head = (counts: Record<string, number>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'meja-ti/snapshot@2', ...about, counts, ...extra });
const partLine = (table: string, rows: readonly unknown[]) => JSON.stringify({ table, rows });

describe('a snapshot file', () => {
  it('is the gzip of a head line and parts, read back part by part as written', async () => {
    const units = Array.from({ length: SNAPSHOT_PART_ROWS * 2 + 5 }, (_, i) => unit(`u${i}`));
    const people = [{ ...unit('p1'), roles: ['operator'] }];
    const sealed = await encodeSnapshot(keys, relPath, { ...about, rows: { units, people } });
    const opened = await openFile(keys, sealed, relPath);
    expect([opened[0], opened[1]]).toEqual([0x1f, 0x8b]);
    const lines = new TextDecoder().decode(await gunzip(opened)).split('\n');
    expect(lines).toHaveLength(1 + 3 + 1);
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      format: 'meja-ti/snapshot@2',
      ...about,
      counts: { units: units.length, people: 1 },
    });

    const folder = createMemoryFolder({ seed: 1 });
    folder.putRaw(relPath, sealed);
    const read = await decoded(folder);
    if (read.kind !== 'ok') throw new Error(JSON.stringify(read));
    expect(read.snapshot).toMatchObject({ ...about, counts: { units: units.length, people: 1 } });
    const parts = await partsOf(read.snapshot);
    expect(parts.map((p) => [p.table, p.rows.length])).toEqual([
      ['units', SNAPSHOT_PART_ROWS],
      ['units', SNAPSHOT_PART_ROWS],
      ['units', 5],
      ['people', 1],
    ]);
    expect(parts.flatMap((p) => (p.table === 'units' ? p.rows : []))).toEqual(units);
    // Each reading starts from the beginning.
    expect((await partsOf(read.snapshot)).length).toBe(4);
  });

  it('is refused when changed, renamed, sealed with other keys or named for another device', async () => {
    const sealed = await encodeSnapshot(keys, relPath, { ...about, rows: { units: [unit('u1')] } });
    const folder = createMemoryFolder({ seed: 1 });
    const tampered = new Uint8Array(sealed);
    tampered[40] = (tampered[40] ?? 0) ^ 1;
    folder.putRaw(relPath, tampered);
    expect(await decoded(folder)).toMatchObject({ kind: 'refused' });
    const renamed = 'snapshots/001763796600000-0002-pc-a.json';
    folder.putRaw(renamed, sealed);
    expect(await decodeSnapshot(folder, keys, { relPath: renamed, device: 'pc-a' })).toMatchObject({
      kind: 'refused',
    });
    folder.putRaw(relPath, sealed);
    expect(await decodeSnapshot(folder, otherKeys, { relPath, device: 'pc-a' })).toMatchObject({
      kind: 'refused',
    });
    expect(await decoded(folder, 'pc-b')).toEqual({
      kind: 'refused',
      reason: `Snapshot ${relPath} dibuat oleh perangkat pc-a, tidak sesuai dengan namanya.`,
    });
  });

  it('is never written with a row the others would refuse', async () => {
    const bad = { ...unit('u1'), _clock: { nama: 'kemarin' } };
    await expect(
      encodeSnapshot(keys, relPath, { ...about, rows: { units: [unit('u0'), bad] } }),
    ).rejects.toThrow(SnapshotRefusedError);
  });

  it('is refused for a head that is not JSON, not the format, or of a newer one', async () => {
    const cases: [string, string][] = [
      ['{"format":', 'kepalanya bukan JSON yang utuh'],
      [head({ units: 1 }, { lain: 1 }), 'tidak sesuai format snapshot Meja TI'],
      [head({ rahasia: 1 }), 'tidak sesuai format snapshot Meja TI'],
      [head({ units: 1 }, { format: 'meja-ti/snapshot@3' }), 'memakai format lain'],
    ];
    for (const [first, reason] of cases) {
      const read = await decoded(await sealedLines([first, partLine('units', [unit('u1')])]));
      expect(read).toMatchObject({ kind: 'refused', reason: expect.stringContaining(reason) });
    }
  });

  it('is read to its head, and throws on reading a broken part, a stranger table or a miscount', async () => {
    const cases: [string[], string][] = [
      [[head({ units: 1 }), '{"table":'], 'bagian ke-1 bukan JSON yang utuh'],
      [[head({ units: 1 }), partLine('rahasia', [unit('u1')])], 'tidak sesuai format'],
      [[head({ units: 1 }), partLine('units', [])], 'tidak sesuai format'],
      [
        [head({ units: 1 }), partLine('units', [unit('u1')]), partLine('units', [unit('u2')])],
        'tabel units memuat 2 baris, padahal kepalanya menyebut 1',
      ],
      [[head({ units: 2 }), partLine('units', [unit('u1')])], 'memuat 1 baris'],
      [[head({ units: 1 }), partLine('people', [unit('p1')])], 'tabel people memuat 1 baris'],
    ];
    for (const [lines, reason] of cases) {
      const read = await decoded(await sealedLines(lines));
      if (read.kind !== 'ok') throw new Error(JSON.stringify(read));
      const parts = partsOf(read.snapshot);
      await expect(parts).rejects.toThrow(SnapshotBodyError);
      await expect(parts).rejects.toThrow(reason);
    }
  });

  it('throws on reading a gzip cut short, and is refused when its head is cut', async () => {
    const lines = [
      head({ units: 300 }),
      partLine(
        'units',
        Array.from({ length: 300 }, (_, i) => unit(`u${i}`)),
      ),
    ];
    const whole = await gzipLines(lines);
    const folder = createMemoryFolder({ seed: 1 });
    folder.putRaw(relPath, await sealFile(keys, whole.subarray(0, whole.length - 200), relPath));
    const read = await decoded(folder);
    if (read.kind !== 'ok') throw new Error(JSON.stringify(read));
    await expect(partsOf(read.snapshot)).rejects.toThrow('tidak dapat dibuka');

    folder.putRaw(relPath, await sealFile(keys, whole.subarray(0, 12), relPath));
    expect(await decoded(folder)).toMatchObject({
      kind: 'refused',
      reason: expect.stringContaining(relPath),
    });
  });
});

describe('a legacy snapshot (one JSON document)', () => {
  const legacy = { format: 'meja-ti/snapshot@1', ...about };
  const sealJson = async (json: unknown) => {
    const folder = createMemoryFolder({ seed: 1 });
    folder.putRaw(relPath, await sealFile(keys, utf8(JSON.stringify(json)), relPath));
    return folder;
  };

  it('is still read, its rows given in parts and left to be checked one by one', async () => {
    const units = Array.from({ length: SNAPSHOT_PART_ROWS + 1 }, (_, i) => unit(`u${i}`));
    // A row of a bad shape is refused as it is applied (rowGate.test.ts), not the file.
    const badRow = { id: 'u-bad', _clock: { nama: 'kemarin' } };
    const read = await decoded(await sealJson({ ...legacy, rows: { units: [...units, badRow] } }));
    if (read.kind !== 'ok') throw new Error(JSON.stringify(read));
    expect(read.snapshot).toMatchObject({ ...about, counts: { units: units.length + 1 } });
    const parts = await partsOf(read.snapshot);
    expect(parts.map((p) => p.rows.length)).toEqual([SNAPSHOT_PART_ROWS, 2]);
    expect(parts.flatMap((p) => p.rows)).toEqual([...units, badRow]);
  });

  it('is refused for a bad head, or text that is not JSON', async () => {
    for (const bad of [
      { ...legacy, rows: { rahasia: [] } },
      { ...legacy, rows: { units: {} } },
      { ...legacy, covers: { 'pc-a': -1 }, rows: {} },
      { ...legacy, rows: {}, lain: 1 },
    ]) {
      expect(await decoded(await sealJson(bad))).toMatchObject({
        kind: 'refused',
        reason: expect.stringContaining('tidak sesuai format snapshot Meja TI'),
      });
    }
    const folder = createMemoryFolder({ seed: 1 });
    folder.putRaw(relPath, await sealFile(keys, utf8('bukan JSON'), relPath));
    expect(await decoded(folder)).toEqual({
      kind: 'refused',
      reason: `Snapshot ${relPath} rusak: isinya bukan JSON yang utuh.`,
    });
  });
});
