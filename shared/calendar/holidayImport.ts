/**
 * Holiday dates read from a file the office picks (a sheet or a .csv someone typed the
 * decree into): the first filled cell of each row is the date. A first row that is no date
 * is taken as the heading; any later row that is no date is reported, not guessed at.
 */
export type ImportCell = string | number | boolean | Date | null;

export interface HolidayImport {
  /** ISO dates, each once, in order. */
  dates: string[];
  /** Rows (1-based) that held no date, with what they held. */
  skipped: { row: number; text: string }[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A sheet's date cell is midnight UTC of the day shown (exceljs). */
function isoOfSheetDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** "Jumat, 25 Desember 2026" reads as "25 Desember 2026". */
function withoutWeekday(text: string): string {
  return text.replace(/^[A-Za-z']+,\s*/, '');
}

export function holidaysFromRows(
  rows: readonly (readonly ImportCell[])[],
  parseDate: (text: string) => string | null,
): HolidayImport {
  const found = new Set<string>();
  const skipped: HolidayImport['skipped'] = [];
  let seenFilled = false;
  rows.forEach((row, i) => {
    const cell = row.find((c) => c !== null && String(c).trim() !== '');
    if (cell === undefined || cell === null) return;
    const iso =
      cell instanceof Date ? isoOfSheetDate(cell) : parseDate(withoutWeekday(String(cell).trim()));
    const first = !seenFilled;
    seenFilled = true;
    if (iso) found.add(iso);
    else if (!first) skipped.push({ row: i + 1, text: String(cell).slice(0, 40) });
  });
  return { dates: [...found].sort(), skipped };
}

/** The first field of each line of a .csv (comma, semicolon or tab; quotes honoured). */
export function csvFirstColumn(text: string): ImportCell[][] {
  return text.split(/\r\n|\n|\r/).map((line) => {
    if (!line.startsWith('"')) return [line.split(/[,;\t]/)[0] ?? ''];
    let value = '';
    for (let i = 1; i < line.length; i++) {
      const ch = line[i];
      if (ch === '"' && line[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') break;
      else value += ch;
    }
    return [value];
  });
}
