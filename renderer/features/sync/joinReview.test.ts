import { afterEach, describe, expect, it } from 'vitest';
import type { Office } from '../../../shared/office/office';
import { createRow, putRow } from '../../db/repository';
import { holdLocalData, readJoinHold } from '../../sync/joinHold';
import { createMemoryFolder } from '../../../test/doubles/renderer/memoryFolder';
import { fastKeys, testPc, type TestPc } from '../../../test/doubles/renderer/syncOffices';
import { readOffice, saveOffice } from '../office/public';
import { readCurrentUser, writeCurrentUser, listPeople, savePerson } from '../people/public';
import { defaultUnitId, listUnits, seedDefaultUnits } from '../units/public';
import { afterJoinCycle, applyJoinChoices, readJoinDifferences } from './joinReview';

const NIP = '199003152019031004';
const WORKSPACE_OFFICE: Office = {
  lingkungan: 'agama',
  pengadilanTinggi: 'Pengadilan Tinggi Agama Bengkulu',
  namaPengadilan: 'Pengadilan Agama Mukomuko',
  alamat: 'Jalan Soekarno Hatta',
  kota: 'Mukomuko',
  kodePos: '38765',
  telepon: '(0737) 5243965',
  faks: '(0737) 5243966',
  email: 'pa.mukomuko@gmail.com',
  website: 'www.pa-mukomuko.go.id',
  logo: { dataUrl: 'data:image/png;base64,iVBORw0KGgo=', width: 10, height: 10 },
  kertas: 'F4',
};
const PC2_OFFICE: Office = {
  ...WORKSPACE_OFFICE,
  namaPengadilan: 'PA Mukomuko (PC 2)',
  telepon: '0812 3456 7890',
  faks: '',
  email: '',
  logo: null,
};

const pcs: TestPc[] = [];
afterEach(() => {
  for (const pc of pcs.splice(0)) pc.db.close();
});

async function twoPcs() {
  const folder = createMemoryFolder({ seed: 5 });
  const keys = await fastKeys();
  const a = testPc({ device: 'pc-a', folder, keys });
  // PC 2 is set up later: every stamp it makes is newer than PC 1's.
  const b = testPc({ device: 'pc-b', folder, keys, skewMs: 60_000 });
  pcs.push(a, b);
  return { a, b };
}

/** The first run: units, the first staff member (this PC's user), the office. */
async function firstRun(pc: TestPc, office: Office, nama: string): Promise<string> {
  await seedDefaultUnits(pc.ctx);
  const id = await savePerson(pc.ctx, null, {
    nama,
    nip: NIP,
    jabatan: 'Pranata Komputer',
    unitId: defaultUnitId('Hakim'),
    roles: ['operator'],
    aktif: true,
  });
  await writeCurrentUser(pc.db, id);
  await saveOffice(pc.ctx, office);
  return id;
}

/** A network watch recorded by `petugasId`: a record that refers to a person. */
function recordWatch(pc: TestPc, petugasId: string) {
  return createRow(pc.ctx, 'networkChecks', {
    tanggal: '2026-11-20',
    petugasId,
    objek: 'Switch lantai 2',
    status: 'normal',
    temuan: '',
    tindakan: '',
  });
}

async function cycle(pc: TestPc) {
  const report = await pc.engine.runCycle();
  await afterJoinCycle(pc.ctx, report);
  pc.ctx.advance(1000);
}

