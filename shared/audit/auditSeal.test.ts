import { describe, expect, it } from 'vitest';
import { sha256Hex } from './digest';
import { appendEntry, headOf, verifyChain, type AuditEntry } from './auditChain';
import { headsByDevice, raiseHeads, sealedHeadOf } from './auditSeal';

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  let head = null;
  for (let i = 0; i < n; i++) {
    const entry = appendEntry(sha256Hex, 'pc-a', head, {
      at: `2026-12-04T0${i}:00:00.000Z`,
      actor: 'p-budi',
      kind: 'ubah',
      table: 'units',
      recordId: 'u1',
      detail: { fields: { nama: { sebelum: `n${i}`, sesudah: `n${i + 1}` } } },
    });
    out.push(entry);
    head = headOf(entry);
  }
  return out;
}

const op = (table: string, changes: Record<string, unknown>, deleted = false) => ({
  table,
  changes,
  deleted,
});

describe('the audit head sealed into op files', () => {
  it('is the newest audit entry among the ops, or none', () => {
    const entries = chain(3);
    const ops = [
      op('units', { nama: 'Hakim' }),
      ...entries.map((e) => op('auditLog', { ...e })),
      op('auditLog', { seq: 'x', hash: 'nope' }),
    ];
    expect(sealedHeadOf(ops)).toEqual({ seq: 3, hash: entries[2]?.hash });
    expect(sealedHeadOf([op('units', { nama: 'Hakim' })])).toBeNull();
  });

  it('detects entries removed from the end of a chain, which the chain alone cannot', () => {
    const entries = chain(5);
    const sealed = sealedHeadOf(entries.map((e) => op('auditLog', { ...e })));
    if (!sealed) throw new Error('no head');
    const heads = headsByDevice(raiseHeads({}, 'pc-a', sealed));
    const cut = entries.slice(0, 3);
    expect(verifyChain(sha256Hex, 'pc-a', cut)).toEqual([]);
    expect(verifyChain(sha256Hex, 'pc-a', cut, heads.get('pc-a'))).toEqual([
      { kind: 'hilang', fromSeq: 4, toSeq: 5 },
    ]);
  });

  it('keeps the highest head per device', () => {
    const a = raiseHeads({}, 'pc-a', { seq: 5, hash: 'a'.repeat(64) });
    expect(raiseHeads(a, 'pc-a', { seq: 3, hash: 'b'.repeat(64) })).toEqual(a);
    expect(raiseHeads(a, 'pc-a', { seq: 7, hash: 'c'.repeat(64) })['pc-a']?.seq).toBe(7);
  });
});
