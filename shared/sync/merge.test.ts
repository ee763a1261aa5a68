import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHlc } from './hlc';
import {
  mergeOp,
  mergeOps,
  mergeRow,
  rowKey,
  writesDeletion,
  type RemoteOp,
  type SyncedRowLike,
} from './merge';

const DEVICES = [
  '0b1e6f2a-aaaa-4c1d-9e00-000000000001',
  '0b1e6f2a-bbbb-4c1d-9e00-000000000002',
  '0b1e6f2a-cccc-4c1d-9e00-000000000003',
  'dddd',
  'eeee-5',
];

function stamp(millis: number, device: string, counter = 0): string {
  return encodeHlc({ millis, counter, device });
}

function op(partial: Partial<RemoteOp> & { hlc: string }): RemoteOp {
  const device = partial.hlc.slice(21);
  return {
    device,
    table: 'people',
    key: 'p1',
    changes: {},
    deleted: false,
    actor: `staff-${device}`,
    at: new Date(Number(partial.hlc.slice(0, 15))).toISOString(),
    ...partial,
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Applies ops one batch after another, as the sync driver will. */
function applyInBatches(ops: readonly RemoteOp[], cuts: readonly number[]) {
  const rows = new Map<string, SyncedRowLike>();
  let start = 0;
  for (const end of [...cuts.filter((c) => c < ops.length).sort((a, b) => a - b), ops.length]) {
    for (const [key, row] of mergeOps(rows, ops.slice(start, end))) rows.set(key, row);
    start = Math.max(start, end);
  }
  return rows;
}

/** The rows the op set must give, computed directly: per field, the op with the max stamp. */
function expectedRows(ops: readonly RemoteOp[]) {
  const rows = new Map<string, SyncedRowLike>();
  const sorted = [...ops].sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
  for (const o of sorted) {
    const key = rowKey(o.table, o.key);
    const row = rows.get(key) ?? { id: o.key, _clock: {}, _deleted: false };
    const next: SyncedRowLike = {
      ...row,
      ...o.changes,
      _clock: { ...row._clock },
      _updatedBy: o.actor,
      _updatedAt: o.at,
    };
    for (const field of Object.keys(o.changes)) next._clock[field] = o.hlc;
    if (writesDeletion(o)) {
      next._deleted = o.deleted;
      next._clock._deleted = o.hlc;
    }
    rows.set(key, next);
  }
  return rows;
}

const value = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.constantFrom('x', 'y', null, true),
  fc.record({ n: fc.integer({ min: 0, max: 2 }) }),
);

/** Ops from 3–5 devices whose wall clocks disagree by a few milliseconds, so stamps tie often. */
const opSet = fc
  .record({
    deviceCount: fc.integer({ min: 3, max: 5 }),
    skews: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 5, maxLength: 5 }),
  })
  .chain(({ deviceCount, skews }) =>
    fc.uniqueArray(
      fc
        .record({
          device: fc.integer({ min: 0, max: deviceCount - 1 }),
          millis: fc.integer({ min: 10, max: 16 }),
          counter: fc.integer({ min: 0, max: 2 }),
          table: fc.constantFrom('people', 'devices'),
          key: fc.constantFrom('k1', 'k2'),
          changes: fc.dictionary(fc.constantFrom('nama', 'jabatan', 'nip'), value, {
            maxKeys: 3,
          }),
          deleted: fc.boolean(),
        })
        .map(({ device, millis, counter, ...rest }) =>
          op({
            hlc: stamp(millis + (skews[device] ?? 0), DEVICES[device] ?? 'dddd', counter),
            ...rest,
          }),
        ),
      { selector: (o) => o.hlc, minLength: 1, maxLength: 25 },
    ),
  );

/** A delivery of the op set: any order, some ops twice, cut into batches anywhere. */
const delivery = (ops: readonly RemoteOp[]) =>
  fc
    .record({
      order: fc.array(fc.double({ noNaN: true }), { minLength: ops.length, maxLength: ops.length }),
      repeats: fc.array(fc.nat({ max: ops.length - 1 }), { maxLength: 8 }),
      cuts: fc.array(fc.nat({ max: ops.length * 2 }), { maxLength: 5 }),
    })
    .map(({ order, repeats, cuts }) => {
      const shuffled = ops
        .map((o, i) => ({ o, k: order[i] ?? 0 }))
        .sort((a, b) => a.k - b.k)
        .map(({ o }) => o);
      const withRepeats = [...shuffled];
      for (const r of repeats) {
        const again = ops[r];
        if (again) withRepeats.splice(r, 0, again);
      }
      return { ops: withRepeats, cuts };
    });

