import { NAMA_BULAN } from '../../shared/format/calendarNames';

/**
 * What a person may type into a date or time field, read the Indonesian way whatever the
 * PC's locale: day before month ("04/12/2026" is 4 Desember), month names in Indonesian,
 * and a 24-hour clock written with a dot ("16.12").
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Common short spellings that are not a prefix of the month's name. */
const MONTH_ALIASES: Readonly<Record<string, number>> = { agt: 8, nop: 11, pebruari: 2, peb: 2 };

function monthFromName(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const alias = MONTH_ALIASES[w];
  if (alias !== undefined) return alias;
  if (w.length < 3) return null;
  const index = NAMA_BULAN.findIndex((name) => name.toLowerCase().startsWith(w));
  return index < 0 ? null : index + 1;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(year, month, 0).getDate();
  return day > daysInMonth ? null : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * "04/12/2026", "4-12-2026", "4.12.2026", "4 Desember 2026", "4 Des 2026" or "2026-12-04"
 * as "2026-12-04"; null for anything else, including a year of fewer than four digits, so
 * a half-typed "04/12/20" never becomes the year 20.
 */
export function parseTanggal(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const named = /^(\d{1,2}) ([A-Za-z]+\.?) (\d{4})$/.exec(t);
  if (named) {
    const month = monthFromName(named[2] ?? '');
    return month === null ? null : isoDate(Number(named[3]), month, Number(named[1]));
  }
  return null;
}

/** A stored "2026-12-25" as typed in a list of dates, "25/12/2026"; anything else unchanged. */
export function formatTanggalAngka(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** "16.12", "16:12", "1612" or "8.05" as "16:12" / "08:05" (24-hour); null otherwise. */
export function parseJam(text: string): string | null {
  const t = text.trim();
  const match = /^(\d{1,2})[.:]?(\d{2})$/.exec(t);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

/** A stored "16:12" as the office writes it, "16.12"; anything unreadable unchanged. */
export function formatJam(value: string): string {
  const parsed = parseJam(value);
  return parsed === null ? value : parsed.replace(':', '.');
}

/** "2026-12-04T16:12" split into its date and time parts ('' where missing). */
export function splitTanggalJam(value: string): { tanggal: string; jam: string } {
  const [tanggal = '', jam = ''] = value.split('T');
  return { tanggal, jam };
}

/** The two parts joined back; '' when both are empty, so an untouched field stays empty. */
export function joinTanggalJam(tanggal: string, jam: string): string {
  return tanggal === '' && jam === '' ? '' : `${tanggal}T${jam}`;
}
