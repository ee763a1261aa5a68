import { z } from 'zod';
import { requiredText } from '../validation/text';

/**
 * Device types: the built-in kinds (as the BMN inventory groups IT equipment) plus the
 * ones the office adds (a synced list, table deviceTypes). A device stores its type's
 * code, which never changes once used; the label shown may be renamed. A code this PC
 * does not know yet (a row another PC wrote before its type arrived) shows as the code.
 */
export const BUILT_IN_DEVICE_TYPES = [
  'pc',
  'laptop',
  'printer',
  'scanner',
  'server',
  'switch',
  'router',
  'accessPoint',
  'ups',
  'cctv',
  'lainnya',
] as const;
export type BuiltInDeviceType = (typeof BUILT_IN_DEVICE_TYPES)[number];
/** A device type's code: a built-in one or one the office added. */
export type DeviceType = string;

export const BUILT_IN_DEVICE_TYPE_LABELS: Record<BuiltInDeviceType, string> = {
  pc: 'PC',
  laptop: 'Laptop',
  printer: 'Printer',
  scanner: 'Scanner',
  server: 'Server',
  switch: 'Switch',
  router: 'Router',
  accessPoint: 'Access Point',
  ups: 'UPS',
  cctv: 'CCTV',
  lainnya: 'Lainnya',
};

/** The longest label and code. */
export const DEVICE_TYPE_NAME_MAX = 40;

/** A type code as stored in a device row: letters and digits, starting with a letter. */
export const deviceTypeCodeSchema = z
  .string({ message: 'Pilih jenis perangkat.' })
  .regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, 'Pilih jenis perangkat.');

/** The fields of an office-added type (its row id is the code). */
export const deviceTypeSchema = z.object({
  nama: requiredText('Nama jenis', DEVICE_TYPE_NAME_MAX),
});
export type DeviceTypeFields = z.output<typeof deviceTypeSchema>;

export interface DeviceTypeInfo {
  code: string;
  label: string;
  builtIn: boolean;
}

/** Code → label of every known type, for showing a stored code. */
export type DeviceTypeLabels = Readonly<Record<string, string>>;

export function isBuiltInDeviceType(code: string): code is BuiltInDeviceType {
  return Object.hasOwn(BUILT_IN_DEVICE_TYPE_LABELS, code);
}

/**
 * The types the office can choose: the built-ins first, then its own by label. An
 * office row reusing a built-in code is ignored (the built-in stays as it is).
 */
export function mergeDeviceTypes(
  office: ReadonlyArray<{ id: string; nama: string }>,
): DeviceTypeInfo[] {
  const builtIn = BUILT_IN_DEVICE_TYPES.map((code) => ({
    code,
    label: BUILT_IN_DEVICE_TYPE_LABELS[code],
    builtIn: true,
  }));
  const own = office
    .filter((t) => !isBuiltInDeviceType(t.id))
    .map((t) => ({ code: t.id, label: t.nama, builtIn: false }))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'));
  return [...builtIn, ...own];
}

/** The built-in labels alone, where the office's list is not at hand. */
export const BUILT_IN_TYPE_LABELS: DeviceTypeLabels = BUILT_IN_DEVICE_TYPE_LABELS;

export function deviceTypeLabels(types: readonly DeviceTypeInfo[]): DeviceTypeLabels {
  return Object.fromEntries(types.map((t) => [t.code, t.label]));
}

/** A stored code as shown: its label, or the code itself while its type is unknown here. */
export function deviceTypeLabel(
  code: string,
  labels: DeviceTypeLabels = BUILT_IN_TYPE_LABELS,
): string {
  return Object.hasOwn(labels, code) ? (labels[code] ?? code) : code;
}

/** The options of a type select. */
export function deviceTypeOptions(
  types: readonly DeviceTypeInfo[],
): Array<{ value: string; label: string }> {
  return types.map((t) => ({ value: t.code, label: t.label }));
}

/** Case, spaces and punctuation do not matter when names are compared. */
export function normalizeTypeName(name: string): string {
  return name.toLocaleLowerCase('id').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Why a name cannot be given to a type (null when it can): it must be filled in and
 * differ from every other type's name (and a built-in's code), case and spacing aside.
 */
export function deviceTypeNameProblem(
  name: string,
  types: readonly DeviceTypeInfo[],
  exceptCode: string | null,
): string | null {
  const parsed = deviceTypeSchema.safeParse({ nama: name });
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Nama jenis tidak valid.';
  const key = normalizeTypeName(parsed.data.nama);
  if (key === '') return 'Nama jenis memuat huruf atau angka.';
  const clash = types.find(
    (t) =>
      t.code !== exceptCode &&
      (normalizeTypeName(t.label) === key || (t.builtIn && normalizeTypeName(t.code) === key)),
  );
  return clash ? `Jenis "${clash.label}" sudah ada.` : null;
}

/**
 * A new code for a type named `name`: its words in camelCase ("Mesin antrian" →
 * "mesinAntrian"), numbered when taken. Never a built-in code or one already used.
 */
export function newDeviceTypeCode(name: string, taken: ReadonlySet<string>): string {
  const words = name
    .normalize('NFKD')
    .replace(/[^a-zA-Z0-9\s]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  let base = words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  if (!/^[a-z]/.test(base)) base = `jenis${base.charAt(0).toUpperCase()}${base.slice(1)}`;
  base = base.slice(0, 32);
  const free = (code: string) => !taken.has(code) && !isBuiltInDeviceType(code);
  if (free(base)) return base;
  for (let n = 2; ; n++) if (free(`${base}${n}`)) return `${base}${n}`;
}
