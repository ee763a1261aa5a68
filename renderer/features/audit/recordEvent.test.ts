import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/auditChain';
import { sha256Hex } from '../../../shared/audit/digest';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import type { MejaDatabase } from '../../db/database';
import { createRow } from '../../db/repository';
import { recordAuditEvent } from './recordEvent';

describe('recordAuditEvent', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  it('appends the event to the same chain as the writes, by the signed-in user, and sends it', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db, { actor: 'p-admin' });
    await createRow(ctx, 'units', { nama: 'Hakim', aktif: true });
    await recordAuditEvent(ctx, { kind: 'cetak', detail: { dokumen: 'lembarDisposisi' } });
    const rows = (await db.auditLog.toArray()).sort((a, b) => a.seq - b.seq);
    expect(rows.map((r) => [r.seq, r.kind, r.actor])).toEqual([
      [1, 'buat', 'p-admin'],
      [2, 'cetak', 'p-admin'],
    ]);
    expect(rows[1]?.detail).toEqual({ dokumen: 'lembarDisposisi' });
    const entries = rows.map(({ id: _i, _clock, _deleted, _updatedBy, _updatedAt, ...e }) => e);
    expect(verifyChain(sha256Hex, 'pc-a', entries)).toEqual([]);
    expect(await db.outbox.filter((e) => e.key === rows[1]?.id).count()).toBe(1);
  });
});
