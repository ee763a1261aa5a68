import { describe, expect, it } from 'vitest';
import type { ActorPerson } from '../office/stepActors';
import type { Procedure } from '../sop/schema';
import type { BackupItem } from '../security/schema';
import {
  attentionLines,
  devicesByCondition,
  lateBackupItems,
  requestsWaitingFor,
  todayFigures,
  type AttentionCounts,
} from './attention';

const NOTHING: AttentionCounts = {
  mySteps: 0,
  myPolicySteps: 0,
  openRequests: 0,
  lateRequests: 0,
  maintenance: { terlewat: [], jatuhTempo: [], akanDatang: [] },
  devices: { baik: 0, rusakRingan: 0, rusakBerat: 0 },
  lateBackups: 0,
  quarantined: 0,
  myContentSteps: 0,
  myWebsiteSteps: 0,
  renewals: [],
  staleInfo: 0,
};

const person = (id: string, roles: ActorPerson['roles']): ActorPerson => ({
  id,
  nama: id,
  jabatan: id,
  nip: '',
  roles,
  aktif: true,
});

const procedure = {
  actors: [
    { id: 'op', label: 'Operator', role: 'operator' },
    { id: 'ks', label: 'Kasubag', role: 'kasubag' },
  ],
  steps: [
    { no: 1, actorIds: ['op'] },
    { no: 2, actorIds: ['ks'] },
    { no: 3, actorIds: ['op'] },
  ],
} as unknown as Pick<Procedure, 'steps' | 'actors'>;

