import { afterEach, describe, expect, it } from 'vitest';
import { sampleDevice } from '../../../test/doubles/shared/sampleDevice';
import type { MejaDatabase } from '../../db/database';
import type { DeviceRow } from '../../db/rows';
import { createRow } from '../../db/repository';
import {
  rowOutbox,
  testDatabase,
  testWriteContext,
} from '../../../test/doubles/renderer/testDatabase';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/requests/workingTime';
import { DEFAULT_PRIORITY_MATRIX } from '../../../shared/requests/priority';
import { registerRequest } from '../requests/public';
import { deviceHistory, listDevices, saveDevice } from './deviceStore';

describe('device inventory', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());
  const setup = () => {
    db = testDatabase();
    return testWriteContext(db, {
      actor: 'operator-1',
      start: new Date(2026, 10, 22, 9).getTime(),
    });
  };

  it('saves a device with its clocks and outbox entry, and edits it', async () => {
    const ctx = setup();
    const id = await saveDevice(ctx, null, sampleDevice());
    await saveDevice(ctx, id, { ...sampleDevice(), kondisi: 'rusakRingan' });
    const [row] = await listDevices(db);
    expect(row).toMatchObject({ id, kondisi: 'rusakRingan', _updatedBy: 'operator-1' });
    expect(await rowOutbox(db).count()).toBe(2);
  });

  it('leaves a damaged row out of the list instead of crashing it', async () => {
    const ctx = setup();
    const id = await saveDevice(ctx, null, sampleDevice());
    // Written straight to the table, as an older version or a bad copy could have left it.
    const bookkeeping = { _clock: {}, _deleted: false, _updatedBy: null, _updatedAt: '' };
    await db.devices.put({ id: 'd-bad', merek: 'Epson', ...bookkeeping } as unknown as DeviceRow);
    expect((await listDevices(db)).map((d) => d.id)).toEqual([id]);
  });

  it('refuses bad input and duplicates, writing nothing', async () => {
    const ctx = setup();
    await saveDevice(ctx, null, sampleDevice({ nomorSeri: 'SGH123' }));
    await expect(
      saveDevice(ctx, null, sampleDevice({ nup: '2', tahunPerolehan: 2027 })),
    ).rejects.toThrow('tidak boleh di masa depan');
    await expect(
      saveDevice(ctx, null, sampleDevice({ nup: '2', alamatIp: '192.168.1.300' })),
    ).rejects.toThrow('Alamat IP tidak valid');
    await expect(
      saveDevice(ctx, null, sampleDevice({ nup: '2', kodeBmn: '3-10' })),
    ).rejects.toThrow('Kode BMN');
    await expect(saveDevice(ctx, null, sampleDevice())).rejects.toThrow(
      'Kode BMN 3.10.02.01.003 NUP 1 sudah tercatat',
    );
    await expect(
      saveDevice(ctx, null, sampleDevice({ nup: '2', nomorSeri: 'sgh123' })),
    ).rejects.toThrow('Nomor seri sgh123 sudah tercatat');
    expect(await db.devices.count()).toBe(1);
    expect(await rowOutbox(db).count()).toBe(1);
  });

  it("lists a device's requests and maintenance records as its history", async () => {
    const ctx = setup();
    const id = await saveDevice(ctx, null, sampleDevice());
    const other = await saveDevice(ctx, null, sampleDevice({ nup: '2' }));
    const request = await registerRequest(
      ctx,
      {
        pemohon: { personId: null, nama: 'Siti', nip: '', unitNama: 'Kepaniteraan', telepon: '' },
        diterimaPada: new Date(2026, 10, 22, 8).toISOString(),
        saluran: 'telepon',
        kategori: 'Perangkat keras',
        aplikasi: '',
        perangkat: 'PC HP',
        deviceId: id,
        uraian: 'Tidak menyala',
        urgensiPemohon: 'tinggi',
      },
      {
        numberFormat: '{no:3}/PLTI/{bulan-romawi}/{tahun}',
        kategori: [],
        aplikasi: [],
        petunjuk: [],
        priorityMatrix: DEFAULT_PRIORITY_MATRIX,
        officeHours: DEFAULT_OFFICE_HOURS,
        nomorLuring: 'sementara',
        sewaBlok: 5,
      },
    );
    const check = (deviceId: string) => ({
      deviceId,
      hasil: 'baik' as const,
      kondisi: 'baik' as const,
      temuan: '',
      tindakan: '',
    });
    await createRow(ctx, 'maintenanceRecords', {
      tanggal: '2026-11-20',
      taskId: null,
      judul: 'Pemeliharaan fisik',
      petugasId: 'operator-1',
      perangkat: [check(id), check(other)],
      deviceIds: [id, other],
      temuan: '',
      tindakan: '',
      durasiMenit: 60,
    });
    await createRow(ctx, 'requestSteps', {
      requestId: request.id,
      stepNo: 9,
      personId: 'operator-1',
      selesaiPada: new Date(2026, 10, 22, 8, 30).toISOString(),
      catatan: '',
      output: '',
      keputusan: null,
      alasanTolak: '',
      tindakan: 'Catu daya diganti',
      sukuCadang: 'PSU 450 W',
      hasil: 'Menyala normal',
    });
    const history = await deviceHistory(db, id);
    expect(history.repairs.get(request.id)).toBe(
      'Catu daya diganti; suku cadang: PSU 450 W; Menyala normal',
    );
    expect(history.requests.map((r) => r.uraian)).toEqual(['Tidak menyala']);
    expect(history.records.map((r) => r.judul)).toEqual(['Pemeliharaan fisik']);
    expect((await deviceHistory(db, other)).requests).toEqual([]);
  });
});
