import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_BACKUP_ITEMS, type BackupItem } from '../../../shared/security/schema';
import type { StaffRole } from '../../../shared/office/roles';
import type { MejaDatabase } from '../../db/database';
import { addDelegation } from '../delegations/public';
import {
  rowOutbox,
  testDatabase,
  testWriteContext,
} from '../../../test/doubles/renderer/testDatabase';
import {
  approveUat,
  BACKUP_ITEMS_ROW,
  checkBackupItems,
  considerUat,
  listBackups,
  listNetworkChecks,
  listUats,
  readBackupItems,
  recordBackup,
  recordNetworkCheck,
  recordUat,
  saveBackupItems,
  SecurityError,
  uatStatus,
  type BackupInput,
  type NetworkCheckInput,
  type UatInput,
} from './securityStore';

// testWriteContext's clock: 22 November 2026, 07.30 UTC (14.30 in Jakarta).
const TODAY = '2026-11-22';
const items: BackupItem[] = DEFAULT_BACKUP_ITEMS.map((i) => ({ ...i }));

const check = (over: Partial<NetworkCheckInput> = {}): NetworkCheckInput => ({
  tanggal: TODAY,
  petugasId: 'operator-1',
  objek: 'Jaringan LAN dan internet',
  status: 'normal',
  temuan: '',
  tindakan: '',
  ...over,
});

const uat = (over: Partial<UatInput> = {}): UatInput => ({
  tanggal: '2026-11-20',
  aplikasi: 'e-Court',
  versi: '2.1',
  petugasId: 'operator-1',
  skenario: 'Pendaftaran perkara daring',
  hasil: 'lulus',
  catatan: '',
  ...over,
});

const backup = (over: Partial<BackupInput> = {}): BackupInput => ({
  tanggal: TODAY,
  itemId: 'sipp',
  media: 'NAS',
  ukuranMb: 2048,
  lokasi: 'Rak server',
  petugasId: 'operator-1',
  ujiPemulihan: 'berhasil',
  catatan: '',
  ...over,
});

const consideration = {
  personId: 'kasubag-1',
  tanggal: '2026-11-21',
  rekomendasi: 'layak',
  catatan: '',
} as const;
const approval = {
  personId: 'ketua-1',
  tanggal: TODAY,
  keputusan: 'disetujui',
  catatan: '',
} as const;

