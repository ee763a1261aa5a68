import { BUILT_IN_DEVICE_TYPES } from '../../shared/devices/deviceTypes';
import type { DeviceFields } from '../../shared/devices/schema';
import { sampleDevice } from '../doubles/shared/sampleDevice';
import { tasksFromProcedure } from '../../shared/maintenance/sopTasks';
import { defaultTargetFor, devicesOfTarget } from '../../shared/maintenance/taskTargets';
import { DEFAULT_OFFICE_HOURS } from '../../shared/requests/workingTime';
import { DEFAULT_BACKUP_ITEMS } from '../../shared/security/schema';
import { SEED_SOP_DOCUMENTS } from '../../shared/sop/catalog';
import type {
  BackupRow,
  DeviceRow,
  MaintenanceRecordRow,
  MaintenanceTaskRow,
  NetworkCheckRow,
  RequestRow,
} from '../../shared/maintenance/reportFigures';
import type { MonthRecords } from '../../shared/maintenance/reportFigures';

const BOOK = {
  _clock: {},
  _deleted: false,
  _updatedBy: 'op',
  _updatedAt: '2026-12-31T09:00:00.000Z',
};
const ROOMS = ['Ruang Sidang Utama', 'Kepaniteraan', 'PTSP', 'Ruang Server', 'Kesekretariatan'];

/**
 * A month of raw rows as the database holds them (December 2026): `devices` devices, the
 * Mukomuko C and D schedule, a record for every scheduled round over `days` days with every
 * device of the task checked and one in ten with a finding, a daily network watch, weekly
 * backups and sixty service requests. What the report counts, before it is counted.
 */
export function benchMonthRecords(devices: number, days: number): MonthRecords {
  const sop = SEED_SOP_DOCUMENTS[0];
  const deviceRows: DeviceRow[] = Array.from({ length: devices }, (_, i) => {
    const fields: DeviceFields = sampleDevice({
      jenis: BUILT_IN_DEVICE_TYPES[i % 10] ?? 'pc',
      nup: String(i + 1),
      ruangan: ROOMS[i % ROOMS.length] ?? 'PTSP',
    });
    return { ...fields, ...BOOK, id: `dev-${i}` };
  });
  const tasks: MaintenanceTaskRow[] = (sop?.procedures ?? []).flatMap((p) =>
    tasksFromProcedure(p).map((t) => ({
      ...BOOK,
      id: `task-${t.procedureKey}${t.stepNo}`,
      judul: t.judul,
      sumber: { sopId: sop?.id ?? '', revision: 0, procedureKey: t.procedureKey, stepNo: t.stepNo },
      pengulangan: t.rule,
      mulai: '2026-01-01',
      sasaran: defaultTargetFor(p.steps.find((s) => s.no === t.stepNo)?.kelengkapan ?? ''),
      durasiMenit: t.durasiMenit,
      aktif: true,
    })),
  );
  const records: MaintenanceRecordRow[] = [];
  for (let day = 1; day <= days; day++) {
    const tanggal = `2026-12-${String(day).padStart(2, '0')}`;
    for (const task of tasks) {
      const checked = devicesOfTarget(task.sasaran, deviceRows);
      records.push({
        ...BOOK,
        id: `rec-${task.id}-${day}`,
        tanggal,
        taskId: task.id,
        judul: task.judul,
        petugasId: 'op',
        perangkat: checked.map((d, i) => ({
          deviceId: d.id,
          hasil: i % 10 === 0 ? 'adaTemuan' : 'baik',
          kondisi: d.kondisi,
          temuan: i % 10 === 0 ? 'Kipas pendingin berisik, debu menumpuk' : '',
          tindakan: i % 10 === 0 ? 'Dibersihkan, kipas diberi pelumas' : '',
        })),
        temuan: '',
        tindakan: '',
        durasiMenit: 60,
      });
    }
  }
  const networkChecks: NetworkCheckRow[] = Array.from({ length: days }, (_, i) => ({
    ...BOOK,
    id: `net-${i}`,
    tanggal: `2026-12-${String(i + 1).padStart(2, '0')}`,
    petugasId: 'op',
    objek: 'Jaringan LAN dan internet',
    status: i % 7 === 0 ? 'gangguan' : 'normal',
    temuan: i % 7 === 0 ? 'Koneksi internet terputus 20 menit' : '',
    tindakan: '',
  }));
  const backups: BackupRow[] = Array.from({ length: Math.ceil(days / 7) }, (_, i) => ({
    ...BOOK,
    id: `bak-${i}`,
    tanggal: `2026-12-${String(i * 7 + 1).padStart(2, '0')}`,
    itemId: 'sipp',
    media: 'NAS',
    ukuranMb: 2048 + i,
    lokasi: '',
    petugasId: 'op',
    ujiPemulihan: i === 0 ? 'berhasil' : 'tidak',
    catatan: '',
  }));
  const requests = Array.from({ length: 60 }, (_, i): RequestRow => {
    const at = new Date(2026, 11, 1 + (i % days), 8 + (i % 6));
    return {
      diterimaPada: at.toISOString(),
      status: i % 5 === 0 ? 'berjalan' : 'selesai',
      selesaiPada: i % 5 === 0 ? null : new Date(at.getTime() + 3 * 3600_000).toISOString(),
      terlambat: i % 9 === 0,
    };
  });
  return {
    year: 2026,
    month: 12,
    today: '2026-12-31',
    tasks,
    taskSources: { maintenance: records, networkChecks, uats: [], backups },
    records,
    devices: deviceRows,
    networkChecks,
    uats: [],
    backups,
    backupItems: DEFAULT_BACKUP_ITEMS.map((i) => ({ ...i })),
    requests,
    officeHours: DEFAULT_OFFICE_HOURS,
    standarMenit: 465,
    personName: () => 'Rahmat Hidayat, S.Kom.',
  };
}
