import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHlc } from './hlc';
import {
  MAX_OPS_PER_FILE,
  nextExpectedSeq,
  opFileName,
  opFilePath,
  opFileSchema,
  opFileSchemaFor,
  parseOpFilePath,
} from './opFile';

const DEVICE = '3f2c9a10-5b7e-4d21-8f00-9c1a2b3c4d5e';

function validOp(overrides: Record<string, unknown> = {}) {
  return {
    hlc: encodeHlc({ millis: Date.UTC(2025, 0, 6), counter: 1, device: DEVICE }),
    device: DEVICE,
    table: 'people',
    key: 'a1b2',
    changes: { nama: 'Ani', nip: null, tags: ['x', 1, { ok: true }] },
    deleted: false,
    actor: 'staff-1',
    at: '2025-01-06T00:00:00.000Z',
    ...overrides,
  };
}

function validFile(overrides: Record<string, unknown> = {}) {
  return {
    format: 'meja-ti/ops@1',
    device: DEVICE,
    seq: 42,
    createdAt: '2025-01-06T00:00:01.000Z',
    ops: [validOp()],
    ...overrides,
  };
}

describe('op file names', () => {
  it('pads the number to ten digits', () => {
    expect(opFileName(42)).toBe('0000000042.json');
    expect(opFilePath(DEVICE, 1)).toBe(`devices/${DEVICE}/ops/0000000001.json`);
    expect(() => opFileName(0)).toThrow(RangeError);
    expect(() => opFileName(1.5)).toThrow(RangeError);
  });

  it('reads back every path it writes', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9][a-z0-9-]{3,63}$/),
        fc.integer({ min: 1, max: 9_999_999_999 }),
        (device, seq) => {
          expect(parseOpFilePath(opFilePath(device, seq))).toEqual({ device, seq });
        },
      ),
    );
  });

  it.each([
    `devices/${DEVICE}/ops/0000000042.json`,
    'devices/dddd/ops/9999999999.json',
    'devices/a-b-c-1/ops/0000000001.json',
  ])('accepts %s', (path) => {
    expect(parseOpFilePath(path)).not.toBeNull();
  });

  it.each([
    'desktop.ini',
    'Thumbs.db',
    `devices/${DEVICE}/ops/Thumbs.db`,
    `devices/${DEVICE}/ops/desktop.ini`,
    `devices/${DEVICE}/ops/0000000042.json.tmp`,
    `devices/${DEVICE}/ops/0000000042.tmp`,
    `devices/${DEVICE}/ops/~$0000000042.json`,
    `devices/${DEVICE}/ops/42.json`,
    'devices/x/ops/42.json.tmp',
    `devices/${DEVICE}/ops/00000000042.json`,
    `devices/${DEVICE}/ops/0000000000.json`,
    `devices/${DEVICE}/ops/0000000042.JSON`,
    `DEVICES/${DEVICE}/OPS/0000000042.json`,
    `devices/${DEVICE.toUpperCase()}/ops/0000000042.json`,
    `devices\\${DEVICE}\\ops\\0000000042.json`,
    `devices/${DEVICE}\\ops/0000000042.json`,
    `devices/../ops/0000000042.json`,
    `devices/${DEVICE}/../ops/0000000042.json`,
    `devices/${DEVICE}/ops/../0000000042.json`,
    `/devices/${DEVICE}/ops/0000000042.json`,
    `./devices/${DEVICE}/ops/0000000042.json`,
    `devices/${DEVICE}/ops/0000000042.json/`,
    `devices/${DEVICE}/ops/sub/0000000042.json`,
    `devices/${DEVICE}/snapshots/0000000042.json`,
    'devices/abc/ops/0000000042.json',
    `devices/-${DEVICE.slice(1)}/ops/0000000042.json`,
    `devices/${'a'.repeat(65)}/ops/0000000042.json`,
    `devices/${DEVICE}/ops/0000000042.json\n`,
    `devices/${DEVICE}/ops/０000000042.json`,
    '',
  ])('ignores %j', (path) => {
    expect(parseOpFilePath(path)).toBeNull();
  });
});

