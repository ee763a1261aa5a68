import { endOfMonth } from 'date-fns';
import { bmnLabel, CONDITION_LABELS, deviceName, type DeviceFields } from '../devices/schema';
import { toIsoDate } from '../format/date';
import { formatDesimal } from '../format/number';
import { compareDeviceRows } from './deviceOrder';
import { CHECK_RESULT_LABELS } from './record';
import { describeRecurrence } from './recurrence';
import type { MonthlyReportRequest } from './reportSchema';
import { matchOccurrences } from './schedule';
import { scheduleRecordsOf, type TaskRecordSources } from './taskRecords';
import { describeTarget } from './taskTargets';
import type { DeviceTypeLabels } from '../devices/deviceTypes';
import { workingMinutesBetween, type OfficeHours } from '../requests/workingTime';
import {
  APPROVAL_LABELS,
  NETWORK_STATUS_LABELS,
  RECOMMENDATION_LABELS,
  RESTORE_TEST_LABELS,
  UAT_RESULT_LABELS,
  type BackupItem,
} from '../security/schema';
import type { MaintenanceRecordFields } from './record';
import type { MaintenanceTaskFields } from './task';
import type { RequestStatus } from '../requests/schema';
import type {
  ApprovalRecord,
  BackupFields,
  Consideration,
  NetworkCheckFields,
  UatFields,
} from '../security/schema';

/** The rows the report counts, as much of them as it reads (the database rows fit). */
type WithId<T> = T & { id: string };
export type DeviceRow = WithId<DeviceFields>;
export type MaintenanceTaskRow = WithId<MaintenanceTaskFields>;
export type MaintenanceRecordRow = WithId<MaintenanceRecordFields>;
export type NetworkCheckRow = WithId<NetworkCheckFields>;
export type UatRow = WithId<
  UatFields & { pertimbangan: Consideration | null; persetujuan: ApprovalRecord | null }
>;
export type BackupRow = WithId<BackupFields>;
export interface RequestRow {
  diterimaPada: string;
  status: RequestStatus;
  selesaiPada: string | null;
  /** Late as of the report (isRequestLate, the register's one definition), read by the loader. */
  terlambat: boolean;
}

/** Everything the report counts, as read from the database for one month. */
export interface MonthRecords {
  year: number;
  month: number;
  today: string;
  tasks: readonly MaintenanceTaskRow[];
  /** Every record that can count for a scheduled task (earlier months too, so matching is exact). */
  taskSources: TaskRecordSources;
  /** The records dated in the month. */
  records: readonly MaintenanceRecordRow[];
  devices: readonly DeviceRow[];
  /** The office's device type labels (the built-ins alone when left out). */
  deviceTypes?: DeviceTypeLabels;
  networkChecks: readonly NetworkCheckRow[];
  uats: readonly UatRow[];
  backups: readonly BackupRow[];
  backupItems: readonly BackupItem[];
  requests: readonly RequestRow[];
  officeHours: OfficeHours;
  /** The SOP's standard for a service request, in working minutes. */
  standarMenit: number | null;
  personName: (id: string | null | undefined) => string;
}

export type ReportFigures = Pick<
  MonthlyReportRequest,
  'jadwal' | 'perangkat' | 'jaringan' | 'cadangan' | 'uat' | 'layanan' | 'temuan'
>;

/** The month's first and last day as ISO dates. */
export function monthRange(year: number, month: number): { from: string; to: string } {
  const first = new Date(year, month - 1, 1);
  return { from: toIsoDate(first), to: toIsoDate(endOfMonth(first)) };
}

function sizeLabel(mb: number | null): string {
  if (mb === null) return '-';
  return mb >= 1024 ? `${formatDesimal(mb / 1024, 1)} GB` : `${formatDesimal(mb, 1)} MB`;
}

