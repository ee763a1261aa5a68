import {
  deviceTypeLabel,
  mergeDeviceTypes,
  type BuiltInDeviceType,
  type DeviceTypeInfo,
  type DeviceTypeLabels,
} from './deviceTypes';
import {
  CONDITION_LABELS,
  CONDITIONS,
  deviceSchema,
  type Condition,
  type DeviceFields,
} from './schema';

/** One cell as a spreadsheet reader hands it over (formulas already resolved). */
export type SheetCell = string | number | boolean | Date | null;

type SheetField = Exclude<keyof DeviceFields, 'aktif'>;

export interface DeviceSheetColumn {
  /** 'no' is the running number: written on export, ignored on import. */
  key: SheetField | 'no';
  header: string;
  /** Other headers offices use for the same column, matched like the header itself. */
  aliases: readonly string[];
  /** Width in characters, for the exported sheet. */
  width: number;
}

/** The columns of the Perangkat TI sheet, in the order they are exported. */
export const DEVICE_SHEET_COLUMNS: readonly DeviceSheetColumn[] = [
  { key: 'no', header: 'No', aliases: ['No.', 'Nomor', 'No Urut'], width: 6 },
  { key: 'jenis', header: 'Jenis', aliases: ['Jenis Perangkat', 'Jenis Barang'], width: 14 },
  { key: 'merek', header: 'Merek', aliases: ['Merk', 'Brand', 'Merek/Merk'], width: 16 },
  {
    key: 'model',
    header: 'Model/Tipe',
    aliases: ['Model', 'Tipe', 'Type', 'Tipe/Model', 'Model/Type'],
    width: 24,
  },
  {
    key: 'nomorSeri',
    header: 'Nomor Seri',
    aliases: ['No. Seri', 'No Seri', 'Serial Number', 'Serial', 'S/N', 'SN', 'Nomor Serial'],
    width: 20,
  },
  {
    key: 'kodeBmn',
    header: 'Kode BMN',
    aliases: ['Kode Barang', 'Kode Barang BMN', 'Kode'],
    width: 18,
  },
  { key: 'nup', header: 'NUP', aliases: ['Nomor Urut Pendaftaran'], width: 8 },
  { key: 'ruangan', header: 'Ruangan', aliases: ['Ruang', 'Lokasi', 'Lokasi/Ruangan'], width: 24 },
  { key: 'pengguna', header: 'Pengguna', aliases: ['Pemakai', 'Pemegang', 'User'], width: 24 },
  {
    key: 'tahunPerolehan',
    header: 'Tahun Perolehan',
    aliases: ['Tahun', 'Tahun Pengadaan', 'Thn Perolehan'],
    width: 10,
  },
  { key: 'kondisi', header: 'Kondisi', aliases: ['Keadaan'], width: 14 },
  { key: 'alamatIp', header: 'Alamat IP', aliases: ['IP', 'IP Address'], width: 16 },
  { key: 'catatan', header: 'Catatan', aliases: ['Keterangan', 'Ket.'], width: 36 },
];

/** Columns a sheet must have to be read at all. */
const REQUIRED: readonly SheetField[] = ['jenis', 'merek', 'ruangan', 'kondisi'];
const REQUIRED_KEYS = new Set<SheetField | 'no'>(REQUIRED);
/** The header is looked for in this many rows from the top (titles may sit above it). */
const HEADER_SEARCH_ROWS = 10;
/** More data rows than this in one file are refused. */
export const MAX_SHEET_ROWS = 5000;

const JENIS_ALIASES: Record<string, BuiltInDeviceType> = {
  komputer: 'pc',
  pcdesktop: 'pc',
  desktop: 'pc',
  komputerdesktop: 'pc',
  cpu: 'pc',
  notebook: 'laptop',
  ap: 'accessPoint',
  wifi: 'accessPoint',
  pemindai: 'scanner',
  kamera: 'cctv',
  lainlain: 'lainnya',
};
const KONDISI_ALIASES: Record<string, Condition> = {
  b: 'baik',
  rr: 'rusakRingan',
  rb: 'rusakBerat',
};

/** Case, spaces and punctuation do not matter: "Model / Tipe" = "model/tipe" = "MODELTIPE". */
function normalize(text: string): string {
  return text.toLocaleLowerCase('id').replace(/[^\p{L}\p{N}]/gu, '');
}

