import { describe, expect, it } from 'vitest';
import {
  deviceTypeLabel,
  deviceTypeLabels,
  deviceTypeNameProblem,
  mergeDeviceTypes,
  newDeviceTypeCode,
} from './deviceTypes';
import { deviceName, deviceSchema } from './schema';
import { taskTargetSchema } from '../maintenance/task';
import { describeTarget, devicesOfTarget } from '../maintenance/taskTargets';

const office = mergeDeviceTypes([
  { id: 'mesinAntrian', nama: 'Mesin antrian' },
  { id: 'fingerprint', nama: 'Fingerprint' },
]);

describe('device types', () => {
  it('keeps the built-ins first and adds the office types by name', () => {
    expect(office.slice(0, 2).map((t) => t.code)).toEqual(['pc', 'laptop']);
    expect(office.slice(-2)).toEqual([
      { code: 'fingerprint', label: 'Fingerprint', builtIn: false },
      { code: 'mesinAntrian', label: 'Mesin antrian', builtIn: false },
    ]);
    // A row claiming a built-in code cannot rename the built-in.
    expect(
      mergeDeviceTypes([{ id: 'pc', nama: 'Komputer' }]).filter((t) => t.code === 'pc'),
    ).toEqual([{ code: 'pc', label: 'PC', builtIn: true }]);
  });

  it('refuses a name already used, case and spacing aside, and an empty one', () => {
    expect(deviceTypeNameProblem('MESIN  ANTRIAN', office, null)).toBe(
      'Jenis "Mesin antrian" sudah ada.',
    );
    expect(deviceTypeNameProblem('access point', office, null)).toBe(
      'Jenis "Access Point" sudah ada.',
    );
    expect(deviceTypeNameProblem('  ', office, null)).toBe('Nama jenis wajib diisi.');
    expect(deviceTypeNameProblem('x'.repeat(41), office, null)).toMatch(/paling panjang 40/);
    expect(deviceTypeNameProblem('Kiosk informasi', office, null)).toBeNull();
    // Renaming a type to its own name (another spelling) is fine.
    expect(deviceTypeNameProblem('Mesin Antrian', office, 'mesinAntrian')).toBeNull();
  });

  it('gives a new code from the name that is never a built-in or taken one', () => {
    expect(newDeviceTypeCode('Kiosk informasi', new Set())).toBe('kioskInformasi');
    expect(newDeviceTypeCode('Mesin antrian', new Set(['mesinAntrian']))).toBe('mesinAntrian2');
    expect(newDeviceTypeCode('UPS', new Set())).toBe('ups2');
    expect(newDeviceTypeCode('3D printer', new Set())).toBe('jenis3dPrinter');
    const code = newDeviceTypeCode('Pemindai sidik jari (USB)', new Set());
    expect(deviceSchema(2026).shape.jenis.safeParse(code).success).toBe(true);
  });

  it('a rename changes the label a stored code shows, the code stays', () => {
    const device = { jenis: 'mesinAntrian', merek: 'Wincor', model: 'Q1' };
    expect(deviceName(device, deviceTypeLabels(office))).toBe('Mesin antrian Wincor Q1');
    const renamed = mergeDeviceTypes([{ id: 'mesinAntrian', nama: 'Mesin antrean' }]);
    expect(deviceName(device, deviceTypeLabels(renamed))).toBe('Mesin antrean Wincor Q1');
  });

  it('shows a code this PC does not know yet as the code, and still accepts the row', () => {
    const row = {
      jenis: 'kioskInformasi',
      merek: 'Lenovo',
      model: '',
      nomorSeri: '',
      kodeBmn: '',
      nup: '',
      ruangan: 'PTSP',
      pengguna: '',
      tahunPerolehan: null,
      kondisi: 'baik',
      alamatIp: '',
      catatan: '',
      aktif: true,
    };
    expect(deviceSchema(2026).safeParse(row).success).toBe(true);
    expect(deviceTypeLabel('kioskInformasi', deviceTypeLabels(office))).toBe('kioskInformasi');
    expect(deviceSchema(2026).safeParse({ ...row, jenis: 'bad code!' }).success).toBe(false);
  });

  it('a maintenance task can target an office type, named by its label', () => {
    const target = taskTargetSchema.parse({ kind: 'jenis', jenis: ['pc', 'mesinAntrian'] });
    const devices = [
      { id: 'a', jenis: 'mesinAntrian', aktif: true },
      { id: 'b', jenis: 'printer', aktif: true },
      { id: 'c', jenis: 'pc', aktif: true },
    ];
    expect(devicesOfTarget(target, devices).map((d) => d.id)).toEqual(['a', 'c']);
    expect(describeTarget(target, deviceTypeLabels(office))).toBe('PC, Mesin antrian');
    expect(taskTargetSchema.safeParse({ kind: 'jenis', jenis: ['bad code!'] }).success).toBe(false);
  });
});
