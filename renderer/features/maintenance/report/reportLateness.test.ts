import { afterEach, describe, expect, it } from 'vitest';
import { lateNote } from '../../../../shared/requests/requestLateness';
import { reportFigures } from '../../../../shared/maintenance/reportFigures';
import { DEFAULT_OFFICE_HOURS } from '../../../../shared/requests/workingTime';
import type { MejaDatabase } from '../../../db/database';
import { testDatabase, testWriteContext } from '../../../../test/doubles/renderer/testDatabase';
import {
  TEST_REQUEST_SETTINGS as settings,
  testReception,
} from '../../../../test/doubles/renderer/testReception';
import { cancelRequest, lateRequestIds, registerRequest } from '../../requests/public';
import { loadMonthRecords } from './loadMonthRecords';

describe('late requests on the monthly report', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  it('counts an open request waiting past its step standard, as the register does, as of the report', async () => {
    db = testDatabase();
    const received = new Date(2026, 10, 2, 9, 0);
    const ctx = testWriteContext(db, { actor: 'operator-1', start: received.getTime() });
    const request = await registerRequest(ctx, testReception(received), settings);
    const rows = await db.requests.toArray();
    expect(rows[0]?.adaTerlambat).toBe(false);

    // A minute later nothing is late; three weeks later step 2 is long overdue.
    const soon = new Date(2026, 10, 2, 9, 1);
    const later = new Date(2026, 10, 23, 9, 0);
    expect(await lateRequestIds(db, rows, DEFAULT_OFFICE_HOURS, soon)).toEqual(new Set());
    expect(await lateRequestIds(db, rows, DEFAULT_OFFICE_HOURS, later)).toEqual(
      new Set([request.id]),
    );

    const november = reportFigures(await loadMonthRecords(db, 2026, 11, later));
    expect(november.layanan).toMatchObject({ diterima: 1, berjalan: 1, terlambat: 1 });
    const onTheSecond = reportFigures(await loadMonthRecords(db, 2026, 11, soon));
    expect(onTheSecond.layanan).toMatchObject({ diterima: 1, terlambat: 0 });

    // One registered by mistake and cancelled is not one of the month's requests.
    const mistake = await registerRequest(ctx, testReception(received), settings);
    const row = await db.requests.get(mistake.id);
    if (!row) throw new Error('missing request');
    await cancelRequest(ctx, row, 'Tercatat dua kali');
    const again = reportFigures(await loadMonthRecords(db, 2026, 11, later));
    expect(again.layanan).toMatchObject({ diterima: 1, berjalan: 1, terlambat: 1 });
  });
});

describe('lateNote', () => {
  it('says which step waits, or that a recorded step was late, and nothing when on time', () => {
    const open = { status: 'berjalan' as const, adaTerlambat: false, langkahTerakhir: 2 };
    expect(lateNote(open, true)).toBe('langkah 3 belum dicatat, melewati waktu standar');
    expect(lateNote({ ...open, adaTerlambat: true }, true)).toBe(
      'ada langkah yang dicatat melewati waktu standar',
    );
    expect(lateNote(open, false)).toBeNull();
  });
});
