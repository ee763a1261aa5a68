import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../sync/runtime/syncDriver';
import { syncStatusText } from './syncStatusText';

const now = new Date(2026, 10, 22, 10, 30);
const base: SyncStatus = {
  running: false,
  pending: 0,
  lastSyncAt: new Date(2026, 10, 22, 10, 29).toISOString(),
  unreachableSince: null,
  error: null,
  progress: null,
  firstSync: false,
  clockDriftMs: null,
  quarantined: [],
  retired: false,
};

describe('the header words for sync', () => {
  it('says Tersinkron with the last sync time', () => {
    expect(syncStatusText(base, now)).toEqual({
      label: 'Tersinkron',
      tone: 'green',
      detail: 'Terakhir sinkron 10.29',
    });
  });

  it('counts waiting changes', () => {
    expect(syncStatusText({ ...base, pending: 4 }, now).label).toBe('4 perubahan menunggu');
  });

  it('says since when the folder is away, with a date when it was not today', () => {
    const away = syncStatusText(
      { ...base, pending: 2, unreachableSince: new Date(2026, 10, 22, 9, 5).toISOString() },
      now,
    );
    expect(away).toMatchObject({
      label: 'Folder bersama tidak terjangkau sejak 09.05',
      tone: 'red',
      detail: '2 perubahan menunggu · Terakhir sinkron 10.29',
    });
    const longAway = syncStatusText(
      { ...base, unreachableSince: new Date(2026, 10, 20, 16, 0).toISOString() },
      now,
    );
    expect(longAway.label).toBe('Folder bersama tidak terjangkau sejak 20 November 2026 16.00');
  });

  it('tells a PC working alone, a first sync, and a retired PC', () => {
    expect(syncStatusText(null, now).label).toBe('Bekerja sendiri');
    expect(syncStatusText({ ...base, firstSync: true, lastSyncAt: null }, now)).toMatchObject({
      label: 'Sinkronisasi pertama…',
      detail: 'Belum pernah sinkron',
    });
    expect(syncStatusText({ ...base, retired: true }, now).label).toBe(
      'PC ini dikeluarkan dari ruang kerja',
    );
  });
});