describe('the next op files to apply', () => {
  it('stops at a gap', () => {
    expect(nextExpectedSeq([4, 5, 7], 3)).toEqual([4, 5]);
    expect(nextExpectedSeq([5, 7], 3)).toEqual([]);
    expect(nextExpectedSeq([7, 6, 5, 4, 4], 3)).toEqual([4, 5, 6, 7]);
    expect(nextExpectedSeq([1, 2, 3], 3)).toEqual([]);
    expect(nextExpectedSeq([], 0)).toEqual([]);
    expect(nextExpectedSeq([1, 2], 0)).toEqual([1, 2]);
  });

  it('gives the longest unbroken run after the cursor', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 30 })),
        fc.integer({ min: 0, max: 30 }),
        (seen, cursor) => {
          const run = nextExpectedSeq(seen, cursor);
          run.forEach((seq, i) => expect(seq).toBe(cursor + 1 + i));
          for (const seq of run) expect(seen).toContain(seq);
          expect(seen).not.toContain(cursor + run.length + 1);
        },
      ),
    );
  });
});

describe('the op file schema', () => {
  it('accepts a well-formed file', () => {
    expect(opFileSchema.parse(validFile())).toEqual(validFile());
    expect(opFileSchema.safeParse(validFile({ ops: [] })).success).toBe(true);
    expect(
      opFileSchema.safeParse(validFile({ ops: [validOp({ deleted: true, changes: {} })] })).success,
    ).toBe(true);
  });

  it('rejects a wrong format tag', () => {
    expect(opFileSchema.safeParse(validFile({ format: 'meja-ti/ops@2' })).success).toBe(false);
    expect(opFileSchema.safeParse(validFile({ format: undefined })).success).toBe(false);
  });

  it('rejects a truncated or garbled file', () => {
    const text = JSON.stringify(validFile());
    expect(() => JSON.parse(text.slice(0, text.length / 2))).toThrow();
    const { ops: _ops, ...truncated } = validFile();
    for (const bad of [
      null,
      [],
      'meja-ti/ops@1',
      truncated,
      validFile({ ops: [{ hlc: validOp().hlc }] }),
      validFile({ ops: [validOp({ hlc: 'garbage' })] }),
      validFile({ ops: [validOp({ deleted: 'false' })] }),
      validFile({ ops: [validOp({ changes: { nama: undefined } })] }),
      validFile({ ops: [validOp({ changes: { n: Number.NaN } })] }),
      validFile({ ops: [validOp({ at: 'kemarin' })] }),
      validFile({ ops: [validOp({ key: '' })] }),
      validFile({ ops: [validOp({ extra: 1 })] }),
      validFile({ seq: 0 }),
      validFile({ seq: 1.5 }),
      validFile({ seq: '42' }),
      validFile({ createdAt: '2025-13-45' }),
      validFile({ device: 'A' }),
      validFile({ extra: true }),
    ]) {
      expect(opFileSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('rejects more ops than a file may hold', () => {
    const ops = Array.from({ length: MAX_OPS_PER_FILE + 1 }, () => validOp());
    expect(opFileSchema.safeParse(validFile({ ops })).success).toBe(false);
    expect(opFileSchema.safeParse(validFile({ ops: ops.slice(1) })).success).toBe(true);
  });

  it('rejects ops that name another device than the file or their stamp', () => {
    const other = 'ffff-0000';
    expect(opFileSchema.safeParse(validFile({ device: other })).success).toBe(false);
    expect(opFileSchema.safeParse(validFile({ ops: [validOp({ device: other })] })).success).toBe(
      false,
    );
  });

  it('rejects bookkeeping names as fields and drops a __proto__ key', () => {
    for (const changes of [{ _deleted: true }, { _clock: {} }, { id: 'x' }, { 'a b': 1 }]) {
      expect(opFileSchema.safeParse(validFile({ ops: [validOp({ changes })] })).success).toBe(
        false,
      );
    }
    const changes = JSON.parse('{"__proto__": {"polluted": true}, "nama": "Ani"}');
    const parsed = opFileSchema.parse(validFile({ ops: [validOp({ changes })] }));
    const kept = parsed.ops[0]?.changes ?? {};
    expect(Object.keys(kept)).toEqual(['nama']);
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
  });

  it('narrows table names to the list given', () => {
    const schema = opFileSchemaFor(['people', 'devices']);
    expect(schema.safeParse(validFile()).success).toBe(true);
    expect(schema.safeParse(validFile({ ops: [validOp({ table: 'outbox' })] })).success).toBe(
      false,
    );
    expect(
      opFileSchema.safeParse(validFile({ ops: [validOp({ table: 'Bad Name' })] })).success,
    ).toBe(false);
  });
});
