import { afterEach, describe, expect, it } from 'vitest';
import type { Disposition } from '../../../shared/requests/schema';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import {
  TEST_REQUEST_SETTINGS as settings,
  testPerson,
  testReception,
} from '../../../test/doubles/renderer/testReception';
import type { MejaDatabase } from '../../db/database';
import type { RolesEvent } from '../delegations/public';
import { addDelegation, revokeDelegation } from '../delegations/public';
import { listSteps, procedureOf, recordStep, registerRequest } from './requestStore';

const at = new Date(2026, 10, 23, 8, 5);
const disposisi: Disposition = {
  dariPersonId: 'staf',
  tanggal: at.toISOString(),
  sifat: 'biasa',
  kecepatan: 'segera',
  diteruskanKepada: ['operator'],
  petunjuk: [],
  catatan: '',
};

describe('who records a step of a request', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  async function setup() {
    db = testDatabase();
    await db.people.bulkPut([
      testPerson('operator', ['administrator', 'operator'], 'Ani'),
      testPerson('sekretaris', ['sekretaris'], 'Budi'),
      testPerson('staf', [], 'Citra'),
    ]);
    const start = new Date(2026, 10, 23, 9, 0).getTime();
    const admin = testWriteContext(db, { actor: 'operator', start });
    const staf = testWriteContext(db, { actor: 'staf', device: 'pc-b', start });
    const { id } = await registerRequest(
      admin,
      testReception(new Date(2026, 10, 23, 8, 0)),
      settings,
    );
    const request = await db.requests.get(id);
    const procedure = request && (await procedureOf(db, request));
    if (!request || !procedure) throw new Error('missing');
    const events: RolesEvent[] = [];
    const stepTwo = (ctx: typeof admin) =>
      recordStep(
        ctx,
        request,
        procedure,
        {
          requestId: id,
          stepNo: 2,
          personId: 'sekretaris',
          selesaiPada: at.toISOString(),
          catatan: '',
          output: '',
          keputusan: null,
          alasanTolak: '',
          tindakan: '',
          sukuCadang: '',
          hasil: '',
        },
        { disposisi },
        settings,
        (e) => events.push(e),
      );
    return { id, admin, staf, stepTwo, events };
  }

  it("refuses another role's step, administrator included, saying who it waits for", async () => {
    const { id, admin, staf, stepTwo, events } = await setup();
    await expect(stepTwo(admin)).rejects.toThrow('Menunggu Sekretaris: Budi.');
    await expect(stepTwo(staf)).rejects.toThrow('Menunggu Sekretaris: Budi.');
    expect((await listSteps(db, id)).map((s) => s.stepNo)).toEqual([1]);
    expect(events.map((e) => e.kind)).toEqual(['langkah.ditolak', 'langkah.ditolak']);
  });

  it("records a Plh.'s step on the official's behalf, and refuses it once revoked", async () => {
    const { id, admin, staf, stepTwo, events } = await setup();
    const plh = {
      jenis: 'Plh.' as const,
      untukPersonId: 'sekretaris',
      delegasiPersonId: 'staf',
      dari: '2026-11-23',
      sampai: '2026-11-24',
      nomorSurat: 'W8-A1/1/KP/XI/2026',
      dicabut: false,
    };
    await expect(addDelegation(staf, plh, (e) => events.push(e))).rejects.toThrow(
      /Hanya Administrator/,
    );
    const delegationId = await addDelegation(admin, plh, (e) => events.push(e));
    await revokeDelegation(admin, delegationId, (e) => events.push(e));
    await expect(stepTwo(staf)).rejects.toThrow(/Menunggu Sekretaris/);
    const again = await addDelegation(admin, plh, (e) => events.push(e));
    await stepTwo(staf);
    const atasNama = {
      personId: 'sekretaris',
      jenis: 'Plh.',
      nomorSurat: plh.nomorSurat,
      delegationId: again,
    };
    const recorded = (await listSteps(db, id)).find((s) => s.stepNo === 2);
    expect(recorded?.personId).toBe('staf');
    expect(recorded?.atasNama).toEqual(atasNama);
    expect((await db.requests.get(id))?.disposisi?.atasNama).toEqual(atasNama);
    expect(events.map((e) => e.kind)).toEqual([
      'delegasi.dibuat',
      'delegasi.dicabut',
      'langkah.ditolak',
      'delegasi.dibuat',
    ]);
  });
});
