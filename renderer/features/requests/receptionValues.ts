import {
  receptionSchema,
  type Level,
  type Reception,
  type Saluran,
} from '../../../shared/requests/schema';
import type { RequestRow } from '../../db/rows';

/** The reception form as typed; the received time is the local datetime-local value. */
export type ReceptionValues = {
  personId: string | null;
  nama: string;
  nip: string;
  unitNama: string;
  telepon: string;
  diterimaLokal: string;
  saluran: Saluran;
  kategori: string;
  aplikasi: string;
  perangkat: string;
  deviceId: string | null;
  uraian: string;
  urgensiPemohon: Level;
  /** The letter's own number and date ('YYYY-MM-DD'), when it arrived as a letter. */
  suratNomor: string;
  suratTanggal: string;
};

/** "2026-11-22T14:30" in local time, as a datetime-local input holds it. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function emptyReception(now: Date): ReceptionValues {
  return {
    personId: null,
    nama: '',
    nip: '',
    unitNama: '',
    telepon: '',
    diterimaLokal: toLocalInput(now),
    saluran: 'formulir',
    kategori: '',
    aplikasi: '',
    perangkat: '',
    deviceId: null,
    uraian: '',
    urgensiPemohon: 'sedang',
    suratNomor: '',
    suratTanggal: '',
  };
}

const FIELD_OF: Record<string, keyof ReceptionValues> = {
  'pemohon.nama': 'nama',
  'pemohon.nip': 'nip',
  'pemohon.unitNama': 'unitNama',
  'pemohon.telepon': 'telepon',
  diterimaPada: 'diterimaLokal',
  surat: 'suratNomor',
  'surat.nomor': 'suratNomor',
  'surat.tanggal': 'suratTanggal',
};

/** The letter's number and date, kept only for a request that arrived as a letter. */
function letterOf(values: ReceptionValues): { nomor: string; tanggal: string } | null {
  if (values.saluran !== 'surat') return null;
  const nomor = values.suratNomor.trim();
  const tanggal = values.suratTanggal.trim();
  return nomor || tanggal ? { nomor, tanggal } : null;
}

/** The reception to register, or the errors by form field (Indonesian messages). */
export function validateReception(
  values: ReceptionValues,
  now: Date,
): { ok: true; reception: Reception } | { ok: false; errors: Record<string, string> } {
  const diterimaPada = fromLocalInput(values.diterimaLokal);
  const parsed = receptionSchema(now).safeParse({
    pemohon: {
      personId: values.personId,
      nama: values.nama,
      nip: values.nip,
      unitNama: values.unitNama,
      telepon: values.telepon,
    },
    diterimaPada: diterimaPada ?? '',
    saluran: values.saluran,
    kategori: values.kategori,
    aplikasi: values.kategori === 'Aplikasi' ? values.aplikasi : '',
    perangkat: values.perangkat,
    deviceId: values.deviceId,
    uraian: values.uraian,
    urgensiPemohon: values.urgensiPemohon,
    surat: letterOf(values),
  });
  if (parsed.success) return { ok: true, reception: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    const field = FIELD_OF[path] ?? path;
    errors[field] ??=
      field === 'diterimaLokal' && !diterimaPada ? 'Isi tanggal dan jam terima.' : issue.message;
  }
  return { ok: false, errors };
}

/** A registered request's reception as the form holds it, for "Ubah data permintaan". */
export function receptionValuesOf(request: RequestRow): ReceptionValues {
  return {
    personId: request.pemohon.personId,
    nama: request.pemohon.nama,
    nip: request.pemohon.nip,
    unitNama: request.pemohon.unitNama,
    telepon: request.pemohon.telepon,
    diterimaLokal: toLocalInput(new Date(request.diterimaPada)),
    saluran: request.saluran,
    kategori: request.kategori,
    aplikasi: request.aplikasi,
    perangkat: request.perangkat,
    deviceId: request.deviceId ?? null,
    uraian: request.uraian,
    urgensiPemohon: request.urgensiPemohon,
    suratNomor: request.surat?.nomor ?? '',
    suratTanggal: request.surat?.tanggal ?? '',
  };
}
