import type { DeviceFields } from '../../../shared/devices/schema';

/** A valid device as the inventory holds it; `over` changes what a test needs. */
export function sampleDevice(over: Partial<DeviceFields> = {}): DeviceFields {
  return {
    jenis: 'pc',
    merek: 'HP',
    model: 'ProDesk 400 G7',
    nomorSeri: '',
    kodeBmn: '3.10.02.01.003',
    nup: '1',
    ruangan: 'Ruang Kepaniteraan',
    pengguna: 'Siti Aminah',
    tahunPerolehan: 2021,
    kondisi: 'baik',
    alamatIp: '',
    catatan: '',
    aktif: true,
    ...over,
  };
}
