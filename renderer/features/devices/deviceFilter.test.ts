import { BUILT_IN_TYPE_LABELS } from '../../../shared/devices/deviceTypes';
import { describe, expect, it } from 'vitest';
import { sampleDevice } from '../../../test/doubles/shared/sampleDevice';
import type { DeviceRow } from '../../db/rows';
import { filterDevices, NO_DEVICE_FILTER, roomsOf } from './deviceFilter';
import { validateDevice, deviceValuesOf, deviceInputOf } from './deviceValues';

const row = (id: string, over: Parameters<typeof sampleDevice>[0]): DeviceRow => ({
  ...sampleDevice(over),
  id,
  _clock: {},
  _deleted: false,
  _updatedBy: null,
  _updatedAt: '2026-11-22T02:00:00.000Z',
});

const devices = [
  row('a', {
    merek: 'HP',
    model: 'ProDesk 400',
    ruangan: 'Kepaniteraan',
    alamatIp: '192.168.1.10',
  }),
  row('b', {
    jenis: 'printer',
    merek: 'Epson',
    model: 'L3110',
    ruangan: 'PTSP',
    kondisi: 'rusakRingan',
  }),
  row('c', { jenis: 'ups', merek: 'APC', ruangan: 'Ruang Server', aktif: false }),
];

describe('the device list filter', () => {
  it('searches every word across name, code, room, user and IP, leaving retired devices out', () => {
    const ids = (f: Partial<typeof NO_DEVICE_FILTER>) =>
      filterDevices(devices, { ...NO_DEVICE_FILTER, ...f }).map((d) => d.id);
    expect(ids({})).toEqual(['a', 'b']);
    expect(ids({ termasukNonaktif: true })).toEqual(['a', 'b', 'c']);
    expect(ids({ query: 'epson ptsp' })).toEqual(['b']);
    expect(ids({ query: '192.168.1' })).toEqual(['a']);
    expect(ids({ query: 'rusak' })).toEqual(['b']);
    expect(ids({ jenis: 'printer' })).toEqual(['b']);
    expect(ids({ kondisi: 'baik', ruangan: 'Kepaniteraan' })).toEqual(['a']);
    expect(roomsOf(devices)).toEqual(['Kepaniteraan', 'PTSP', 'Ruang Server']);
  });

  it("filters and finds an office type's devices by its code and its current name", () => {
    const queue = row('q', { jenis: 'mesinAntrian', merek: 'Wincor', ruangan: 'Lobi' });
    const labels = { ...BUILT_IN_TYPE_LABELS, mesinAntrian: 'Mesin antrean' };
    const ids = (f: Partial<typeof NO_DEVICE_FILTER>) =>
      filterDevices([...devices, queue], { ...NO_DEVICE_FILTER, ...f }, labels).map((d) => d.id);
    expect(ids({ jenis: 'mesinAntrian' })).toEqual(['q']);
    expect(ids({ query: 'antrean' })).toEqual(['q']);
  });

  it('keeps the form values through a round trip and names the bad field', () => {
    const values = deviceValuesOf(sampleDevice({ tahunPerolehan: null }));
    expect(values.tahunPerolehan).toBe('');
    expect(deviceInputOf(values).tahunPerolehan).toBeNull();
    expect(validateDevice({ ...values, tahunPerolehan: 2030 }, 2026)).toEqual({
      tahunPerolehan: 'Tahun perolehan tidak boleh di masa depan.',
    });
    expect(validateDevice({ ...values, merek: ' ', ruangan: '' }, 2026)).toEqual({
      merek: 'Merek wajib diisi.',
      ruangan: 'Ruangan wajib diisi.',
    });
  });
});
