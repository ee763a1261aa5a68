import { TABLE_LABELS, type RowSchemaTable } from '../sync/rowSchemas';

/**
 * The office's data as files it can keep or take elsewhere: every synced table, one sheet
 * (or one JSON array) each, without the per-field clock stamps sync uses. Formats are
 * described in docs/DATA-EXPORT.md.
 */
export const DATA_EXPORT_FORMAT = 'meja-ti/ekspor-data@1';

/** Column headings that are not just the field's words: bookkeeping and English names. */
const HEADINGS: Readonly<Record<string, string>> = {
  id: 'ID',
  _deleted: 'Dihapus',
  _updatedBy: 'Terakhir diubah oleh (ID pegawai)',
  _updatedAt: 'Terakhir diubah pada',
  document: 'Isi SOP (JSON)',
  revision: 'Revisi',
  basedOnId: 'Disalin dari (ID)',
  roles: 'Peran',
};

/** English words some field names use, in Indonesian. */
const WORDS: Readonly<Record<string, string>> = {
  person: 'pegawai',
  device: 'perangkat',
  devices: 'perangkat',
  task: 'tugas',
  item: 'butir',
  request: 'permintaan',
  step: 'langkah',
  sop: 'SOP',
  nip: 'NIP',
  bmn: 'BMN',
  ip: 'IP',
  uat: 'UAT',
  url: 'URL',
  nup: 'NUP',
};

/** "diterimaPada" → "Diterima pada", "dariPersonId" → "Dari pegawai (ID)": the field's words. */
export function columnHeading(field: string): string {
  const known = HEADINGS[field];
  if (known) return known;
  const id = /^(.+)Ids?$/.exec(field);
  if (id?.[1]) return `${columnHeading(id[1])} (ID)`;
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((w) => WORDS[w] ?? w)
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ ; "Pegawai", "Langkah permintaan". */
export function sheetName(table: RowSchemaTable): string {
  const label = TABLE_LABELS[table].replace(/[[\]:*?/\\]/g, ' ');
  return (label.charAt(0).toUpperCase() + label.slice(1)).slice(0, 31);
}

/** Excel keeps at most 32,767 characters in a cell. */
export const MAX_CELL_CHARS = 32_767;

/** A stored value as one cell: text, number, Ya/Tidak, or JSON for lists and records. */
export function cellValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_CELL_CHARS
    ? `${text.slice(0, MAX_CELL_CHARS - 40)}… (terpotong; lihat ekspor JSON)`
    : text;
}

/** A row as exported: the sync clock stamps (`_clock`) and any PIN hash (`pin`) left out. */
export function exportedRow(row: Record<string, unknown>): Record<string, unknown> {
  const { _clock: _omitClock, pin: _omitPin, ...rest } = row;
  return rest;
}

/** The columns of a table: id first, the fields in order of first appearance, bookkeeping last. */
export function exportColumns(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  seen.delete('_clock');
  seen.delete('pin');
  const fields = [...seen].filter((k) => k !== 'id' && !k.startsWith('_'));
  const bookkeeping = [...seen].filter((k) => k.startsWith('_'));
  return ['id', ...fields, ...bookkeeping];
}