describe('merging ops from other PCs', () => {
  it('converges: any order, duplicates and batch split give the rows of the max stamps', () => {
    fc.assert(
      fc.property(
        opSet.chain((ops) => fc.tuple(fc.constant(ops), delivery(ops), delivery(ops))),
        ([ops, first, second]) => {
          deepFreeze(ops);
          const expected = expectedRows(ops);
          expect(applyInBatches(first.ops, first.cuts)).toEqual(expected);
          expect(applyInBatches(second.ops, second.cuts)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is idempotent: re-applying any op already merged changes nothing', () => {
    fc.assert(
      fc.property(opSet, (ops) => {
        const rows = applyInBatches(ops, []);
        for (const o of ops) {
          const result = mergeOp(rows.get(rowKey(o.table, o.key)), o);
          expect(result.changed).toBe(false);
          expect(result.row).toBe(rows.get(rowKey(o.table, o.key)));
        }
        expect(mergeOps(rows, ops).size).toBe(0);
      }),
    );
  });

  it('breaks a tie of time and counter by device id', () => {
    const low = op({ hlc: stamp(5, 'aaaa'), changes: { nama: 'A' } });
    const high = op({ hlc: stamp(5, 'bbbb'), changes: { nama: 'B' } });
    expect(mergeOp(mergeOp(undefined, low).row, high).row.nama).toBe('B');
    expect(mergeOp(mergeOp(undefined, high).row, low).row.nama).toBe('B');
  });

  it('creates a row from its first op', () => {
    const created = op({ hlc: stamp(5, 'aaaa'), key: 'p9', changes: { nama: 'Ani', nip: null } });
    expect(mergeOp(undefined, created)).toEqual({
      changed: true,
      row: {
        id: 'p9',
        nama: 'Ani',
        nip: null,
        _clock: { nama: created.hlc, nip: created.hlc },
        _deleted: false,
        _updatedBy: 'staff-aaaa',
        _updatedAt: created.at,
      },
    });
  });

  it('keeps who and when of the newest op, whatever order they come in', () => {
    const older = op({ hlc: stamp(5, 'aaaa'), changes: { nama: 'A' } });
    const newer = op({ hlc: stamp(9, 'bbbb'), changes: { nip: '1' } });
    const row = mergeOp(mergeOp(undefined, newer).row, older).row;
    expect(row).toMatchObject({ nama: 'A', nip: '1', _updatedBy: 'staff-bbbb' });
    expect(row._updatedAt).toBe(newer.at);
  });

  it('never mutates the row or the op', () => {
    const row = deepFreeze(
      mergeOp(undefined, op({ hlc: stamp(5, 'aaaa'), changes: { a: 1 } })).row,
    );
    const edit = deepFreeze(op({ hlc: stamp(6, 'bbbb'), changes: { a: 2, b: { c: 1 } } }));
    expect(mergeOp(row, edit).row).toMatchObject({ a: 2, b: { c: 1 } });
    expect(row.a).toBe(1);
  });

  it('ignores bookkeeping names in changes', () => {
    const changes = JSON.parse('{"id":"x","_clock":{},"_updatedBy":"y","__proto__":{"p":1},"a":1}');
    const { row } = mergeOp(undefined, op({ hlc: stamp(5, 'aaaa'), changes }));
    expect(row.id).toBe('p1');
    expect(Object.keys(row._clock)).toEqual(['a']);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(row._updatedBy).toBe('staff-aaaa');
  });

  it('takes fields named like Object.prototype members', () => {
    const changes = { toString: 'a', constructor: 'b', hasOwnProperty: 'c' };
    const { row } = mergeOp(undefined, op({ hlc: stamp(5, 'aaaa'), changes }));
    expect(row).toMatchObject(changes);
    expect(
      mergeOp(row, op({ hlc: stamp(6, 'aaaa'), changes: { toString: 'z' } })).row.toString,
    ).toBe('z');
  });

  it('returns only the rows a batch changed and leaves the input map alone', () => {
    const first = op({ hlc: stamp(5, 'aaaa'), changes: { a: 1 } });
    const rows = new Map([[rowKey('people', 'p1'), mergeOp(undefined, first).row]]);
    const out = mergeOps(rows, [
      first,
      op({ hlc: stamp(6, 'aaaa'), key: 'p2', changes: { a: 2 } }),
    ]);
    expect([...out.keys()]).toEqual(['people/p2']);
    expect(rows.size).toBe(1);
  });
});

describe('the deletion flag', () => {
  const edit = (millis: number, device: string, nama: string) =>
    op({ hlc: stamp(millis, device), changes: { nama } });
  const remove = (millis: number, device: string) =>
    op({ hlc: stamp(millis, device), deleted: true });
  const restore = (millis: number, device: string) => op({ hlc: stamp(millis, device) });

  function applyAll(ops: RemoteOp[]) {
    const forward = ops.reduce<SyncedRowLike | undefined>((r, o) => mergeOp(r, o).row, undefined);
    const backward = [...ops]
      .reverse()
      .reduce<SyncedRowLike | undefined>((r, o) => mergeOp(r, o).row, undefined);
    expect(backward).toEqual(forward);
    return forward;
  }

  it('is written by deletions and bare restores, never by edits', () => {
    expect(writesDeletion({ changes: {}, deleted: true })).toBe(true);
    expect(writesDeletion({ changes: {}, deleted: false })).toBe(true);
    expect(writesDeletion({ changes: { a: 1 }, deleted: false })).toBe(false);
  });

  it('a deletion after an edit deletes the row and keeps its values', () => {
    expect(applyAll([edit(5, 'aaaa', 'Ani'), remove(6, 'bbbb')])).toMatchObject({
      nama: 'Ani',
      _deleted: true,
      _updatedBy: 'staff-bbbb',
    });
  });

  it('an edit after a deletion stays deleted; its values merge under the tombstone', () => {
    expect(
      applyAll([edit(5, 'aaaa', 'Ani'), remove(6, 'bbbb'), edit(7, 'cccc', 'Budi')]),
    ).toMatchObject({ nama: 'Budi', _deleted: true, _updatedBy: 'staff-cccc' });
  });

  it('a restore after a deletion brings the row back; an older one does not', () => {
    const base = [edit(5, 'aaaa', 'Ani'), remove(6, 'bbbb')];
    expect(applyAll([...base, restore(7, 'cccc')])).toMatchObject({ _deleted: false });
    expect(applyAll([restore(5, 'cccc'), ...base.slice(1)])).toMatchObject({ _deleted: true });
  });

  it('a deletion of a row never seen makes a tombstone that later edits fill in', () => {
    const row = applyAll([remove(6, 'bbbb'), edit(5, 'aaaa', 'Ani')]);
    expect(row).toMatchObject({ id: 'p1', nama: 'Ani', _deleted: true, _updatedBy: 'staff-bbbb' });
  });
});

describe('merging a row from a snapshot', () => {
  /** Two PCs' rows, each from a subset of the ops (overlapping), merged row by row. */
  const split = opSet.chain((ops) =>
    fc.tuple(
      fc.constant(ops),
      fc.array(fc.constantFrom('snapshot', 'local', 'both'), {
        minLength: ops.length,
        maxLength: ops.length,
      }),
    ),
  );

  it('gives the rows of every op behind either side, whichever side is which', () => {
    fc.assert(
      fc.property(split, ([ops, sides]) => {
        deepFreeze(ops);
        const snapshotOps = ops.filter((_, i) => sides[i] !== 'local');
        const localOps = ops.filter((_, i) => sides[i] !== 'snapshot');
        const snapshot = deepFreeze(applyInBatches(snapshotOps, []));
        const local = deepFreeze(applyInBatches(localOps, []));
        const expected = expectedRows(ops);
        for (const [into, from] of [
          [local, snapshot],
          [snapshot, local],
        ] as const) {
          const merged = new Map(into);
          for (const [key, row] of from) merged.set(key, mergeRow(into.get(key), row).row);
          expect(merged).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent and reports no change when nothing in the incoming row is newer', () => {
    fc.assert(
      fc.property(split, ([ops, sides]) => {
        const rows = applyInBatches(ops, []);
        const older = applyInBatches(
          ops.filter((_, i) => sides[i] !== 'local'),
          [],
        );
        for (const [key, row] of rows) {
          expect(mergeRow(row, row)).toEqual({ row, changed: false });
          const before = older.get(key);
          if (before) expect(mergeRow(row, before)).toEqual({ row, changed: false });
        }
      }),
    );
  });

  it('takes a row it has never seen as it is, tombstone and all, without sharing its clock', () => {
    const incoming: SyncedRowLike = {
      id: 'p9',
      nama: 'Sari',
      _clock: { nama: stamp(5, 'dddd'), _deleted: stamp(6, 'dddd') },
      _deleted: true,
      _updatedBy: 'staff-dddd',
      _updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const { row, changed } = mergeRow(undefined, incoming);
    expect(changed).toBe(true);
    expect(row).toEqual(incoming);
    expect(row._clock).not.toBe(incoming._clock);
  });

  it('never takes bookkeeping or __proto__ from the incoming clock', () => {
    const existing: SyncedRowLike = {
      id: 'p1',
      nama: 'Ani',
      _clock: { nama: stamp(1, 'dddd') },
      _deleted: false,
      _updatedBy: null,
      _updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const incoming = JSON.parse(
      `{"id":"other","_updatedBy":"x","_updatedAt":"y","_deleted":false,"_clock":{"id":"${stamp(9, 'dddd')}","__proto__":"${stamp(9, 'dddd')}"}}`,
    ) as SyncedRowLike;
    const { row } = mergeRow(existing, incoming);
    expect(row).toBe(existing);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });
});
