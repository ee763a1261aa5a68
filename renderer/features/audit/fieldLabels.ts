import { CONDITION_LABELS } from '../../../shared/devices/schema';
import {
  BUILT_IN_DEVICE_TYPE_LABELS,
  deviceTypeLabel,
  type DeviceTypeLabels,
} from '../../../shared/devices/deviceTypes';
import { formatTanggalJam } from '../../../shared/format/date';
import { REQUEST_STATUS_LABELS } from '../../../shared/requests/schema';

/** Indonesian labels of stored fields, as the screens name them, for the history and the Audit screen. */
export const FIELD_LABELS: Record<string, Record<string, string>> = {
  deviceTypes: { nama: 'Nama jenis' },
  devices: {
    jenis: 'Jenis',
    merek: 'Merek',
    model: 'Model/tipe',
    nomorSeri: 'Nomor seri',
    kodeBmn: 'Kode BMN',
    nup: 'NUP',
    ruangan: 'Ruangan',
    pengguna: 'Pengguna',
    tahunPerolehan: 'Tahun perolehan',
    kondisi: 'Kondisi',
    alamatIp: 'Alamat IP',
    catatan: 'Catatan',
    aktif: 'Aktif',
  },
  requests: {
    nomor: 'Nomor',
    pemohon: 'Pemohon',
    diterimaPada: 'Diterima pada',
    saluran: 'Saluran',
    kategori: 'Kategori',
    aplikasi: 'Aplikasi',
    perangkat: 'Perangkat',
    deviceId: 'Perangkat (inventaris)',
    uraian: 'Uraian',
    urgensiPemohon: 'Urgensi menurut pemohon',
    urgensi: 'Urgensi',
    dampak: 'Dampak',
    prioritas: 'Prioritas',
    disposisi: 'Disposisi',
    status: 'Status',
    langkahTerakhir: 'Langkah terakhir',
    langkahMulai: 'Langkah dimulai',
    adaTerlambat: 'Ada keterlambatan',
    selesaiPada: 'Selesai pada',
    penutupan: 'Penutupan',
    surat: 'Surat',
    pembatalan: 'Pembatalan',
    koreksi: 'Alasan perubahan',
    tahun: 'Tahun',
    urut: 'Nomor urut',
    riwayatNomor: 'Riwayat nomor',
    sopId: 'SOP',
    sopRevision: 'Revisi SOP',
    lokasi: 'Lokasi penomoran',
    nomorSementara: 'Nomor sementara',
  },
  requestSteps: {
    requestId: 'Permintaan',
    stepNo: 'Langkah',
    personId: 'Petugas',
    selesaiPada: 'Selesai pada',
    catatan: 'Catatan',
    output: 'Output',
    keputusan: 'Keputusan',
    alasanTolak: 'Alasan penolakan',
    tindakan: 'Tindakan',
    sukuCadang: 'Suku cadang',
    hasil: 'Hasil',
    koreksi: 'Alasan perubahan',
  },
  people: {
    nama: 'Nama',
    nip: 'NIP',
    jabatan: 'Jabatan',
    unitId: 'Unit kerja',
    roles: 'Peran',
    aktif: 'Aktif',
  },
};

/** The label of a field of a table, or the field's own name when the screen has none. */
export function fieldLabel(table: string | undefined, field: string): string {
  if (field === '_deleted') return 'Dihapus';
  return (table && FIELD_LABELS[table]?.[field]) ?? field;
}

const LONGEST = 80;

/** Coded values shown by their Indonesian names, per table and field. */
const VALUE_LABELS: Record<string, Record<string, Record<string, string>>> = {
  devices: { kondisi: CONDITION_LABELS, jenis: BUILT_IN_DEVICE_TYPE_LABELS },
  requests: { status: REQUEST_STATUS_LABELS },
  requestSteps: { keputusan: { lanjut: 'Lanjut', tolak: 'Tolak' } },
};

/**
 * A field's value as a short readable text, coded values by their Indonesian names;
 * `deviceTypes` names the office's own device types (else they show as their codes).
 */
export function fieldValueText(
  table: string | undefined,
  field: string,
  value: unknown,
  deviceTypes?: DeviceTypeLabels,
): string {
  if (deviceTypes && table === 'devices' && field === 'jenis' && typeof value === 'string')
    return deviceTypeLabel(value, deviceTypes);
  const named =
    typeof value === 'string' && table ? VALUE_LABELS[table]?.[field]?.[value] : undefined;
  return named ?? valueText(value);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** What an object value says, read the way a person would: a reason, a requester. */
function objectText(value: object): string {
  const o = value as Record<string, unknown>;
  if (typeof o.alasan === 'string') return o.alasan;
  if (typeof o.nomor === 'string') return o.nomor;
  if (typeof o.nama === 'string' && typeof o.unitNama === 'string') {
    return `${o.nama}, ${o.unitNama}`;
  }
  return JSON.stringify(value);
}

/**
 * A stored value as a short readable text: "—" for nothing, Ya/Tidak, a time as Indonesians
 * write it, a reason or a requester by what it says, long values shortened.
 */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak';
  if (typeof value === 'string' && ISO_INSTANT.test(value)) {
    return formatTanggalJam(new Date(value));
  }
  const text = Array.isArray(value)
    ? value.map((v: unknown) => valueText(v)).join('; ')
    : typeof value === 'string'
      ? value
      : typeof value === 'object'
        ? objectText(value)
        : String(value);
  return text.length > LONGEST ? `${text.slice(0, LONGEST - 1)}…` : text;
}