describe('a PC with its own data joining a workspace', () => {
  it('changes nothing of the workspace until the operator chooses, then only what was chosen', async () => {
    const { a, b } = await twoPcs();
    const rahmat = await firstRun(a, WORKSPACE_OFFICE, 'Rahmat Hidayat, S.Kom');
    await cycle(a);
    const own = await firstRun(b, PC2_OFFICE, 'Rahmat H.');
    const watch = await recordWatch(b, own);
    expect(await holdLocalData(b.db)).toBe(true);

    await cycle(b);
    await cycle(a);
    // Before any choice: the workspace is as it was, on both PCs; PC 2 shows the office's.
    for (const pc of [a, b]) expect(await readOffice(pc.db)).toEqual(WORKSPACE_OFFICE);
    expect((await listPeople(a.db)).map((p) => p.id)).toEqual([rahmat]);

    const differences = await readJoinDifferences(b.db);
    expect(differences?.office.map((d) => d.field).sort()).toEqual(
      ['email', 'faks', 'logo', 'namaPengadilan', 'telepon'].sort(),
    );
    expect(differences?.people.map((d) => [d.workspace.id, d.local.id])).toEqual([[rahmat, own]]);

    await applyJoinChoices(b.ctx, { office: { telepon: 'local' }, people: { [NIP]: 'workspace' } });
    for (const pc of [b, a, b]) await cycle(pc);

    for (const pc of [a, b]) {
      expect(await readOffice(pc.db)).toEqual({ ...WORKSPACE_OFFICE, telepon: PC2_OFFICE.telepon });
      const people = await listPeople(pc.db);
      expect(people.map((p) => [p.id, p.nama])).toEqual([[rahmat, 'Rahmat Hidayat, S.Kom']]);
      expect((await pc.db.networkChecks.get(watch))?.petugasId).toBe(rahmat);
    }
    expect(await readCurrentUser(b.db)).toBe(rahmat);
    expect(await readJoinHold(b.db)).toBeNull();
  });

  it("keeps the PC's data of a person when chosen, as one person under the workspace's id", async () => {
    const { a, b } = await twoPcs();
    const rahmat = await firstRun(a, WORKSPACE_OFFICE, 'Rahmat Hidayat, S.Kom');
    await cycle(a);
    await firstRun(b, PC2_OFFICE, 'Rahmat Hidayat, S.Kom., M.T.');
    await holdLocalData(b.db);
    await cycle(b);
    await applyJoinChoices(b.ctx, { office: {}, people: { [NIP]: 'local' } });
    for (const pc of [b, a]) await cycle(pc);

    for (const pc of [a, b]) {
      expect(await readOffice(pc.db)).toEqual(WORKSPACE_OFFICE);
      const people = await listPeople(pc.db);
      expect(people.map((p) => [p.id, p.nama])).toEqual([[rahmat, 'Rahmat Hidayat, S.Kom., M.T.']]);
    }
  });

  it("never lets the first-run defaults overwrite the workspace's units", async () => {
    const { a, b } = await twoPcs();
    await firstRun(a, WORKSPACE_OFFICE, 'Rahmat Hidayat, S.Kom');
    await putRow(a.ctx, 'units', defaultUnitId('Hakim'), { nama: 'Majelis Hakim', aktif: false });
    await cycle(a);
    await firstRun(b, PC2_OFFICE, 'Rahmat H.');
    await holdLocalData(b.db);
    await cycle(b);
    await applyJoinChoices(b.ctx, { office: {}, people: {} });
    for (const pc of [b, a]) await cycle(pc);

    for (const pc of [a, b]) {
      const hakim = (await listUnits(pc.db)).find((u) => u.id === defaultUnitId('Hakim'));
      expect(hakim).toMatchObject({ nama: 'Majelis Hakim', aktif: false });
    }
  });
});

describe('staff with one NIP made on two PCs apart', () => {
  it('become one person on every PC, the smaller id, with every reference moved to it', async () => {
    const { a, b } = await twoPcs();
    await cycle(a);
    await cycle(b);
    const fields = {
      nip: NIP,
      jabatan: 'Pranata Komputer',
      unitId: null,
      aktif: true,
    };
    const onA = await savePerson(a.ctx, null, { ...fields, nama: 'Rahmat', roles: ['operator'] });
    const onB = await savePerson(b.ctx, null, { ...fields, nama: 'Rahmat H.', roles: ['kasubag'] });
    await writeCurrentUser(b.db, onB);
    const watchA = await recordWatch(a, onA);
    const watchB = await recordWatch(b, onB);
    for (const pc of [a, b, a, b]) await cycle(pc);

    const survivor = [onA, onB].sort()[0];
    for (const pc of [a, b]) {
      const people = await listPeople(pc.db);
      expect(people.map((p) => p.id)).toEqual([survivor]);
      expect(people[0]?.roles).toEqual(['kasubag', 'operator']);
      for (const watch of [watchA, watchB]) {
        expect((await pc.db.networkChecks.get(watch))?.petugasId).toBe(survivor);
      }
    }
    expect(await readCurrentUser(b.db)).toBe(survivor);
  });
});
