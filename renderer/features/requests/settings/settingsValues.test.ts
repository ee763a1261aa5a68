import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBER_FORMAT } from '../../../../shared/requests/numbering';
import { DEFAULT_PRIORITY_MATRIX } from '../../../../shared/requests/priority';
import { DEFAULT_OFFICE_HOURS } from '../../../../shared/requests/workingTime';
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
});
