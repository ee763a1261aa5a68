import { describe, expect, it } from 'vitest';
import { createRow } from '../../db/repository';
import type { PersonRow } from '../../db/rows';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import { listPeople } from './peopleStore';

const bookkeeping = { _clock: {}, _deleted: false, _updatedBy: null, _updatedAt: '' };

describe('people list', () => {
  it('leaves a damaged row out instead of crashing', async () => {
    const db = testDatabase('people-damaged');
    const ctx = testWriteContext(db);
    await createRow(ctx, 'people', {
      nama: 'Budi',
      nip: '',
      jabatan: 'Staf',
      unitId: null,
      roles: [],
      aktif: true,
    });
    // Written straight to the table, as an older version or a bad copy could have left it.
    await db.people.put({
      id: 'p-bad',
      nama: 'Tanpa jabatan',
      ...bookkeeping,
    } as unknown as PersonRow);
    expect((await listPeople(db)).map((p) => p.nama)).toEqual(['Budi']);
    db.close();
  });
});
