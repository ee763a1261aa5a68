import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  describeProblem,
  headOf,
  verifyChain,
  type AuditEntry,
  type ChainHead,
} from './auditChain';
import { canonicalJson } from './canonicalJson';
import { sha256Hex } from './digest';

const sha256 = sha256Hex;

function chain(n: number, device = 'pc-a'): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let head: ChainHead | null = null;
  for (let i = 0; i < n; i++) {
    const entry = appendEntry(sha256, device, head, {
      at: `2026-12-04T08:${String(i).padStart(2, '0')}:00.000Z`,
      actor: 'p-1',
      kind: 'ubah',
      table: 'requests',
      recordId: `r-${i}`,
      detail: { field: 'uraian', before: `lama ${i}`, after: `baru ${i}` },
    });
    entries.push(entry);
    head = headOf(entry);
  }
  return entries;
}

describe('canonicalJson', () => {
  it('gives the same text whatever the order the fields were set in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });
});

describe('verifyChain', () => {
  it('finds nothing wrong with a chain as written, with its sealed head', async () => {
    const entries = chain(5);
    expect(entries[0]?.prevHash).toBe('0'.repeat(64));
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    const last = entries[4];
    expect(verifyChain(sha256, 'pc-a', entries, last && headOf(last))).toEqual([]);
  });

  it('detects an entry removed from the middle', async () => {
    const entries = chain(5);
    const removed = entries.filter((e) => e.seq !== 3);
    expect(verifyChain(sha256, 'pc-a', removed)).toEqual([
      { kind: 'hilang', fromSeq: 3, toSeq: 3 },
    ]);
  });

  it('detects entries removed from the end through the head sealed in the op file', async () => {
    const entries = chain(5);
    const last = entries[4];
    if (!last) throw new Error('no chain');
    const problems = verifyChain(sha256, 'pc-a', entries.slice(0, 3), headOf(last));
    expect(problems).toEqual([{ kind: 'hilang', fromSeq: 4, toSeq: 5 }]);
    expect(describeProblem('pc-a', problems[0] ?? { kind: 'urutan', seq: 0 })).toBe(
      'Catatan audit pc-a nomor 4 sampai 5 hilang.',
    );
  });

  it('detects an altered entry, also when its own hash was made again to match', async () => {
    const entries = chain(4);
    const altered = entries.map((e) =>
      e.seq === 2 ? { ...e, detail: { field: 'uraian', before: 'lama 1', after: 'palsu' } } : e,
    );
    expect(verifyChain(sha256, 'pc-a', altered)).toEqual([{ kind: 'diubah', seq: 2 }]);

    // Whoever altered it rehashed it: the link from the next entry no longer holds.
    const second = entries[1];
    if (!second) throw new Error('no chain');
    const { hash: _hash, ...unsealed } = { ...second, actor: 'p-2' };
    const rehashed = { ...unsealed, hash: sha256(canonicalJson(unsealed)) };
    const forged = entries.map((e) => (e.seq === 2 ? rehashed : e));
    expect(verifyChain(sha256, 'pc-a', forged)).toEqual([{ kind: 'diubah', seq: 3 }]);
  });

  it('detects entries moved out of their order', async () => {
    const entries = chain(4);
    const [a, b, c, d] = entries;
    if (!a || !b || !c || !d) throw new Error('no chain');
    const problems = verifyChain(sha256, 'pc-a', [a, c, b, d]);
    expect(problems.map((p) => p.kind)).toContain('urutan');
    expect(problems.length).toBeGreaterThan(0);
  });

  it('detects an entry of another PC put into this chain', async () => {
    const mine = chain(3);
    const theirs = chain(3, 'pc-b');
    const mixed = [mine[0], theirs[1], mine[2]].filter((e): e is AuditEntry => e !== undefined);
    const problems = verifyChain(sha256, 'pc-a', mixed);
    expect(problems).toContainEqual({ kind: 'perangkat', seq: 2 });
  });

  it('any single removal, change or swap in a chain is detected', async () => {
    const entries = chain(8);
    const head = headOf(entries[7] as AuditEntry);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ op: fc.constant('remove' as const), i: fc.nat(7) }),
          fc.record({ op: fc.constant('change' as const), i: fc.nat(7), text: fc.string() }),
          fc.record({ op: fc.constant('swap' as const), i: fc.nat(6) }),
        ),
        async (edit) => {
          const copy = [...entries];
          if (edit.op === 'remove') copy.splice(edit.i, 1);
          if (edit.op === 'change') {
            const e = copy[edit.i] as AuditEntry;
            copy[edit.i] = { ...e, detail: { ...e.detail, after: `${edit.text}!` } };
          }
          if (edit.op === 'swap') {
            const x = copy[edit.i] as AuditEntry;
            copy[edit.i] = copy[edit.i + 1] as AuditEntry;
            copy[edit.i + 1] = x;
          }
          expect(verifyChain(sha256, 'pc-a', copy, head).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('sha256Hex', () => {
  it('gives the standard SHA-256 of a text', async () => {
    const web = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('Meja TI'));
    const hex = [...new Uint8Array(web)].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(sha256Hex('Meja TI')).toBe(hex);
  });
});