function jadwal(m: MonthRecords): ReportFigures['jadwal'] {
  const { from, to } = monthRange(m.year, m.month);
  return m.tasks
    .filter((t) => t.aktif)
    .map((t) => {
      const occ = matchOccurrences(
        t.pengulangan,
        t.mulai,
        scheduleRecordsOf(t, m.taskSources),
        from,
        to,
        m.today,
      );
      // Dates still to come this month are not yet scheduled work left undone.
      const due = occ.filter((o) => o.status !== 'akanDatang');
      return {
        kegiatan: t.judul,
        frekuensi: describeRecurrence(t.pengulangan),
        sasaran: describeTarget(t.sasaran, m.deviceTypes),
        terjadwal: due.length,
        terlaksana: occ.filter((o) => o.status === 'tepatWaktu' || o.status === 'terlambat').length,
        tepatWaktu: occ.filter((o) => o.status === 'tepatWaktu').length,
      };
    })
    .filter((row) => row.terjadwal > 0 || row.terlaksana > 0);
}

/** One line per device in use: its condition and the month's last check of it. */
function perangkat(m: MonthRecords): ReportFigures['perangkat'] {
  const lastCheck = new Map<string, { record: MaintenanceRecordRow; index: number }>();
  for (const record of m.records) {
    record.perangkat.forEach((check, index) => {
      const prev = lastCheck.get(check.deviceId);
      if (!prev || record.tanggal > prev.record.tanggal) {
        lastCheck.set(check.deviceId, { record, index });
      }
    });
  }
  return m.devices
    .filter((d) => d.aktif)
    .map((d) => {
      const last = lastCheck.get(d.id);
      const check = last?.record.perangkat[last.index];
      return {
        nama: deviceName(d, m.deviceTypes),
        kodeBmn: d.kodeBmn || '-',
        nup: d.nup || '-',
        ruangan: d.ruangan,
        kondisi: CONDITION_LABELS[d.kondisi],
        kegiatan: check ? last.record.judul : '',
        tindakan: check
          ? check.hasil === 'baik'
            ? CHECK_RESULT_LABELS.baik
            : `${check.temuan}${check.tindakan ? `; ${check.tindakan}` : ''}`
          : 'Belum diperiksa bulan ini',
        tanggal: last?.record.tanggal ?? null,
        petugas: last ? m.personName(last.record.petugasId) : '-',
      };
    })
    .sort(compareDeviceRows);
}

function isServerOrNetworkTask(task: MaintenanceTaskRow | undefined): boolean {
  return (
    task?.sasaran.kind === 'jenis' &&
    task.sasaran.jenis.some((j) => ['server', 'switch', 'router', 'accessPoint'].includes(j))
  );
}

function jaringan(m: MonthRecords): ReportFigures['jaringan'] {
  const taskOf = new Map(m.tasks.map((t) => [t.id, t]));
  const watches = m.networkChecks.map((c) => ({
    tanggal: c.tanggal,
    kegiatan: `Pemantauan ${c.objek}`,
    hasil: [NETWORK_STATUS_LABELS[c.status], c.temuan].filter(Boolean).join(': '),
    tindakan: c.tindakan || '-',
    petugas: m.personName(c.petugasId),
  }));
  const rounds = m.records
    .filter((r) => isServerOrNetworkTask(taskOf.get(r.taskId ?? '')))
    .map((r) => {
      const found = r.perangkat.filter((c) => c.hasil === 'adaTemuan').length;
      return {
        tanggal: r.tanggal,
        kegiatan: r.judul,
        hasil: `${r.perangkat.length} perangkat diperiksa${found ? `, ${found} ada temuan` : ', semua baik'}`,
        tindakan:
          [
            ...r.perangkat.filter((c) => c.tindakan).map((c) => c.tindakan),
            ...(r.tindakan ? [r.tindakan] : []),
          ].join('; ') || '-',
        petugas: m.personName(r.petugasId),
      };
    });
  return [...watches, ...rounds].sort((a, b) => a.tanggal.localeCompare(b.tanggal));
}

