import type { StaffRole } from '../../../shared/office/roles';
import { DEFAULT_PRIORITY_MATRIX } from '../../../shared/requests/priority';
import type { Level, ReceptionInput, StepRecordInput } from '../../../shared/requests/schema';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/requests/workingTime';
import type { PersonRow } from '../../../renderer/db/rows';
import type { RequestSettings } from '../../../renderer/features/requests/requestSettings';

/** Test helpers for the requests' stores: a filled reception, as the form gives it. */
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

/** Request settings as a new office has them, for the stores' tests. */
export const TEST_REQUEST_SETTINGS: RequestSettings = {
  numberFormat: '{no:3}/PLTI/{bulan-romawi}/{tahun}',
  kategori: ['Printer/scanner'],
  aplikasi: ['SIPP'],
  petunjuk: ['Selesaikan'],
  priorityMatrix: DEFAULT_PRIORITY_MATRIX,
  officeHours: DEFAULT_OFFICE_HOURS,
  nomorLuring: 'sementara',
  sewaBlok: 5,
};

/** A staff member holding `roles`, named after the id unless a name is given. */
export function testPerson(id: string, roles: StaffRole[], nama = id): PersonRow {
  return {
    id,
    nama,
    nip: '',
    jabatan: `Jabatan ${id}`,
    unitId: null,
    roles,
    aktif: true,
    _clock: {},
    _deleted: false,
    _updatedBy: null,
    _updatedAt: '',
  };
}

/** A step record as the step form gives it, blank but for what the test says. */
export function testStep(
  requestId: string,
  stepNo: number,
  selesaiPada: Date,
  over: Partial<StepRecordInput> = {},
): StepRecordInput {
  return {
    requestId,
    stepNo,
    personId: 'operator-1',
    selesaiPada: selesaiPada.toISOString(),
    catatan: '',
    output: '',
    keputusan: null,
    alasanTolak: '',
    tindakan: '',
    sukuCadang: '',
    hasil: '',
    ...over,
  };
}
