import { namaBulan } from '../format/calendarNames';
import { receptionSchema, type Requester } from './schema';

/**
 * An old register (the office's Excel sheet) read into requests: the user maps the sheet's
 * columns to the register's fields, each row is checked with a reason in Indonesian, and
 * the numbers stay as they were printed. The running number is the number's first run of
 * digits ("012/PLTI/XI/2025" is 12 of 2025, the year of its received date), so the numbers
 * given afterwards continue after the imported ones and never repeat them.
 */

/** One cell as the sheet reader hands it over (exceljs values made plain). */
export type ImportCell = string | number | boolean | Date | null;

export const IMPORT_FIELDS = [
  'nomor',
  'diterimaPada',
  'pemohon',
  'unit',
  'kategori',
  'perangkat',
  'uraian',
  'status',
  'selesaiPada',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  nomor: 'Nomor register',
  diterimaPada: 'Tanggal diterima',
  pemohon: 'Nama pemohon',
  unit: 'Unit kerja',
  kategori: 'Kategori',
  perangkat: 'Perangkat',
  uraian: 'Uraian',
  status: 'Status',
  selesaiPada: 'Tanggal selesai',
};

export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = [
  'nomor',
  'diterimaPada',
  'pemohon',
  'uraian',
];

/** Headers offices write for each field, matched without case, spaces or punctuation. */
const GUESSES: Record<ImportField, readonly string[]> = {
  nomor: ['nomor', 'no register', 'nomor register', 'no agenda', 'nomor agenda', 'no surat'],
  diterimaPada: ['diterima', 'tanggal', 'tanggal diterima', 'tgl terima', 'tanggal masuk', 'waktu'],
  pemohon: ['pemohon', 'nama pemohon', 'nama', 'pelapor'],
  unit: ['unit', 'unit kerja', 'bagian', 'satker'],
  kategori: ['kategori', 'jenis', 'jenis permintaan', 'jenis layanan'],
  perangkat: ['perangkat', 'barang', 'nama perangkat'],
  uraian: [
    'uraian',
    'keterangan permintaan',
    'permasalahan',
    'masalah',
    'kerusakan',
    'uraian permintaan',
  ],
  status: ['status', 'keadaan'],
  selesaiPada: ['selesai', 'tanggal selesai', 'tgl selesai'],
};

/** Column index (0-based) per field; null when the sheet has no such column. */
export type ImportMapping = Record<ImportField, number | null>;

const squash = (s: string) => s.toLocaleLowerCase('id').replace(/[^a-z0-9]/g, '');

export function cellText(cell: ImportCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).replace(/\s+/g, ' ').trim();
}

/** The header row: the first of the top ten with at least two texts in it. */
export function findHeaderRow(rows: readonly (readonly ImportCell[])[]): number {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const texts = (rows[i] ?? []).filter((c) => typeof c === 'string' && c.trim() !== '');
    if (texts.length >= 2) return i;
  }
  return 0;
}

/** A first mapping from the headers' names; the user corrects it. */
export function guessMapping(headers: readonly ImportCell[]): ImportMapping {
  const names = headers.map((h) => squash(cellText(h)));
  const taken = new Set<number>();
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ImportMapping;
  for (const field of IMPORT_FIELDS) {
    for (const guess of GUESSES[field]) {
      const at = names.findIndex((n, i) => !taken.has(i) && n !== '' && n === squash(guess));
      if (at !== -1) {
        mapping[field] = at;
        taken.add(at);
        break;
      }
    }
  }
  return mapping;
}

/** What is wrong with a mapping as a whole (a required field unmapped, a column used twice). */
export function mappingErrors(mapping: ImportMapping): string[] {
  const errors: string[] = [];
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (mapping[field] === null) errors.push(`Pilih kolom untuk ${IMPORT_FIELD_LABELS[field]}.`);
  }
  const seen = new Map<number, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const col = mapping[field];
    if (col === null) continue;
    const other = seen.get(col);
    if (other) {
      errors.push(
        `Kolom yang sama dipilih untuk ${IMPORT_FIELD_LABELS[other]} dan ${IMPORT_FIELD_LABELS[field]}.`,
      );
    } else seen.set(col, field);
  }
  return errors;
}