describe('Perlu perhatian', () => {
  it('lists nothing when nothing waits (a fresh install)', () => {
    expect(attentionLines(NOTHING)).toEqual([]);
  });

  it('lists website work: E and F steps, each contract ending, stale mandatory information', () => {
    const lines = attentionLines({
      ...NOTHING,
      myContentSteps: 2,
      myWebsiteSteps: 1,
      staleInfo: 3,
      renewals: [
        {
          id: 'd',
          nama: 'Domain pa-mukomuko.go.id',
          akhirKontrak: '2026-12-01',
          sisaHari: -4,
          ambang: null,
          kedaluwarsa: true,
        },
        {
          id: 'h',
          nama: 'Hosting',
          akhirKontrak: '2027-01-20',
          sisaHari: 46,
          ambang: 60,
          kedaluwarsa: false,
        },
      ],
    });
    expect(lines.map((l) => [l.text, l.color, l.target])).toEqual([
      ['2 langkah Konten Website menunggu Anda', 'orange', { page: 'konten' }],
      [
        '1 langkah Pemeliharaan Website menunggu Anda',
        'orange',
        { page: 'website', filter: { tab: 'siklus' } },
      ],
      [
        'Domain pa-mukomuko.go.id: kontrak berakhir 4 hari lalu',
        'red',
        { page: 'website', filter: { tab: 'layanan' } },
      ],
      [
        'Hosting: kontrak berakhir dalam 46 hari',
        'orange',
        { page: 'website', filter: { tab: 'layanan' } },
      ],
      [
        '3 informasi wajib di website belum diperbarui',
        'orange',
        { page: 'konten', filter: { tab: 'wajib' } },
      ],
    ]);
  });

  it('lists each kind of work with its count and the screen where it is done', () => {
    const lines = attentionLines({
      ...NOTHING,
      mySteps: 2,
      myPolicySteps: 1,
      lateRequests: 1,
      openRequests: 3,
      maintenance: {
        terlewat: [{ taskId: 't', due: '2026-11-13' }],
        jatuhTempo: [{ taskId: 't', due: '2026-11-20' }],
        akanDatang: [{ taskId: 'u', due: '2026-11-25' }],
      },
      devices: { baik: 4, rusakRingan: 1, rusakBerat: 2 },
      lateBackups: 1,
      quarantined: 1,
    });
    expect(lines.map((l) => l.text)).toEqual([
      '2 permintaan menunggu langkah Anda',
      '1 langkah Kebijakan TI (Rencana Program TI) menunggu Anda',
      '1 permintaan dalam proses terlambat dari waktu standar SOP',
      '3 permintaan dalam proses',
      '1 jadwal pemeliharaan terlewat dan belum dicatat',
      '2 jadwal pemeliharaan jatuh tempo dalam 7 hari',
      '2 perangkat rusak berat',
      '1 perangkat rusak ringan',
      '1 data terlambat dicadangkan',
      '1 berkas sinkronisasi dikarantina',
    ]);
    expect(lines[1]?.target).toEqual({ page: 'kebijakan' });
    expect(lines[2]?.target).toEqual({
      page: 'permintaan',
      filter: { tahap: 'berjalan', terlambatSaja: true },
    });
    expect(lines[6]?.target).toEqual({ page: 'perangkat', filter: { kondisi: 'rusakBerat' } });
  });

  it('finds the requests whose next step the user records, directly or as Plh.', () => {
    const procedures = new Map([['sop@1', procedure]]);
    const open = [
      { id: 'a', sopKey: 'sop@1', langkahTerakhir: 1 },
      { id: 'b', sopKey: 'sop@1', langkahTerakhir: 2 },
      { id: 'c', sopKey: 'lain@1', langkahTerakhir: 1 },
    ];
    const authority = {
      people: [person('ani', ['operator']), person('budi', ['kasubag'])],
      delegations: [],
      mapping: {},
    };
    const day = '2026-11-20';
    expect(requestsWaitingFor('budi', open, procedures, authority, day)).toEqual(['a']);
    expect(requestsWaitingFor('ani', open, procedures, authority, day)).toEqual(['b']);
    expect(requestsWaitingFor(null, open, procedures, authority, day)).toEqual([]);
    const plh = {
      id: 'd',
      jenis: 'Plh.' as const,
      untukPersonId: 'budi',
      delegasiPersonId: 'ani',
      dari: day,
      sampai: day,
      nomorSurat: '1/2026',
      dicabut: false,
    };
    expect(
      requestsWaitingFor('ani', open, procedures, { ...authority, delegations: [plh] }, day),
    ).toEqual(['a', 'b']);
  });

  it('warns of late backups only for items the office set up', () => {
    const items = [
      { id: 'sipp', nama: 'SIPP', setiapHari: 7 },
      { id: 'web', nama: 'Website', setiapHari: 30 },
    ] as unknown as BackupItem[];
    const today = '2026-11-20';
    expect(lateBackupItems(items, [], today, false)).toEqual([]);
    const old = [{ itemId: 'sipp', tanggal: '2026-11-01' }];
    expect(lateBackupItems(items, old, today, false).map((i) => i.id)).toEqual(['sipp']);
    expect(lateBackupItems(items, old, today, true).map((i) => i.id)).toEqual(['sipp', 'web']);
  });

  it("counts active devices by condition and today's requests", () => {
    expect(
      devicesByCondition([
        { kondisi: 'rusakBerat', aktif: true },
        { kondisi: 'rusakBerat', aktif: false },
        { kondisi: 'baik', aktif: true },
      ]),
    ).toEqual({ baik: 1, rusakRingan: 0, rusakBerat: 1 });
    const day = (iso: string) => iso.slice(0, 10);
    expect(
      todayFigures(
        [
          { diterimaPada: '2026-11-20T01:00Z', selesaiPada: null, status: 'berjalan' },
          {
            diterimaPada: '2026-11-19T03:00Z',
            selesaiPada: null,
            status: 'berjalan',
            pembatalan: { alasan: 'Tercatat dua kali' },
          },
          {
            diterimaPada: '2026-11-19T01:00Z',
            selesaiPada: '2026-11-20T02:00Z',
            status: 'selesai',
          },
        ],
        '2026-11-20',
        day,
      ),
    ).toEqual({ diterima: 1, selesai: 1, dalamProses: 1 });
  });
});