function cadangan(m: MonthRecords): ReportFigures['cadangan'] {
  const itemName = new Map(m.backupItems.map((i) => [i.id, i.nama]));
  return [...m.backups]
    .sort((a, b) => a.tanggal.localeCompare(b.tanggal))
    .map((b) => ({
      tanggal: b.tanggal,
      item: itemName.get(b.itemId) ?? 'Data yang sudah dihapus dari daftar',
      media: b.media,
      ukuran: sizeLabel(b.ukuranMb),
      ujiPemulihan: RESTORE_TEST_LABELS[b.ujiPemulihan],
      petugas: m.personName(b.petugasId),
    }));
}

function uat(m: MonthRecords): ReportFigures['uat'] {
  return [...m.uats]
    .sort((a, b) => a.tanggal.localeCompare(b.tanggal))
    .map((u) => ({
      tanggal: u.tanggal,
      aplikasi: u.versi ? `${u.aplikasi} ${u.versi}` : u.aplikasi,
      hasil: [UAT_RESULT_LABELS[u.hasil], u.catatan].filter(Boolean).join(': '),
      pertimbangan: u.pertimbangan
        ? `${RECOMMENDATION_LABELS[u.pertimbangan.rekomendasi]} (${m.personName(u.pertimbangan.personId)})`
        : 'Menunggu pertimbangan',
      persetujuan: u.persetujuan
        ? `${APPROVAL_LABELS[u.persetujuan.keputusan]} (${m.personName(u.persetujuan.personId)})`
        : 'Menunggu persetujuan',
    }));
}

/** The service requests received in the month: how they stand and how long they took. */
function layanan(m: MonthRecords): ReportFigures['layanan'] {
  const done = m.requests.filter((r) => r.status === 'selesai' && r.selesaiPada);
  const minutes = done.map((r) =>
    workingMinutesBetween(new Date(r.diterimaPada), new Date(r.selesaiPada ?? ''), m.officeHours),
  );
  return {
    diterima: m.requests.length,
    selesai: done.length,
    ditolak: m.requests.filter((r) => r.status === 'ditolak').length,
    berjalan: m.requests.filter((r) => r.status === 'berjalan').length,
    terlambat: m.requests.filter((r) => r.terlambat).length,
    rataRataMenit: minutes.length
      ? Math.round(minutes.reduce((a, b) => a + b, 0) / minutes.length)
      : null,
    standarMenit: m.standarMenit,
  };
}

function temuan(m: MonthRecords): ReportFigures['temuan'] {
  const device = new Map<string, DeviceFields>(m.devices.map((d) => [d.id, d]));
  const fromChecks = m.records.flatMap((r) =>
    r.perangkat
      .filter((c) => c.hasil === 'adaTemuan')
      .map((c) => {
        const d = device.get(c.deviceId);
        return {
          tanggal: r.tanggal,
          perangkat: d ? `${deviceName(d, m.deviceTypes)}, ${d.ruangan} (${bmnLabel(d)})` : '-',
          temuan: c.temuan,
          tindakan: c.tindakan || '-',
        };
      }),
  );
  const fromNetwork = m.networkChecks
    .filter((c) => c.status !== 'normal')
    .map((c) => ({
      tanggal: c.tanggal,
      perangkat: c.objek,
      temuan: c.temuan,
      tindakan: c.tindakan || '-',
    }));
  const fromRounds = m.records
    .filter((r) => r.temuan)
    .map((r) => ({
      tanggal: r.tanggal,
      perangkat: r.judul,
      temuan: r.temuan,
      tindakan: r.tindakan || '-',
    }));
  return [...fromChecks, ...fromNetwork, ...fromRounds].sort((a, b) =>
    a.tanggal.localeCompare(b.tanggal),
  );
}

/** The report's figures, all counted from the month's records. */
export function reportFigures(m: MonthRecords): ReportFigures {
  return {
    jadwal: jadwal(m),
    perangkat: perangkat(m),
    jaringan: jaringan(m),
    cadangan: cadangan(m),
    uat: uat(m),
    layanan: layanan(m),
    temuan: temuan(m),
  };
}
