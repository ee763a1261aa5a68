import { validateNumberFormat } from '../../../../shared/requests/numbering';
import type { PriorityMatrix } from '../../../../shared/requests/priority';
import {
  officeHoursSchema,
  WEEKDAYS,
  type DayHours,
  type SpecialHours,
  type Weekday,
} from '../../../../shared/requests/workingTime';
import {
  SEWA_BLOK_MAX,
  SEWA_BLOK_MIN,
  type NomorLuring,
  type RequestSettings,
} from '../requestSettings';
import { formatTanggalAngka, parseTanggal } from '../../../kit/tanggalText';

/** A week's hours as the form holds them: each weekday with a working switch. */
export type WeekValues = Record<
  Weekday,
  { kerja: boolean; start: string; end: string; breakStart: string; breakEnd: string }
>;

/** A date range with its own hours (Ramadan); dates 'YYYY-MM-DD' or '' while empty. */
export type SpecialValues = { nama: string; dari: string; sampai: string; days: WeekValues };

/** The settings form: lists as one item per line. */
export type SettingsValues = {
  numberFormat: string;
  kategori: string;
  aplikasi: string;
  petunjuk: string;
  priorityMatrix: PriorityMatrix;
  days: WeekValues;
  khusus: SpecialValues[];
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

export function toWeekValues(week: Record<Weekday, DayHours | null>): WeekValues {
  const days = {} as WeekValues;
  for (const d of WEEKDAYS) {
    const h = week[d];
    days[d] = {
      kerja: h !== null,
      start: h?.start ?? '08:00',
      end: h?.end ?? '16:30',
      breakStart: h?.breakStart ?? '',
      breakEnd: h?.breakEnd ?? '',
    };
  }
  return days;
}

function fromWeekValues(values: WeekValues): Record<Weekday, DayHours | null> {
  const days = {} as Record<Weekday, DayHours | null>;
  for (const d of WEEKDAYS) {
    const x = values[d];
    days[d] = x.kerja
      ? {
          start: x.start,
          end: x.end,
          breakStart: x.breakStart || null,
          breakEnd: x.breakEnd || null,
        }
      : null;
  }
  return days;
}

/** Where the form shows a schema issue of the office hours. */
function hoursErrorKey(path: readonly PropertyKey[]): string {
  const [head, a, b, c] = path.map(String);
  if (head === 'days' && a) return `days.${a}.start`;
  if (head === 'khusus' && a !== undefined) {
    if (b === 'days' && c) return `khusus.${a}.days.${c}.start`;
    return `khusus.${a}.${b ?? 'nama'}`;
  }
  return 'holidays';
}

export function toSettingsValues(s: RequestSettings): SettingsValues {
  return {
    numberFormat: s.numberFormat,
    kategori: s.kategori.join('\n'),
    aplikasi: s.aplikasi.join('\n'),
    petunjuk: s.petunjuk.join('\n'),
    priorityMatrix: s.priorityMatrix,
    days: toWeekValues(s.officeHours.days),
    khusus: (s.officeHours.khusus ?? []).map((p: SpecialHours) => ({
      nama: p.nama,
      dari: p.dari,
      sampai: p.sampai,
      days: toWeekValues(p.days),
    })),
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
  // Typed day first ("25/12/2026"); a line that reads as no date is left for the schema to refuse.
  const holidays = lines(v.holidays).map((line) => parseTanggal(line) ?? line);
  const khusus = v.khusus.map((p) => ({
    nama: p.nama,
    dari: p.dari,
    sampai: p.sampai,
    days: fromWeekValues(p.days),
  }));
  const hours = officeHoursSchema.safeParse({
    days: fromWeekValues(v.days),
    holidays,
    // Left out while empty, so settings saved before date ranges read back unchanged.
    ...(khusus.length > 0 ? { khusus } : {}),
  });
  if (!hours.success) {
    for (const issue of hours.error.issues) errors[hoursErrorKey(issue.path)] ??= issue.message;
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
