import { validateNumberFormat } from '../../../../shared/requests/numbering';
import type { PriorityMatrix } from '../../../../shared/requests/priority';
import {
  officeHoursSchema,
  WEEKDAYS,
  type OfficeHours,
  type Weekday,
} from '../../../../shared/requests/workingTime';
import {
  SEWA_BLOK_MAX,
  SEWA_BLOK_MIN,
  type NomorLuring,
  type RequestSettings,
} from '../requestSettings';
import { formatTanggalAngka, parseTanggal } from '../../../kit/tanggalText';

/** The settings form: lists as one item per line, each weekday with a working switch. */
export type SettingsValues = {
  numberFormat: string;
  kategori: string;
  aplikasi: string;
  petunjuk: string;
  priorityMatrix: PriorityMatrix;
  days: Record<
    Weekday,
    { kerja: boolean; start: string; end: string; breakStart: string; breakEnd: string }
  >;
  holidays: string;
  nomorLuring: NomorLuring;
  /** A number input: '' while emptied. */
  sewaBlok: number | string;
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function toSettingsValues(s: RequestSettings): SettingsValues {
  const days = {} as SettingsValues['days'];
  for (const d of WEEKDAYS) {
    const h = s.officeHours.days[d];
    days[d] = {
      kerja: h !== null,
      start: h?.start ?? '08:00',
      end: h?.end ?? '16:30',
      breakStart: h?.breakStart ?? '',
      breakEnd: h?.breakEnd ?? '',
    };
  }
  return {
    numberFormat: s.numberFormat,
    kategori: s.kategori.join('\n'),
    aplikasi: s.aplikasi.join('\n'),
    petunjuk: s.petunjuk.join('\n'),
    priorityMatrix: s.priorityMatrix,
    days,
    holidays: s.officeHours.holidays.map(formatTanggalAngka).join('\n'),
    nomorLuring: s.nomorLuring,
    sewaBlok: s.sewaBlok,
  };
}

/** The settings the values describe, or errors keyed by form field. */
export function fromSettingsValues(
  v: SettingsValues,
): { ok: true; settings: RequestSettings } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const formatError = validateNumberFormat(v.numberFormat);
  if (formatError) errors.numberFormat = formatError;
  for (const key of ['kategori', 'aplikasi', 'petunjuk'] as const) {
    if (lines(v[key]).length === 0) errors[key] = 'Isi minimal satu butir.';
  }
  const sewaBlok = Number(v.sewaBlok);
  if (
    v.sewaBlok === '' ||
    !Number.isInteger(sewaBlok) ||
    sewaBlok < SEWA_BLOK_MIN ||
    sewaBlok > SEWA_BLOK_MAX
  ) {
    errors.sewaBlok = `Isi bilangan bulat ${SEWA_BLOK_MIN} sampai ${SEWA_BLOK_MAX}.`;
  }
  const days = {} as OfficeHours['days'];
  for (const d of WEEKDAYS) {
    const x = v.days[d];
    days[d] = x.kerja
      ? {
          start: x.start,
          end: x.end,
          breakStart: x.breakStart || null,
          breakEnd: x.breakEnd || null,
        }
      : null;
  }
  // Typed day first ("25/12/2026"); a line that reads as no date is left for the schema to refuse.
  const holidays = lines(v.holidays).map((line) => parseTanggal(line) ?? line);
  const hours = officeHoursSchema.safeParse({ days, holidays });
  if (!hours.success) {
    for (const issue of hours.error.issues) {
      const [head, day] = issue.path.map(String);
      const key = head === 'days' && day ? `days.${day}.start` : 'holidays';
      errors[key] ??= issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !hours.success) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      numberFormat: v.numberFormat.trim(),
      kategori: lines(v.kategori),
      aplikasi: lines(v.aplikasi),
      petunjuk: lines(v.petunjuk),
      priorityMatrix: v.priorityMatrix,
      officeHours: hours.data,
      nomorLuring: v.nomorLuring,
      sewaBlok,
    },
  };
}