describe('security records (SOP D)', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  function setup() {
    db = testDatabase();
    return testWriteContext(db, { actor: 'operator-1' });
  }

  /** The Kasubag and the Ketua, each signed in on their own PC, give the decisions. */
  async function officials() {
    const bookkeeping = { _clock: {}, _deleted: false, _updatedBy: null, _updatedAt: '' };
    const person = (id: string, roles: StaffRole[]) => {
      return { id, nama: id, nip: '', jabatan: id, unitId: null, roles, aktif: true };
    };
    await db.people.bulkPut([
      { ...person('kasubag-1', ['kasubag']), ...bookkeeping },
      { ...person('ketua-1', ['ketua']), ...bookkeeping },
      { ...person('operator-1', ['administrator', 'operator']), ...bookkeeping },
    ]);
    return {
      kasubag: testWriteContext(db, { actor: 'kasubag-1', device: 'pc-k' }),
      ketua: testWriteContext(db, { actor: 'ketua-1', device: 'pc-p' }),
    };
  }

  async function statusOf(id: string) {
    const row = await db.uatRecords.get(id);
    if (!row) throw new Error(`UAT ${id} missing`);
    return uatStatus(row);
  }

  /** Runs a refused write and checks it left no trace. */
  async function refused(write: () => Promise<unknown>, message?: RegExp) {
    const before = await rowOutbox(db).count();
    const snapshot = JSON.stringify([
      await db.networkChecks.toArray(),
      await db.uatRecords.toArray(),
      await db.backups.toArray(),
      await db.settings.toArray(),
    ]);
    await expect(write()).rejects.toThrow(message);
    expect(await rowOutbox(db).count()).toBe(before);
    expect(
      JSON.stringify([
        await db.networkChecks.toArray(),
        await db.uatRecords.toArray(),
        await db.backups.toArray(),
        await db.settings.toArray(),
      ]),
    ).toBe(snapshot);
  }

  it('records network checks with an outbox entry and lists them newest first', async () => {
    const ctx = setup();
    const a = await recordNetworkCheck(ctx, check({ tanggal: '2026-11-01' }));
    const b = await recordNetworkCheck(
      ctx,
      check({ status: 'gangguan', temuan: '  Switch lantai 2 mati ', tindakan: 'Ganti adaptor' }),
    );
    const c = await recordNetworkCheck(ctx, check({ tanggal: '2026-11-10' }));
    expect(await rowOutbox(db).count()).toBe(3);
    const outbox = await rowOutbox(db).toArray();
    expect(outbox.map((e) => [e.table, e.key, e.actor])).toEqual([
      ['networkChecks', a, 'operator-1'],
      ['networkChecks', b, 'operator-1'],
      ['networkChecks', c, 'operator-1'],
    ]);
    expect((await listNetworkChecks(db)).map((r) => r.id)).toEqual([b, c, a]);
    expect((await db.networkChecks.get(b))?.temuan).toBe('Switch lantai 2 mati');
    const range = await listNetworkChecks(db, { from: '2026-11-01', to: '2026-11-10' });
    expect(range.map((r) => r.id)).toEqual([c, a]);
  });

  it('puts the later write first when two checks share a date', async () => {
    const ctx = setup();
    const a = await recordNetworkCheck(ctx, check());
    ctx.advance(60_000);
    const b = await recordNetworkCheck(ctx, check());
    expect((await listNetworkChecks(db)).map((r) => r.id)).toEqual([b, a]);
  });

  it('refuses a check in the future or one with trouble but no temuan', async () => {
    setup();
    const ctx = testWriteContext(db);
    await refused(() => recordNetworkCheck(ctx, check({ tanggal: '2026-11-23' })), /masa depan/);
    await refused(
      () => recordNetworkCheck(ctx, check({ status: 'ancaman', temuan: '   ' })),
      /Tuliskan temuannya/,
    );
    await refused(() => recordNetworkCheck(ctx, check({ petugasId: '' })), /Pilih petugas/);
  });

  it('skips deleted rows when listing', async () => {
    const ctx = setup();
    const a = await recordNetworkCheck(ctx, check());
    await db.networkChecks.update(a, { _deleted: true });
    expect(await listNetworkChecks(db)).toEqual([]);
    const u = await recordUat(ctx, uat());
    await db.uatRecords.update(u, { _deleted: true });
    expect(await listUats(db)).toEqual([]);
    await refused(() => considerUat(ctx, u, consideration), /tidak ditemukan/);
    const b = await recordBackup(ctx, backup(), items);
    await db.backups.update(b, { _deleted: true });
    expect(await listBackups(db)).toEqual([]);
  });

  it("refuses a decision to anyone but the official or the official's Plh.", async () => {
    const ctx = setup();
    await officials();
    const id = await recordUat(ctx, uat());
    const events: string[] = [];
    const report = (e: { kind: string }) => events.push(e.kind);
    await refused(
      () => considerUat(ctx, id, consideration, report),
      /^Menunggu Kasubag PTIP: kasubag-1\.$/,
    );
    expect(events).toEqual(['langkah.ditolak']);
    const plh = {
      jenis: 'Plh.' as const,
      untukPersonId: 'kasubag-1',
      delegasiPersonId: 'operator-1',
      dari: '2026-11-21',
      sampai: '2026-11-21',
      nomorSurat: 'W8-A1/7/KP/XI/2026',
      dicabut: false,
    };
    const delegationId = await addDelegation(ctx, plh, report);
    await considerUat(ctx, id, consideration);
    expect((await db.uatRecords.get(id))?.pertimbangan).toMatchObject({
      personId: 'operator-1',
      atasNama: { personId: 'kasubag-1', jenis: 'Plh.', delegationId },
    });
  });

  it('takes a UAT through consideration and approval, each once and in order', async () => {
    const ctx = setup();
    const { kasubag, ketua } = await officials();
    const id = await recordUat(ctx, uat());
    expect(await listUats(db)).toMatchObject([
      { aplikasi: 'e-Court', pertimbangan: null, persetujuan: null },
    ]);
    expect(await statusOf(id)).toBe('menungguPertimbangan');

    await refused(() => approveUat(ketua, id, approval), /belum diberi pertimbangan/);

    await considerUat(kasubag, id, { ...consideration, catatan: ' Siap dipakai ' });
    expect((await db.uatRecords.get(id))?.pertimbangan).toEqual({
      ...consideration,
      catatan: 'Siap dipakai',
    });
    expect(await statusOf(id)).toBe('menungguPersetujuan');
    await refused(() => considerUat(kasubag, id, consideration), /sudah diberi pertimbangan/);

    await approveUat(ketua, id, { ...approval, catatan: '' });
    expect(await statusOf(id)).toBe('disetujui');
    await refused(
      () => approveUat(ketua, id, { ...approval, keputusan: 'ditolak', catatan: '' }),
      /sudah diputuskan/,
    );

    const outbox = await rowOutbox(db).toArray();
    expect(outbox.map((e) => Object.keys(e.changes).sort())).toEqual([
      [
        'aplikasi',
        'catatan',
        'hasil',
        'persetujuan',
        'pertimbangan',
        'petugasId',
        'skenario',
        'tanggal',
        'versi',
      ],
      ['pertimbangan'],
      ['persetujuan'],
    ]);
  });

  it('marks a refused application and refuses bad decisions', async () => {
    const ctx = setup();
    const { kasubag, ketua } = await officials();
    const id = await recordUat(ctx, uat({ hasil: 'tidakLulus' }));
    await refused(
      () => considerUat(kasubag, id, { ...consideration, tanggal: '2026-11-19' }),
      /sebelum tanggal uji/,
    );
    await refused(
      () => considerUat(kasubag, id, { ...consideration, tanggal: '2026-11-30' }),
      /masa depan/,
    );
    await refused(
      () => considerUat(kasubag, id, { ...consideration, rekomendasi: '' as 'layak' }),
      /Pilih rekomendasi/,
    );
    await considerUat(kasubag, id, { ...consideration, rekomendasi: 'tidakLayak' });
    await refused(
      () => approveUat(ketua, id, { ...approval, tanggal: '2026-11-20' }),
      /sebelum tanggal pertimbangan/,
    );
    await approveUat(ketua, id, { ...approval, keputusan: 'ditolak' });
    expect(await statusOf(id)).toBe('ditolak');
    await refused(() => recordUat(ctx, uat({ aplikasi: ' ' })), /Nama aplikasi wajib diisi/);
    await refused(() => recordUat(ctx, uat({ tanggal: '2027-01-01' })), /masa depan/);
  });

  it('records backups of known items only', async () => {
    const ctx = setup();
    const a = await recordBackup(ctx, backup({ tanggal: '2026-11-03' }), items);
    const b = await recordBackup(ctx, backup({ itemId: 'website', ukuranMb: null }), items);
    expect((await listBackups(db)).map((r) => r.id)).toEqual([b, a]);
    expect(
      (await listBackups(db, { from: '2026-11-01', to: '2026-11-05' })).map((r) => r.id),
    ).toEqual([a]);
    expect((await rowOutbox(db).toArray()).map((e) => e.key)).toEqual([a, b]);

    await refused(() => recordBackup(ctx, backup({ itemId: 'surel' }), items), /tidak dikenal/);
    await refused(() => recordBackup(ctx, backup({ tanggal: '2026-12-01' }), items), /masa depan/);
    await refused(() => recordBackup(ctx, backup({ ukuranMb: -1 }), items), /negatif/);
    await refused(() => recordBackup(ctx, backup({ media: '' }), items), /Media wajib diisi/);
  });

  it('reads the default backup items until the office saves its own', async () => {
    const ctx = setup();
    expect(await readBackupItems(db)).toEqual(DEFAULT_BACKUP_ITEMS);
    await db.settings.put({
      id: BACKUP_ITEMS_ROW,
      _clock: {},
      _deleted: false,
      _updatedBy: null,
      _updatedAt: '',
      items: [{ id: 'x', nama: '', setiapHari: 0 }],
    });
    expect(await readBackupItems(db)).toEqual(DEFAULT_BACKUP_ITEMS);
    await db.settings.delete(BACKUP_ITEMS_ROW);

    const saved = await saveBackupItems(ctx, [
      { id: 'sipp', nama: 'Database SIPP', setiapHari: 1 },
      { id: null, nama: ' Aplikasi e-Court ', setiapHari: 14 },
    ]);
    expect(saved).toEqual([
      { id: 'sipp', nama: 'Database SIPP', setiapHari: 1 },
      { id: 'pc-a-0001', nama: 'Aplikasi e-Court', setiapHari: 14 },
    ]);
    expect(await readBackupItems(db)).toEqual(saved);
    const entries = await rowOutbox(db).toArray();
    expect(entries.map((e) => [e.table, e.key])).toEqual([['settings', BACKUP_ITEMS_ROW]]);
  });

  it('refuses duplicate, empty or invalid backup item lists', async () => {
    const ctx = setup();
    await refused(
      () =>
        saveBackupItems(ctx, [
          { id: 'sipp', nama: 'Database SIPP', setiapHari: 7 },
          { id: null, nama: 'database sipp', setiapHari: 30 },
        ]),
      /sudah dipakai di baris 1/,
    );
    await refused(
      () =>
        saveBackupItems(ctx, [
          { id: 'sipp', nama: 'Database SIPP', setiapHari: 7 },
          { id: 'sipp', nama: 'Website', setiapHari: 30 },
        ]),
      /dua kali/,
    );
    await refused(() => saveBackupItems(ctx, []), /paling sedikit satu/);
    await refused(
      () => saveBackupItems(ctx, [{ id: null, nama: 'Website', setiapHari: 0 }]),
      /paling sedikit 1 hari/,
    );
    await expect(saveBackupItems(ctx, [])).rejects.toBeInstanceOf(SecurityError);
    expect(
      checkBackupItems([
        { id: null, nama: '', setiapHari: 7 },
        { id: null, nama: 'Website', setiapHari: 1.5 },
      ]),
    ).toEqual({
      ok: false,
      message: 'Nama data wajib diisi.',
      errors: {
        'items.0.nama': 'Nama data wajib diisi.',
        'items.1.setiapHari': 'Jadwal berupa angka hari.',
      },
    });
  });
});
