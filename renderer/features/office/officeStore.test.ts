import { afterEach, describe, expect, it } from 'vitest';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import { MUKOMUKO_OFFICE } from '../../../test/doubles/shared/sampleOffice';
import { readOffice, saveOffice, saveOfficeChanges } from './officeStore';
import type { MejaDatabase } from '../../db/database';

let db: MejaDatabase | undefined;
afterEach(() => db?.close());

describe('saveOfficeChanges', () => {
  it('writes only what the form changed, so another change made meanwhile stays', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db);
    const opened = MUKOMUKO_OFFICE;
    await saveOffice(ctx, opened);
    // While the form is open, another PC's change to the e-mail arrives.
    ctx.advance(1000);
    await saveOffice(ctx, { ...opened, email: 'baru@pa-mukomuko.go.id' });
    // The form, opened before it, changes only the telephone.
    ctx.advance(1000);
    await saveOfficeChanges(ctx, opened, { ...opened, telepon: '0812 0000 1111' });
    const office = await readOffice(db);
    expect(office?.telepon).toBe('0812 0000 1111');
    expect(office?.email).toBe('baru@pa-mukomuko.go.id');
  });

  it('refuses a form that does not pass the office schema and writes nothing', async () => {
    db = testDatabase();
    const ctx = testWriteContext(db);
    const opened = MUKOMUKO_OFFICE;
    await saveOffice(ctx, opened);
    await expect(
      saveOfficeChanges(ctx, opened, { ...opened, namaPengadilan: '' }),
    ).rejects.toThrow();
    expect((await readOffice(db))?.namaPengadilan).toBe(opened.namaPengadilan);
  });
});
