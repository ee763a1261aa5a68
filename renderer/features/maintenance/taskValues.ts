import type { Recurrence } from '../../../shared/maintenance/recurrence';
import {
  maintenanceTaskSchema,
  type MaintenanceTaskFields,
  type MaintenanceTaskInput,
  type TaskRecordKind,
  type TaskSource,
} from '../../../shared/maintenance/task';

/** The task form as typed: one flat set of fields for every kind of repetition and target. */
export type TaskFormValues = {
  judul: string;
  kind: Recurrence['kind'];
  setiap: number | string;
  hari: string;
  tanggal: number | string;
  bulan: string;
  mulai: string;
  sasaranKind: 'jenis' | 'perangkat' | 'umum';
  jenis: string[];
  deviceIds: string[];
  durasiMenit: number | string;
  aktif: boolean;
  dicatatDi: TaskRecordKind;
};

export function emptyTask(today: string): TaskFormValues {
  return {
    judul: '',
    kind: 'mingguan',
    setiap: 1,
    hari: '5',
    tanggal: 25,
    bulan: '12',
    mulai: today,
    sasaranKind: 'jenis',
    jenis: ['pc'],
    deviceIds: [],
    durasiMenit: '',
    aktif: true,
    dicatatDi: 'pemeliharaan',
  };
}

export function taskValuesOf(task: MaintenanceTaskFields, today: string): TaskFormValues {
  const rule = task.pengulangan;
  const base = emptyTask(today);
  return {
    ...base,
    judul: task.judul,
    kind: rule.kind,
    setiap: 'setiap' in rule ? rule.setiap : 1,
    hari: rule.kind === 'mingguan' ? String(rule.hari) : base.hari,
    tanggal: 'tanggal' in rule ? rule.tanggal : base.tanggal,
    bulan: rule.kind === 'tahunan' ? String(rule.bulan) : base.bulan,
    mulai: task.mulai,
    sasaranKind: task.sasaran.kind,
    jenis: task.sasaran.kind === 'jenis' ? task.sasaran.jenis : [],
    deviceIds: task.sasaran.kind === 'perangkat' ? task.sasaran.deviceIds : [],
    durasiMenit: task.durasiMenit ?? '',
    aktif: task.aktif,
    dicatatDi: task.dicatatDi ?? 'pemeliharaan',
  };
}

const num = (v: number | string) => (v === '' ? Number.NaN : Number(v));

function ruleOf(v: TaskFormValues): Recurrence {
  switch (v.kind) {
    case 'harian':
      return { kind: 'harian', setiap: num(v.setiap) };
    case 'mingguan':
      return { kind: 'mingguan', setiap: num(v.setiap), hari: Number(v.hari) };
    case 'bulanan':
      return { kind: 'bulanan', setiap: num(v.setiap), tanggal: num(v.tanggal) };
    case 'tahunan':
      return { kind: 'tahunan', bulan: Number(v.bulan), tanggal: num(v.tanggal) };
  }
}

export function taskInputOf(v: TaskFormValues, sumber: TaskSource | null): MaintenanceTaskInput {
  return {
    judul: v.judul,
    sumber,
    pengulangan: ruleOf(v),
    mulai: v.mulai,
    sasaran:
      v.sasaranKind === 'umum'
        ? { kind: 'umum' }
        : v.sasaranKind === 'jenis'
          ? { kind: 'jenis', jenis: v.jenis }
          : { kind: 'perangkat', deviceIds: v.deviceIds },
    durasiMenit: v.durasiMenit === '' ? null : Number(v.durasiMenit),
    aktif: v.aktif,
    dicatatDi: v.dicatatDi,
  };
}

const FIELD_OF: Record<string, keyof TaskFormValues> = {
  'pengulangan.setiap': 'setiap',
  'pengulangan.hari': 'hari',
  'pengulangan.tanggal': 'tanggal',
  'pengulangan.bulan': 'bulan',
  'sasaran.jenis': 'jenis',
  'sasaran.deviceIds': 'deviceIds',
};

/** Errors by form field, in Indonesian; empty when the task is valid. */
export function validateTask(values: TaskFormValues): Record<string, string> {
  const parsed = maintenanceTaskSchema.safeParse(taskInputOf(values, null));
  const errors: Record<string, string> = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[FIELD_OF[path] ?? path] ??= issue.message;
  }
  return errors;
}
