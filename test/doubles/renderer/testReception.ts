import type { Level, ReceptionInput } from '../../../shared/requests/schema';

/** Test helpers: a filled reception, as the form gives it. */
export function testReception(
  diterimaPada: Date,
  urgensiPemohon: Level = 'tinggi',
): ReceptionInput {
  return {
    pemohon: {
      personId: null,
      nama: 'Siti Aminah',
      nip: '',
      unitNama: 'Kepaniteraan',
      telepon: '',
    },
    diterimaPada: diterimaPada.toISOString(),
    saluran: 'formulir',
    kategori: 'Printer/scanner',
    aplikasi: '',
    perangkat: 'Printer Epson',
    uraian: 'Printer macet',
    urgensiPemohon,
  };
}
