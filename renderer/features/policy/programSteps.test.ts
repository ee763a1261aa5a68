import { afterEach, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../../shared/office/roles';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/requests/workingTime';
import type { PolicyStepInput } from '../../../shared/policy/schema';
import type { MejaDatabase } from '../../db/database';
import {
  rowOutbox,
  testDatabase,
  testWriteContext,
} from '../../../test/doubles/renderer/testDatabase';
import { addDelegation, NO_ROLES_EVENTS } from '../delegations/public';
import { policyWaitingFor } from './policyWaiting';
import { addProgramItem, listRegulasi, listUsulan, recordUsulan } from './policyStore';
import { listPolicySteps, recordPolicyStep, startProgram } from './programSteps';

// Monday 23 November 2026, 08.00 on the office wall (working time is read in local time).
const START = new Date(2026, 10, 23, 8, 0).getTime();
const HOUR = 3_600_000;
const BEGUN = new Date(START).toISOString();
// The PCs' clock: the steps are recorded afterwards, with their real times.
const LATER = START + 7 * 24 * HOUR;

describe('Rencana Program TI through procedure A', () => {
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
      person('kasubag-1', ['kasubag']),
      person('sekretaris-1', ['sekretaris']),
      person('waka-1', ['wakilKetua']),
      person('operator-1', ['administrator', 'operator']),
    ]);
    const as = (actor: string) =>
      testWriteContext(db, { actor, device: `pc-${actor}`, start: LATER });
    return as;
  }

  const step = (
    programId: string,
    stepNo: number,
    at: number,
    over: Partial<PolicyStepInput> = {},
  ) => ({
    programId,
    stepNo,
    personId: 'x',
    selesaiPada: new Date(at).toISOString(),
    catatan: '',
    output: '',
    keputusan: null,
    alasanTolak: '',
    ...over,
  });

  it('takes a programme from a proposal to Ditetapkan and fills the regulation register', async () => {
    const as = await office();
    const operator = as('operator-1');
    const usulanId = await recordUsulan(operator, {
      unit: 'Kepaniteraan',
      judul: 'Pengadaan pemindai dokumen',
      uraian: 'Untuk e-Court',
      perkiraanBiaya: 15_000_000,
      tahun: 2027,
      diterimaPada: '2026-11-23',
      status: 'diterima',
    });
    const kasubag = as('kasubag-1');
    const programId = await startProgram(kasubag, {
      tahun: 2027,
      judul: 'Rencana Program TI 2027',
      dimulaiPada: BEGUN,
    });
    await addProgramItem(kasubag, {
      programId,
      program: 'Pengadaan pemindai',
      tujuan: 'Digitalisasi berkas',
      output: '2 unit pemindai',
      perkiraanBiaya: 15_000_000,
      triwulan: [2],
      penanggungJawabId: 'kasubag-1',
      usulanId,
      status: 'direncanakan',
      realisasiBiaya: null,
      realisasi: '',
      urut: 1,
    });
    expect((await listUsulan(db))[0]?.status).toBe('diakomodasi');

    // Nobody but the Kasubag may draft (step 1); the operator is told whom it waits for.
    await expect(
      recordPolicyStep(operator, step(programId, 1, START + HOUR), DEFAULT_OFFICE_HOURS),
    ).rejects.toThrow(/Menunggu Kasubag.*kasubag-1/);
    expect(await policyWaitingFor(db, 'kasubag-1', new Date(START))).toMatchObject([
      { programId, stepNo: 1 },
    ]);
    expect(await policyWaitingFor(db, 'operator-1', new Date(START))).toEqual([]);

    // Finished 20 seconds past the hour: the step keeps whole working minutes.
    await recordPolicyStep(
      kasubag,
      step(programId, 1, START + HOUR + 20_000),
      DEFAULT_OFFICE_HOURS,
    );
    // Step 2 (4 jam) finished the next working day: late.
    const nextDay = START + 24 * HOUR + 7 * HOUR;
    await recordPolicyStep(kasubag, step(programId, 2, nextDay), DEFAULT_OFFICE_HOURS);
    const sekretaris = as('sekretaris-1');
    await recordPolicyStep(sekretaris, step(programId, 3, nextDay), DEFAULT_OFFICE_HOURS);
    const waka = as('waka-1');
    await recordPolicyStep(
      waka,
      step(programId, 4, nextDay, { keputusan: 'lanjut' }),
      DEFAULT_OFFICE_HOURS,
    );
    let program = await db.policyPrograms.get(programId);
    expect(program?.status).toBe('ditetapkan');
    expect(program?.ditetapkanPada).toBe(new Date(nextDay).toISOString());
    expect(program?.adaTerlambat).toBe(true);

    // A regulation is refused at a step that does not gather them.
    await recordPolicyStep(operator, step(programId, 5, nextDay), DEFAULT_OFFICE_HOURS, [
      {
        jenis: 'Peraturan Mahkamah Agung',
        nomor: '7',
        tahun: 2022,
        tentang: 'Administrasi Perkara dan Persidangan di Pengadilan secara Elektronik',
        status: 'berlaku',
        diubahOleh: '',
        berkas: 'perma-7-2022.pdf',
      },
    ]);
    const steps = await listPolicySteps(db, programId);
    expect(steps.map((s) => [s.stepNo, s.terlambat])).toEqual([
      [1, false],
      [2, true],
      [3, false],
      [4, false],
      [5, false],
    ]);
    expect(steps[0]).toMatchObject({ personId: 'kasubag-1', menitKerja: 60, standarMenit: 120 });
    const regulasi = await listRegulasi(db);
    expect(regulasi.map((r) => r.nomor)).toEqual(['7']);
    expect(steps[4]?.regulasiIds).toEqual([regulasi[0]?.id]);
    program = await db.policyPrograms.get(programId);
    expect(program?.langkahTerakhir).toBe(5);
    expect(program?.sopRevision).toBeGreaterThanOrEqual(0);
    expect(await policyWaitingFor(db, 'operator-1', new Date(nextDay))).toEqual([]);
    expect((await rowOutbox(db).toArray()).some((e) => e.table === 'policySteps')).toBe(true);
  });

  it('refuses a step out of turn, a refusal at a non-decision step, and regulations too early', async () => {
    const as = await office();
    const kasubag = as('kasubag-1');
    const programId = await startProgram(kasubag, {
      tahun: 2027,
      judul: 'Rencana 2027',
      dimulaiPada: BEGUN,
    });
    await expect(startProgram(kasubag, { tahun: 2027, judul: 'Lagi' })).rejects.toThrow(
      /sudah ada/,
    );
    await expect(
      recordPolicyStep(kasubag, step(programId, 2, START + HOUR), DEFAULT_OFFICE_HOURS),
    ).rejects.toThrow(/belum gilirannya/);
    await expect(
      recordPolicyStep(
        kasubag,
        step(programId, 1, START + HOUR, { keputusan: 'tolak', alasanTolak: 'x' }),
        DEFAULT_OFFICE_HOURS,
      ),
    ).rejects.toThrow(/keputusan/);
    await expect(
      recordPolicyStep(kasubag, step(programId, 1, START + HOUR), DEFAULT_OFFICE_HOURS, [
        {
          jenis: 'Lainnya',
          nomor: '1',
          tahun: 2020,
          tentang: 'x',
          status: 'berlaku',
          diubahOleh: '',
          berkas: '',
        },
      ]),
    ).rejects.toThrow(/regulasi/);
    expect(await listPolicySteps(db, programId)).toEqual([]);
  });

  it('lets a Plh. of the Wakil Ketua adopt, and a refusal ends the programme', async () => {
    const as = await office();
    const kasubag = as('kasubag-1');
    const programId = await startProgram(kasubag, {
      tahun: 2027,
      judul: 'Rencana 2027',
      dimulaiPada: BEGUN,
    });
    await recordPolicyStep(kasubag, step(programId, 1, START + HOUR), DEFAULT_OFFICE_HOURS);
    await recordPolicyStep(kasubag, step(programId, 2, START + 2 * HOUR), DEFAULT_OFFICE_HOURS);
    const sekretaris = as('sekretaris-1');
    await recordPolicyStep(sekretaris, step(programId, 3, START + 3 * HOUR), DEFAULT_OFFICE_HOURS);
    const admin = as('operator-1');
    await addDelegation(
      admin,
      {
        untukPersonId: 'waka-1',
        delegasiPersonId: 'sekretaris-1',
        jenis: 'Plh.',
        nomorSurat: 'W5-A/1/KP.04.6/XI/2026',
        dari: '2026-11-23',
        sampai: '2026-11-30',
        dicabut: false,
      },
      NO_ROLES_EVENTS,
    );
    expect(await policyWaitingFor(db, 'sekretaris-1', new Date(START))).toMatchObject([
      { stepNo: 4, sebagaiPlh: true },
    ]);
    await recordPolicyStep(
      sekretaris,
      step(programId, 4, START + 4 * HOUR, {
        keputusan: 'tolak',
        alasanTolak: 'Anggaran belum tersedia',
      }),
      DEFAULT_OFFICE_HOURS,
    );
    const program = await db.policyPrograms.get(programId);
    expect(program?.status).toBe('ditolak');
    const steps = await listPolicySteps(db, programId);
    expect(steps[3]?.atasNama).toMatchObject({ personId: 'waka-1', jenis: 'Plh.' });
    expect(await policyWaitingFor(db, 'waka-1', new Date(START))).toEqual([]);
  });
});