function lookup<K extends string>(keys: readonly K[], labels: Record<K, string>) {
  const map = new Map<string, K>();
  for (const k of keys) {
    map.set(normalize(k), k);
    map.set(normalize(labels[k]), k);
  }
  return map;
}

/**
 * Type codes by name: the built-ins' aliases and codes, then each type's label (an office
 * type's code is its first name, which a rename may have given up).
 */
function typesByName(types: readonly DeviceTypeInfo[]): Map<string, string> {
  const map = new Map<string, string>(Object.entries(JENIS_ALIASES));
  for (const t of types) {
    if (t.builtIn) map.set(normalize(t.code), t.code);
    map.set(normalize(t.label), t.code);
  }
  return map;
}
const KONDISI_BY_NAME = lookup(CONDITIONS, CONDITION_LABELS);
for (const [alias, kondisi] of Object.entries(KONDISI_ALIASES)) KONDISI_BY_NAME.set(alias, kondisi);

const COLUMN_BY_NAME = new Map<string, DeviceSheetColumn>();
for (const column of DEVICE_SHEET_COLUMNS) {
  for (const name of [column.header, ...column.aliases])
    COLUMN_BY_NAME.set(normalize(name), column);
}

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** A cell as text: numbers as written (NUP 12 → "12"), dates as YYYY-MM-DD. */
function text(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDate(cell);
  return String(cell).trim();
}

/** A year from a number, a numeric string or a date; anything else goes to the schema as is. */
function year(cell: SheetCell | undefined): unknown {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.getUTCFullYear();
  if (typeof cell === 'number') return cell;
  const t = text(cell);
  if (t === '') return null;
  return /^\d+(\.0+)?$/.test(t) ? Number(t) : t;
}

/** The device as an export row, in DEVICE_SHEET_COLUMNS order; `labels` names the office's types. */
export function deviceSheetRow(
  device: DeviceFields,
  no: number,
  labels?: DeviceTypeLabels,
): SheetCell[] {
  return DEVICE_SHEET_COLUMNS.map(({ key }): SheetCell => {
    switch (key) {
      case 'no':
        return no;
      case 'jenis':
        return deviceTypeLabel(device.jenis, labels);
      case 'kondisi':
        return CONDITION_LABELS[device.kondisi];
      case 'tahunPerolehan':
        return device.tahunPerolehan;
      default:
        return device[key] === '' ? null : device[key];
    }
  });
}

type ColumnIndex = Map<SheetField | 'no', number>;

/** The fields a sheet's columns can fill, with their labels, for choosing columns by hand. */
export const DEVICE_SHEET_FIELDS = DEVICE_SHEET_COLUMNS.flatMap((c) =>
  c.key === 'no' ? [] : [{ key: c.key, header: c.header, required: REQUIRED_KEYS.has(c.key) }],
);

/**
 * Headings the office chose for fields (an inventory exported from SIMAK-BMN names its
 * columns its own way), remembered between imports. Matched like the known headings.
 */
export type DeviceColumnMapping = Partial<Record<SheetField, string>>;

function headerColumns(row: readonly SheetCell[], mapping: DeviceColumnMapping = {}): ColumnIndex {
  const found: ColumnIndex = new Map();
  const used = new Set<number>();
  const names = row.map((cell) => normalize(text(cell)));
  for (const [key, heading] of Object.entries(mapping) as [SheetField, string][]) {
    const at = names.findIndex((n, i) => n !== '' && n === normalize(heading) && !used.has(i));
    if (at !== -1) {
      found.set(key, at);
      used.add(at);
    }
  }
  names.forEach((name, i) => {
    const column = COLUMN_BY_NAME.get(name);
    if (column && !found.has(column.key) && !used.has(i)) {
      found.set(column.key, i);
      used.add(i);
    }
  });
  return found;
}

/**
 * The heading row of a sheet and which heading each field reads from: the row naming the most
 * fields among the first rows, or the first row with text when none does.
 */
export function deviceSheetHeader(
  rows: readonly SheetCell[][],
  mapping: DeviceColumnMapping = {},
): { index: number; headings: string[]; chosen: DeviceColumnMapping } {
  let best: { index: number; columns: ColumnIndex } | null = null;
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const columns = headerColumns(rows[index] ?? [], mapping);
    if (columns.size > (best?.columns.size ?? 0)) best = { index, columns };
  }
  const index =
    best?.index ??
    Math.max(
      0,
      rows.findIndex((r) => r.some((c) => text(c) !== '')),
    );
  const headings = (rows[index] ?? []).map((c) => text(c));
  const chosen: DeviceColumnMapping = {};
  for (const [key, at] of best?.columns ?? []) {
    const heading = headings[at];
    if (key !== 'no' && heading) chosen[key] = heading;
  }
  return { index, headings, chosen };
}

