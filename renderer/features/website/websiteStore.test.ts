import { afterEach, describe, expect, it } from 'vitest';
import type { MejaApi } from '../../../shared/api/contract';
import type { StaffRole } from '../../../shared/office/roles';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/requests/workingTime';
import type { CycleStepInput } from '../../../shared/website/cycle';
import type { MejaDatabase } from '../../db/database';
import {
  rowOutbox,
  testDatabase,
  testWriteContext,
} from '../../../test/doubles/renderer/testDatabase';
import { cycleOfMonth, listCycleSteps, recordCycleStep, startCycle } from './websiteCycle';
import { renewalsDueFor, websiteWaiting } from './websiteWaiting';
import {
  checkAllSites,
  listChecks,
  listRenewals,
  listSites,
  recordManualCheck,
  recordRenewal,
  recordVisitorReview,
  saveIncident,
  saveSite,
} from './websiteStore';

// Tuesday 1 December 2026, 08.00 on the office wall.
const START = new Date(2026, 11, 1, 8, 0).getTime();
const HOUR = 3_600_000;
const LATER = START + 3 * 24 * HOUR;
const at = (ms: number) => new Date(ms).toISOString();

describe('SOP F records', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  async function office() {
    db = testDatabase();
    const bookkeeping = { _clock: {}, _deleted: false, _updatedBy: null, _updatedAt: '' };
    const person = (id: string, roles: StaffRole[]) => ({
      id,
      nama: id,
      nip: '',
      jabatan: id,
      unitId: null,
      roles,
      aktif: true,
      ...bookkeeping,
    });
    await db.people.bulkPut([
      person('operator-1', ['operator']),
      person('pj-1', ['penanggungJawab']),
    ]);
    return (actor: string) => testWriteContext(db, { actor, device: `pc-${actor}`, start: LATER });
  }

  const site = {
    jenis: 'hosting' as const,
    nama: 'Website PA Mukomuko',
    alamatUrl: 'https://pa-mukomuko.go.id',
    penyedia: 'PT Hosting Nusantara',
    mulaiKontrak: '2026-01-10',
    akhirKontrak: '2026-12-31',
    biaya: 2_400_000,
    nomorTagihan: 'INV-2026-001',
  };

  it('renews a contract with its invoice; the reminder goes away', async () => {
    const as = await office();
    const operator = as('operator-1');
    const siteId = await saveSite(operator, site);
    expect(await renewalsDueFor(db, '2026-12-05')).toMatchObject([
      { id: siteId, sisaHari: 26, ambang: 30 },
    ]);
    await expect(
      recordRenewal(operator, {
        siteId,
        mulaiKontrak: '2027-01-01',
        akhirKontrak: '2027-12-31',
        biaya: 2_500_000,
        nomorTagihan: '',
      }),
    ).rejects.toThrow(/Nomor tagihan/);
    await expect(
      recordRenewal(operator, {
        siteId,
        mulaiKontrak: '2026-06-01',
        akhirKontrak: '2026-11-30',
        biaya: 1,
        nomorTagihan: 'X',
      }),
    ).rejects.toThrow(/sesudah akhir kontrak sekarang/);
    await recordRenewal(operator, {
      siteId,
      mulaiKontrak: '2027-01-01',
      akhirKontrak: '2027-12-31',
      biaya: 2_500_000,
      nomorTagihan: 'INV-2027-014',
    });
    const [renewed] = (await listSites(db)).rows;
    expect(renewed).toMatchObject({
      akhirKontrak: '2027-12-31',
      nomorTagihan: 'INV-2027-014',
      biaya: 2_500_000,
    });
    expect((await listRenewals(db)).rows).toHaveLength(1);
    expect(await renewalsDueFor(db, '2026-12-05')).toEqual([]);
    // Every write goes out to the other PCs.
    const tables = (await rowOutbox(db).toArray()).map((e) => e.table);
    expect(tables).toEqual(expect.arrayContaining(['websiteSites', 'websiteRenewals']));
  });

  it('lists the good sites past a damaged row from another PC, and says so', async () => {
    const as = await office();
    await saveSite(as('operator-1'), site);
    await db.websiteSites.put({
      ...site,
      id: 'rusak',
      akhirKontrak: 'bukan tanggal',
      _clock: {},
      _deleted: false,
      _updatedBy: null,
      _updatedAt: '',
    });
    const listed = await listSites(db);
    expect(listed.rows.map((r) => r.nama)).toEqual(['Website PA Mukomuko']);
    expect(listed.damaged.map((d) => d.id)).toEqual(['rusak']);
    expect(await renewalsDueFor(db, '2026-12-05')).toHaveLength(1);
  });

  it('records what main saw for each site, and a check by hand', async () => {
    const as = await office();
    const operator = as('operator-1');
    const siteId = await saveSite(operator, site);
    await saveSite(operator, {
      ...site,
      jenis: 'domain',
      nama: 'Domain tanpa alamat',
      alamatUrl: '',
    });
    const asked: string[] = [];
    const api = {
      websiteCheck: (input: { alamatUrl: string }) => {
        asked.push(input.alamatUrl);
        return Promise.resolve({
          ok: true as const,
          value: { statusHttp: 200, waktuResponsMs: 123, tlsBerakhir: '2026-12-12', galat: '' },
        });
      },
    } as unknown as MejaApi;
    const done = await checkAllSites(operator, api);
    expect(asked).toEqual(['https://pa-mukomuko.go.id']);
    expect(done).toMatchObject([
      { siteId, statusHttp: 200, waktuResponsMs: 123, tlsBerakhir: '2026-12-12', cara: 'otomatis' },
    ]);
    await expect(
      recordManualCheck(operator, {
        siteId,
        waktu: at(LATER + 48 * HOUR),
        statusHttp: 200,
        waktuResponsMs: null,
        tlsBerakhir: null,
        cara: 'manual',
        catatan: '',
      }),
    ).rejects.toThrow(/masa depan/);
    await recordManualCheck(operator, {
      siteId,
      waktu: at(START + HOUR),
      statusHttp: null,
      waktuResponsMs: null,
      tlsBerakhir: null,
      cara: 'manual',
      catatan: 'Tidak dapat dibuka dari jaringan kantor',
    });
    expect((await listChecks(db)).rows.map((c) => c.cara)).toEqual(['otomatis', 'manual']);
  });

  it('keeps a problem with its third-party follow-up and the restore from backup', async () => {
    const as = await office();
    const operator = as('operator-1');
    const siteId = await saveSite(operator, site);
    const followUp = {
      pihak: 'hosting' as const,
      permintaan: 'Memeriksa server hosting',
      dimintaPada: at(START + HOUR),
      dijawabPada: null,
      jawaban: '',
    };
    const incident = {
      siteId,
      masalah: 'Website tidak dapat diakses',
      mulai: at(START),
      selesai: null,
      penanganan: '',
      tindakLanjut: [followUp],
    };
    const id = await saveIncident(operator, incident);
    await expect(
      saveIncident(
        operator,
        {
          ...incident,
          pemulihan: { pada: at(START + 5 * HOUR), backupId: null, catatan: 'Dipulihkan' },
        },
        id,
      ),
    ).rejects.toThrow(/setelah masalah selesai/);
    await saveIncident(
      operator,
      {
        ...incident,
        selesai: at(START + 4 * HOUR),
        penanganan: 'Server dipindahkan oleh penyedia',
        tindakLanjut: [
          {
            ...followUp,
            dijawabPada: at(START + 3 * HOUR),
            jawaban: 'Server dipindah',
          },
        ],
        pemulihan: {
          pada: at(START + 5 * HOUR),
          backupId: null,
          catatan: 'Data dipulihkan dari cadangan 30 November',
        },
      },
      id,
    );
    const saved = await db.websiteIncidents.get(id);
    expect(saved?.tindakLanjut[0]?.jawaban).toBe('Server dipindah');
    expect(saved?.pemulihan?.catatan).toContain('cadangan');
    await expect(
      recordVisitorReview(operator, {
        siteId,
        dariTanggal: '2026-11-01',
        sampaiTanggal: '2026-11-30',
        jumlahKunjungan: 900,
        temuan: 'Lonjakan dari satu alamat',
        mencurigakan: true,
        catatan: '',
      }),
    ).rejects.toThrow(/tindakan atas aktivitas/);
  });

  const step = (
    cycleId: string,
    stepNo: number,
    ms: number,
    over: Partial<CycleStepInput> = {},
  ) => ({
    cycleId,
    stepNo,
    personId: 'x',
    selesaiPada: at(ms),
    catatan: '',
    output: '',
    keputusan: null,
    alasanTolak: '',
    ...over,
  });

  it("walks the month's cycle through procedure F, by whom the SOP names", async () => {
    const as = await office();
    const operator = as('operator-1');
    const pj = as('pj-1');
    const siteId = await saveSite(operator, site);
    const cycleId = await startCycle(operator, { bulan: '2026-12', dimulaiPada: at(START) });
    await expect(startCycle(operator, { bulan: '2026-12' })).rejects.toThrow(/sudah dimulai/);
    const cycle = await cycleOfMonth(db, '2026-12');
    expect(cycle).toMatchObject({ sopId: 'pa-mukomuko-as-32', status: 'berjalan' });

    // Monitoring needs a check of the month first.
    await expect(
      recordCycleStep(operator, step(cycleId, 1, START + HOUR), DEFAULT_OFFICE_HOURS),
    ).rejects.toThrow(/Belum ada pemeriksaan/);
    await recordManualCheck(operator, {
      siteId,
      waktu: at(START + HOUR),
      statusHttp: 200,
      waktuResponsMs: null,
      tlsBerakhir: null,
      cara: 'manual',
      catatan: '',
    });
    // The PJ may not record the operator's step.
    await expect(
      recordCycleStep(pj, step(cycleId, 1, START + HOUR), DEFAULT_OFFICE_HOURS),
    ).rejects.toThrow(/Menunggu/);
    for (const no of [1, 2, 3, 4, 5]) {
      await recordCycleStep(operator, step(cycleId, no, START + no * HOUR), DEFAULT_OFFICE_HOURS);
    }
    expect(await websiteWaiting(db, 'pj-1', new Date(LATER))).toMatchObject([
      { cycleId, stepNo: 6 },
    ]);
    expect(await websiteWaiting(db, 'operator-1', new Date(LATER))).toEqual([]);
    await expect(
      recordCycleStep(
        operator,
        step(cycleId, 6, START + 6 * HOUR, { keputusan: 'lanjut' }),
        DEFAULT_OFFICE_HOURS,
      ),
    ).rejects.toThrow(/Menunggu/);
    await recordCycleStep(
      pj,
      step(cycleId, 6, START + 6 * HOUR, { keputusan: 'lanjut' }),
      DEFAULT_OFFICE_HOURS,
    );
    await recordCycleStep(operator, step(cycleId, 7, START + 7 * HOUR), DEFAULT_OFFICE_HOURS);
    const steps = await listCycleSteps(db, cycleId);
    expect(steps.map((s) => [s.stepNo, s.personId])).toEqual([
      [1, 'operator-1'],
      [2, 'operator-1'],
      [3, 'operator-1'],
      [4, 'operator-1'],
      [5, 'operator-1'],
      [6, 'pj-1'],
      [7, 'operator-1'],
    ]);
    expect(steps[0]).toMatchObject({ menitKerja: 60 });
    expect(steps[0]?.standarMenit).not.toBeNull();
    expect(await db.websiteMaintenance.get(cycleId)).toMatchObject({
      status: 'selesai',
      langkahTerakhir: 7,
    });
  });
});
