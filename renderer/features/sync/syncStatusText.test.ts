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
      quarantine: null,
    });
  });

  it('counts the files refused beside Tersinkron, and no longer shows it green', () => {
    const file = {
      relPath: 'devices/pc-b/ops/000007.json',
      device: 'pc-b',
      seq: 7,
      reason: 'Berkas rusak.',
      at: base.lastSyncAt ?? '',
    };
    expect(syncStatusText({ ...base, quarantined: [file, file] }, now)).toEqual({
      label: 'Tersinkron',
      tone: 'yellow',
      detail: 'Terakhir sinkron 10.29',
      quarantine: '2 berkas dikarantina',
    });
    // The stored list counts before a cycle of this session has run.
    expect(syncStatusText(base, now, { quarantined: 1 }).quarantine).toBe('1 berkas dikarantina');
    // Beside any other state too.
    expect(syncStatusText({ ...base, pending: 3 }, now, { quarantined: 4 })).toMatchObject({
      label: '3 perubahan menunggu',
      quarantine: '4 berkas dikarantina',
    });
  });

  it('does not say "Bekerja sendiri" on a PC that has joined while its sync starts', () => {
    expect(syncStatusText(null, now, { joined: true })).toMatchObject({
      label: 'Memulai sinkronisasi…',
      tone: 'blue',
    });
  });

  it('says sync could not start, and why', () => {
    expect(
      syncStatusText(null, now, { startError: 'Basis data tidak dapat dibaca.', joined: true }),
    ).toEqual({
      label: 'Sinkronisasi gagal dimulai',
      tone: 'red',
      detail: 'Basis data tidak dapat dibaca.',
      quarantine: null,
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