function columnHeader(key: SheetField): string {
  return DEVICE_SHEET_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

/** "Merek", "Merek dan Kondisi", "Baik, Rusak Ringan atau Rusak Berat". */
function listJoin(items: string[], last: 'dan' | 'atau' = 'dan'): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** Finds the header among the first rows: the row that names the most known columns. */
function findHeader(
  rows: readonly SheetCell[][],
  mapping: DeviceColumnMapping,
): { index: number; columns: ColumnIndex } | { error: string } {
  let best: { index: number; columns: ColumnIndex } | null = null;
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const columns = headerColumns(rows[index] ?? [], mapping);
    if (columns.size > (best?.columns.size ?? 0)) best = { index, columns };
  }
  const required = listJoin(REQUIRED.map(columnHeader));
  if (!best) {
    return {
      error: `Baris judul tidak ditemukan di ${HEADER_SEARCH_ROWS} baris pertama. Lembar kerja harus punya kolom ${required}.`,
    };
  }
  const { columns } = best;
  const missing = REQUIRED.filter((k) => !columns.has(k)).map(columnHeader);
  if (missing.length > 0) {
    return { error: `Kolom ${listJoin(missing)} tidak ditemukan di baris judul.` };
  }
  return best;
}

export interface ParsedDeviceSheet {
  valid: Array<{ rowNumber: number; device: DeviceFields }>;
  errors: Array<{ rowNumber: number; messages: string[] }>;
  headerError: string | null;
  /** Type names in the sheet that are not (yet) office types, as first written, in order. */
  unknownTypes: string[];
}

export interface ParseDeviceSheetOptions {
  currentYear: number;
  /** Devices already in the inventory, so a file cannot register the same item twice. */
  existing: ReadonlyArray<{ id: string; kodeBmn: string; nup: string; nomorSeri: string }>;
  /** Headings chosen by the office for fields, before the known headings are looked for. */
  mapping?: DeviceColumnMapping;
  /** The office's types (built-ins and its own); the built-ins alone when left out. */
  types?: readonly DeviceTypeInfo[];
  /**
   * What an unknown type name stands for (key: the name normalized by `typeNameKey`): a
   * type to add or an existing one chosen by the user. A name left unchosen is a row error.
   */
  typeChoices?: Readonly<Record<string, string>>;
}

/** The key of a sheet's type name in `typeChoices`: case, spaces and punctuation aside. */
export function typeNameKey(name: string): string {
  return normalize(name);
}

/** Identities compared without the noise: leading zeros in NUP, case in serial numbers. */
function bmnKey(kodeBmn: string, nup: string): string | null {
  const kode = kodeBmn.trim();
  const n = nup.trim().replace(/^0+(?=\d)/, '');
  return kode && n ? `${kode}#${n}` : null;
}
function serialKey(nomorSeri: string): string | null {
  const s = nomorSeri.trim().toLocaleUpperCase('id');
  return s || null;
}

/**
 * Reads the rows of a device sheet (`rows[i]` is spreadsheet row i + 1). Each data row is
 * checked on its own: a bad row is reported with its row number and left out, the rest
 * come back ready to import. Empty rows are skipped without a word.
 */