// --- Dates -------------------------------------------------------------------------------

const NAMA_BULAN_LIST = Array.from({ length: 12 }, (_, i) =>
  namaBulan(i + 1).toLocaleLowerCase('id'),
);

/** Excel's day 0 (1899-12-30) in Unix milliseconds. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function wallTime(y: number, m: number, d: number, h = 0, min = 0): Date | null {
  const at = new Date(y, m - 1, d, h, min);
  const ok =
    at.getFullYear() === y &&
    at.getMonth() === m - 1 &&
    at.getDate() === d &&
    h >= 0 &&
    h < 24 &&
    min >= 0 &&
    min < 60;
  return ok && y >= 2000 && y <= 2999 ? at : null;
}

/**
 * A date (and time) as an old register writes it: an Excel date (its clock read as the
 * office's), a serial number, "22/11/2025 14.30", "2025-11-22", "22 November 2025".
 */
export function parseSheetDate(cell: ImportCell | undefined): Date | null {
  if (cell instanceof Date) {
    // Excel dates carry no zone: the reader hands the wall clock over as UTC.
    return wallTime(
      cell.getUTCFullYear(),
      cell.getUTCMonth() + 1,
      cell.getUTCDate(),
      cell.getUTCHours(),
      cell.getUTCMinutes(),
    );
  }
  if (typeof cell === 'number' && cell > 30000 && cell < 120000) {
    return parseSheetDate(new Date(EXCEL_EPOCH + Math.round(cell * 86400) * 1000));
  }
  const text = cellText(cell).toLocaleLowerCase('id');
  if (!text) return null;
  const time = /(\d{1,2})[.:](\d{2})(?:[.:]\d{2})?\s*$/.exec(text);
  const [h, min] = time ? [Number(time[1]), Number(time[2])] : [0, 0];
  const day = time ? text.slice(0, time.index).trim() : text;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(day);
  if (m) return wallTime(Number(m[3]), Number(m[2]), Number(m[1]), h, min);
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (m) return wallTime(Number(m[1]), Number(m[2]), Number(m[3]), h, min);
  m = /^(?:[a-z]+,\s*)?(\d{1,2})\s+([a-z]+)\s+(\d{4})/.exec(day);
  if (m) {
    const month = NAMA_BULAN_LIST.findIndex((b) => m?.[2] === b || m?.[2] === b.slice(0, 3));
    if (month !== -1) return wallTime(Number(m[3]), month + 1, Number(m[1]), h, min);
  }
  return null;
}

// --- Rows --------------------------------------------------------------------------------

export interface ImportedRequest {
  /** The spreadsheet row (1-based), for the preview and the errors. */
  rowNumber: number;
  nomor: string;
  tahun: number;
  urut: number;
  pemohon: Requester;
  diterimaPada: string;
  kategori: string;
  perangkat: string;
  uraian: string;
  status: 'berjalan' | 'selesai' | 'ditolak';
  selesaiPada: string | null;
}

export interface ImportRowError {
  rowNumber: number;
  messages: string[];
}

export interface ParsedImport {
  valid: ImportedRequest[];
  errors: ImportRowError[];
}

export interface ImportContext {
  /** The moment of importing: received times after it are refused. */
  now: Date;
  /** Numbers the register already uses (deleted requests too), as `${tahun}:${urut}`. */
  taken: ReadonlySet<string>;
  /** The category for rows without one. */
  defaultKategori: string;
}

export const numberKey = (tahun: number, urut: number) => `${tahun}:${urut}`;

