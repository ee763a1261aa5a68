import type { SyncedOpFile } from '../../../renderer/sync/opFileCodec';

/** Test helpers for the row gate: a complete request row as another PC would send it. */

export const T0 = Date.UTC(2026, 10, 20, 2, 0);

export type Op = SyncedOpFile['ops'][number];

/** Every field a request row holds, as the reception and register write them. */
export function requestFields(uraian = 'Printer macet'): Op['changes'] {
  return {
    pemohon: {
      personId: null,
      nama: 'Siti Aminah',
      nip: '',
      unitNama: 'Kepaniteraan',
      telepon: '',
    },
    diterimaPada: new Date(T0).toISOString(),
    saluran: 'formulir',
    kategori: 'Printer/scanner',
    aplikasi: '',
    perangkat: 'Printer Epson',
    deviceId: null,
    uraian,
    urgensiPemohon: 'tinggi',
    nomor: 'W13-U1/1/HK2.6/XI/2026',
    tahun: 2026,
    urut: 1,
    sopId: 'sop-b',
    sopRevision: 1,
    urgensi: null,
    dampak: null,
    prioritas: null,
    disposisi: null,
    status: 'berjalan',
    langkahTerakhir: 1,
    langkahMulai: new Date(T0).toISOString(),
    adaTerlambat: false,
    selesaiPada: null,
    penutupan: null,
  };
}
