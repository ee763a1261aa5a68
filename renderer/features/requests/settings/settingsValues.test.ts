import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBER_FORMAT } from '../../../../shared/requests/numbering';
import { DEFAULT_PRIORITY_MATRIX } from '../../../../shared/requests/priority';
import { DEFAULT_OFFICE_HOURS, RAMADAN_DAYS } from '../../../../shared/requests/workingTime';
import type { RequestSettings } from '../requestSettings';
import { fromSettingsValues, toSettingsValues } from './settingsValues';

const settings: RequestSettings = {
  numberFormat: DEFAULT_NUMBER_FORMAT,
  kategori: ['Printer/scanner'],
  aplikasi: ['SIPP'],
  petunjuk: ['Selesaikan'],
  priorityMatrix: DEFAULT_PRIORITY_MATRIX,
  officeHours: DEFAULT_OFFICE_HOURS,
  nomorLuring: 'sewa',
  sewaBlok: 10,
};

describe('request settings form', () => {
  it('reads back the numbering without the shared folder', () => {
    expect(fromSettingsValues(toSettingsValues(settings))).toEqual({ ok: true, settings });
  });

  it('asks for a lease size between 1 and 50', () => {
    for (const sewaBlok of ['', 0, 51, 2.5]) {
      const result = fromSettingsValues({ ...toSettingsValues(settings), sewaBlok });
      expect(result).toEqual({
        ok: false,
        errors: { sewaBlok: 'Isi bilangan bulat 1 sampai 50.' },
      });
    }
  });

  it('shows holidays day first and reads them typed that way or by month name', () => {
    const withHolidays = {
      ...settings,
      officeHours: { ...DEFAULT_OFFICE_HOURS, holidays: ['2026-12-25'] },
    };
    const values = toSettingsValues(withHolidays);
    expect(values.holidays).toBe('25/12/2026');
    const result = fromSettingsValues({ ...values, holidays: '25/12/2026\n26 Desember 2026' });
    expect(result.ok && result.settings.officeHours.holidays).toEqual(['2026-12-25', '2026-12-26']);
  });

  it('keeps a date range with its own hours, and puts its problems on its fields', () => {
    const ramadan = {
      nama: 'Ramadan 1448 H',
      dari: '2027-02-08',
      sampai: '2027-03-09',
      days: RAMADAN_DAYS,
    };
    const withRamadan = {
      ...settings,
      officeHours: { ...DEFAULT_OFFICE_HOURS, khusus: [ramadan] },
    };
    const values = toSettingsValues(withRamadan);
    expect(values.khusus[0]?.days['1']).toMatchObject({ kerja: true, end: '15:00' });
    expect(fromSettingsValues(values)).toEqual({ ok: true, settings: withRamadan });

    const [period] = values.khusus;
    if (!period) throw new Error('no period');
    const bad = {
      ...values,
      khusus: [
        {
          ...period,
          nama: '',
          sampai: '2027-01-01',
          days: { ...period.days, '5': { ...period.days['5'], end: '07:00' } },
        },
      ],
    };
    const result = fromSettingsValues(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toMatchObject({
      'khusus.0.nama': 'Nama periode wajib diisi, misalnya Ramadan 1448 H.',
      'khusus.0.sampai': 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
      'khusus.0.days.5.start': 'Hari Jumat: jam mulai harus sebelum jam selesai.',
    });
  });
});