export function parseDeviceSheet(
  rows: readonly SheetCell[][],
  opts: ParseDeviceSheetOptions,
): ParsedDeviceSheet {
  const header = findHeader(rows, opts.mapping ?? {});
  if ('error' in header)
    return { valid: [], errors: [], headerError: header.error, unknownTypes: [] };

  const schema = deviceSchema(opts.currentYear);
  const existingBmn = new Set<string | null>(opts.existing.map((d) => bmnKey(d.kodeBmn, d.nup)));
  const existingSerial = new Set<string | null>(opts.existing.map((d) => serialKey(d.nomorSeri)));
  const seenBmn = new Map<string, number>();
  const seenSerial = new Map<string, number>();
  const result: ParsedDeviceSheet = { valid: [], errors: [], headerError: null, unknownTypes: [] };
  const types = opts.types ?? mergeDeviceTypes([]);
  const typeByName = typesByName(types);
  const unknownSeen = new Set<string>();
  const order = DEVICE_SHEET_COLUMNS.map((c) => c.key);
  const fields = order.filter((k): k is SheetField => k !== 'no');
  let dataRows = 0;

  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const rowNumber = i + 1;
    const cell = (key: SheetField) => {
      const at = header.columns.get(key);
      return at === undefined ? null : (row[at] ?? null);
    };
    if (fields.every((k) => text(cell(k)) === '')) continue;

    if (++dataRows > MAX_SHEET_ROWS) {
      result.errors.push({
        rowNumber,
        messages: [
          `Paling banyak ${MAX_SHEET_ROWS} baris data sekali impor: baris ${rowNumber} dan sesudahnya tidak dibaca. Bagi berkas menjadi beberapa bagian.`,
        ],
      });
      break;
    }

    const problems: Array<{ key: SheetField; message: string }> = [];
    const jenisText = text(cell('jenis'));
    const jenisKey = normalize(jenisText);
    let jenis = typeByName.get(jenisKey);
    if (!jenis && jenisKey !== '') {
      // A type the office did not have: the preview offers to add it or map it.
      if (!unknownSeen.has(jenisKey)) {
        unknownSeen.add(jenisKey);
        result.unknownTypes.push(jenisText);
      }
      jenis = opts.typeChoices?.[jenisKey];
    }
    if (!jenis) {
      const valid = types.map((t) => t.label).join(', ');
      problems.push({
        key: 'jenis',
        message: jenisText
          ? `"${jenisText}" belum ada di daftar jenis. Tambahkan atau pilih padanannya di atas, atau isi salah satu: ${valid}.`
          : `Jenis wajib diisi (${valid}).`,
      });
    }
    const kondisiText = text(cell('kondisi'));
    const kondisi = KONDISI_BY_NAME.get(normalize(kondisiText));
    if (!kondisi) {
      const valid = listJoin(
        CONDITIONS.map((c) => CONDITION_LABELS[c]),
        'atau',
      );
      problems.push({
        key: 'kondisi',
        message: kondisiText
          ? `"${kondisiText}" tidak dikenal. Isi ${valid}.`
          : `Kondisi wajib diisi (${valid}).`,
      });
    }

    const parsed = schema.safeParse({
      jenis: jenis ?? jenisText,
      merek: text(cell('merek')),
      model: text(cell('model')),
      nomorSeri: text(cell('nomorSeri')),
      kodeBmn: text(cell('kodeBmn')),
      nup: text(cell('nup')),
      ruangan: text(cell('ruangan')),
      pengguna: text(cell('pengguna')),
      tahunPerolehan: year(cell('tahunPerolehan')),
      kondisi: kondisi ?? kondisiText,
      alamatIp: text(cell('alamatIp')),
      catatan: text(cell('catatan')),
      aktif: true,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as SheetField;
        if (problems.some((p) => p.key === key)) continue;
        problems.push({ key, message: issue.message });
      }
    }
    const messages = problems
      .sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
      .map((p) => `${columnHeader(p.key)}: ${p.message}`);

    const bmn = bmnKey(text(cell('kodeBmn')), text(cell('nup')));
    const bmnText = `Kode BMN ${text(cell('kodeBmn'))} NUP ${text(cell('nup'))}`;
    if (bmn && existingBmn.has(bmn)) messages.push(`${bmnText} sudah terdaftar di inventaris.`);
    else if (bmn && seenBmn.has(bmn))
      messages.push(`${bmnText} sudah ada (baris ${seenBmn.get(bmn)}).`);
    const serial = serialKey(text(cell('nomorSeri')));
    const serialText = `Nomor Seri ${text(cell('nomorSeri'))}`;
    if (serial && existingSerial.has(serial)) {
      messages.push(`${serialText} sudah terdaftar di inventaris.`);
    } else if (serial && seenSerial.has(serial)) {
      messages.push(`${serialText} sudah ada (baris ${seenSerial.get(serial)}).`);
    }

    if (messages.length > 0 || !parsed.success) {
      result.errors.push({ rowNumber, messages });
      continue;
    }
    // Only rows that will be imported claim their identity: a bad row fixed later can
    // then be imported without clashing with itself.
    if (bmn) seenBmn.set(bmn, rowNumber);
    if (serial) seenSerial.set(serial, rowNumber);
    result.valid.push({ rowNumber, device: parsed.data });
  }
  return result;
}
