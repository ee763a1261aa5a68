import { describe, expect, it } from 'vitest';
import { maintenanceTaskSchema } from '../../../shared/maintenance/task';
import { emptyTask, taskInputOf, taskValuesOf, validateTask } from './taskValues';

describe('the task form', () => {
  it('turns each kind of repetition into its rule and back', () => {
    const rules = [
      { kind: 'harian', setiap: 2 },
      { kind: 'mingguan', setiap: 1, hari: 5 },
      { kind: 'bulanan', setiap: 3, tanggal: 31 },
      { kind: 'tahunan', bulan: 2, tanggal: 29 },
    ] as const;
    for (const pengulangan of rules) {
      const task = maintenanceTaskSchema.parse({
        judul: 'Cek UPS',
        sumber: null,
        pengulangan,
        mulai: '2026-11-01',
        sasaran: { kind: 'jenis', jenis: ['ups'] },
        durasiMenit: 30,
        aktif: true,
        dicatatDi: 'cadangan',
      });
      expect(taskInputOf(taskValuesOf(task, '2026-11-22'), null)).toEqual(task);
    }
  });

  it('puts each error on the field that shows it', () => {
    const errors = validateTask({
      ...emptyTask('2026-11-22'),
      judul: '',
      kind: 'bulanan',
      tanggal: 32,
      sasaranKind: 'perangkat',
      deviceIds: [],
    });
    expect(errors).toMatchObject({
      judul: 'Nama kegiatan wajib diisi.',
      tanggal: 'Tanggal harus bilangan bulat 1 sampai 31.',
      deviceIds: 'Pilih minimal satu perangkat.',
    });
    expect(validateTask({ ...emptyTask('2026-11-22'), judul: 'Cek', setiap: '' })).toHaveProperty(
      'setiap',
    );
    expect(validateTask({ ...emptyTask('2026-11-22'), judul: 'Cek' })).toEqual({});
  });
});