/** The running number of a printed register number: its first run of digits. */
export function runningNumberOf(nomor: string): number | null {
  const m = /\d+/.exec(nomor);
  if (!m) return null;
  const n = Number(m[0]);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

function statusOf(text: string): ImportedRequest['status'] | null {
  const t = squash(text);
  if (t === '' || t.startsWith('selesai') || t === 'sudah' || t === 'beres') return 'selesai';
  if (t.startsWith('tolak') || t.startsWith('ditolak') || t.startsWith('batal')) return 'ditolak';
  if (t.startsWith('proses') || t.startsWith('berjalan') || t.startsWith('belum'))
    return 'berjalan';
  return null;
}

/**
 * The rows below the header as requests, or each with what is wrong with it. Empty rows are
 * skipped; a number used twice in the file, or already in the register, is refused.
 */
export function parseRegisterImport(
  rows: readonly (readonly ImportCell[])[],
  headerRow: number,
  mapping: ImportMapping,
  ctx: ImportContext,
): ParsedImport {
  const result: ParsedImport = { valid: [], errors: [] };
  const inFile = new Map<string, number>();
  const schema = receptionSchema(ctx.now);
  for (let i = headerRow + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    const rowNumber = i + 1;
    const get = (field: ImportField): ImportCell | undefined => {
      const col = mapping[field];
      return col === null ? undefined : cells[col];
    };
    const text = (field: ImportField) => cellText(get(field));
    if (IMPORT_FIELDS.every((f) => text(f) === '')) continue;
    const messages: string[] = [];

    const nomor = text('nomor');
    const urut = runningNumberOf(nomor);
    if (!nomor) messages.push('Nomor register kosong.');
    else if (urut === null) messages.push(`Nomor "${nomor}" tidak memuat nomor urut.`);
    else if (nomor.length > 100) messages.push('Nomor register terlalu panjang.');

    const received = parseSheetDate(get('diterimaPada'));
    if (!received) messages.push('Tanggal diterima tidak terbaca (contoh: 22/11/2025 09.30).');
    const doneCell = get('selesaiPada');
    const done = parseSheetDate(doneCell);
    if (cellText(doneCell) !== '' && !done) messages.push('Tanggal selesai tidak terbaca.');
    if (received && done && done.getTime() < received.getTime())
      messages.push('Tanggal selesai sebelum tanggal diterima.');

    const statusText = text('status');
    let status = statusOf(statusText);
    if (status === null) {
      messages.push(`Status "${statusText}" tidak dikenal (Selesai, Ditolak atau Proses).`);
      status = 'selesai';
    }

    const reception = schema.safeParse({
      pemohon: {
        personId: null,
        nama: text('pemohon'),
        nip: '',
        unitNama: text('unit') || '-',
        telepon: '',
      },
      diterimaPada: (received ?? ctx.now).toISOString(),
      saluran: 'formulir',
      kategori: text('kategori') || ctx.defaultKategori,
      aplikasi: '',
      perangkat: text('perangkat'),
      uraian: text('uraian'),
      urgensiPemohon: 'sedang',
    });
    if (!reception.success) {
      for (const issue of reception.error.issues) {
        // "Aplikasi" needs a pick at reception; an old register's category is kept as it is.
        if (issue.path[0] === 'aplikasi') continue;
        if (!messages.includes(issue.message)) messages.push(issue.message);
      }
    }

    if (received && urut !== null) {
      const key = numberKey(received.getFullYear(), urut);
      const earlier = inFile.get(key);
      if (earlier !== undefined)
        messages.push(
          `Nomor urut ${urut} tahun ${received.getFullYear()} sudah ada di baris ${earlier}.`,
        );
      else if (ctx.taken.has(key))
        messages.push(
          `Nomor urut ${urut} tahun ${received.getFullYear()} sudah dipakai di register.`,
        );
      else inFile.set(key, rowNumber);
    }

    const ok = reception.success || reception.error.issues.every((x) => x.path[0] === 'aplikasi');
    if (messages.length > 0 || !received || urut === null || !ok) {
      result.errors.push({ rowNumber, messages });
      continue;
    }
    result.valid.push({
      rowNumber,
      nomor,
      tahun: received.getFullYear(),
      urut,
      pemohon: {
        personId: null,
        nama: text('pemohon'),
        nip: '',
        unitNama: text('unit') || '-',
        telepon: '',
      },
      diterimaPada: received.toISOString(),
      kategori: text('kategori') || ctx.defaultKategori,
      perangkat: text('perangkat'),
      uraian: text('uraian'),
      status,
      // An old register often has no closing date: none is made up.
      selesaiPada: status === 'berjalan' || !done ? null : done.toISOString(),
    });
  }
  return result;
}
