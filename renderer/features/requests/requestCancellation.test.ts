import { afterEach, describe, expect, it } from 'vitest';
import type { MejaDatabase } from '../../db/database';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import {
  TEST_REQUEST_SETTINGS as settings,
  testPerson,
  testReception,
  testStep,
} from '../../../test/doubles/renderer/testReception';
import { cancelRequest, restoreRequest } from './requestCancellation';
import { procedureOf, recordStep, registerRequest } from './requestStore';

describe('cancelling a request', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  it('keeps its number used, needs a reason, and only an administrator restores it', async () => {
    db = testDatabase();
    await db.people.bulkPut([
      testPerson('operator-1', ['operator']),
      testPerson('operator-2', ['operator']),
      testPerson('admin-1', ['administrator']),
    ]);
    const start = new Date(2026, 10, 23, 15, 0).getTime();
    const ctx = testWriteContext(db, { actor: 'operator-1', start });
    const other = testWriteContext(db, { actor: 'operator-2', start });
    const admin = testWriteContext(db, { actor: 'admin-1', start });
    const a = await registerRequest(ctx, testReception(new Date(2026, 10, 23, 9, 0)), settings);
    const row = async () => {
      const found = await db.requests.get(a.id);
      if (!found) throw new Error('missing request');
      return found;
    };

    await expect(cancelRequest(ctx, await row(), '  ')).rejects.toThrow();
    await expect(cancelRequest(other, await row(), 'Salah catat')).rejects.toThrow(
      'Hanya petugas yang menerima',
    );
    await cancelRequest(ctx, await row(), 'Tercatat dua kali');
    const cancelled = await row();
    expect(cancelled.pembatalan).toMatchObject({
      alasan: 'Tercatat dua kali',
      olehPersonId: 'operator-1',
    });
    expect(cancelled.nomor).toBe(a.nomor);

    // No step is recorded on a cancelled request.
    const procedure = await procedureOf(db, cancelled);
    if (!procedure) throw new Error('no procedure');
    await expect(
      recordStep(
        ctx,
        cancelled,
        procedure,
        testStep(a.id, 2, new Date(2026, 10, 23, 9, 5)),
        {},
        settings,
      ),
    ).rejects.toThrow('Permintaan ini dibatalkan');

    const b = await registerRequest(ctx, testReception(new Date(2026, 10, 23, 10, 0)), settings);
    expect(b.nomor).toBe('002/PLTI/XI/2026');

    await expect(restoreRequest(ctx, cancelled)).rejects.toThrow('Hanya administrator');
    await restoreRequest(admin, cancelled);
    expect((await row()).pembatalan).toBeNull();
    const audited = await db.auditLog
      .where('[table+recordId]')
      .equals(['requests', a.id])
      .toArray();
    // The cancellation and the restore are both in the history, by who did them.
    const actors = audited.filter((e) => JSON.stringify(e.detail).includes('pembatalan'));
    expect(actors.map((e) => e.actor)).toEqual(expect.arrayContaining(['operator-1', 'admin-1']));
  });
});
