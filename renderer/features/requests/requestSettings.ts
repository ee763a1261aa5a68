import { z } from 'zod';
import { DEFAULT_NUMBER_FORMAT, numberFormatSchema } from '../../../shared/requests/numbering';
import {
  DEFAULT_PRIORITY_MATRIX,
  priorityMatrixSchema,
  type PriorityMatrix,
} from '../../../shared/requests/priority';
import {
  DEFAULT_APPLICATIONS,
  DEFAULT_CATEGORIES,
  DEFAULT_PETUNJUK,
} from '../../../shared/requests/schema';
import {
  DEFAULT_OFFICE_HOURS,
  officeHoursSchema,
  type OfficeHours,
} from '../../../shared/requests/workingTime';
import type { MejaDatabase } from '../../db/database';
import { putRow, type WriteContext } from '../../db/repository';

export const REQUEST_SETTINGS_ROW = 'requestSettings';

/** How the office runs its service requests; each field syncs on its own. */
export interface RequestSettings {
  numberFormat: string;
  kategori: string[];
  aplikasi: string[];
  petunjuk: string[];
  priorityMatrix: PriorityMatrix;
  officeHours: OfficeHours;
  /**
   * How a PC numbers a request while the shared folder is out of reach: from a block of
   * numbers claimed in advance ('sewa') or with a marked draft number ('sementara').
   */
  nomorLuring: NomorLuring;
  /** How many numbers each PC keeps claimed in advance in 'sewa' mode. */
  sewaBlok: number;
  /**
   * 'bersama': one series of numbers claimed on one shared folder. 'replikasi': the folder is
   * replicated between sites (Syncthing and the like), where a claim is exclusive only within
   * a site; each site numbers its own series, marked with its site code (numberingSite.ts).
   */
  modePenomoran?: ModePenomoran;
}

export const MODE_PENOMORAN = ['bersama', 'replikasi'] as const;
export type ModePenomoran = (typeof MODE_PENOMORAN)[number];

export const NOMOR_LURING = ['sewa', 'sementara'] as const;
export type NomorLuring = (typeof NOMOR_LURING)[number];
export const SEWA_BLOK_MIN = 1;
export const SEWA_BLOK_MAX = 50;

const listSchema = z.array(z.string().trim().min(1).max(80)).min(1).max(100);

const FIELDS = {
  numberFormat: { schema: numberFormatSchema, fallback: DEFAULT_NUMBER_FORMAT },
  kategori: { schema: listSchema, fallback: [...DEFAULT_CATEGORIES] },
  aplikasi: { schema: listSchema, fallback: [...DEFAULT_APPLICATIONS] },
  petunjuk: { schema: listSchema, fallback: [...DEFAULT_PETUNJUK] },
  priorityMatrix: { schema: priorityMatrixSchema, fallback: DEFAULT_PRIORITY_MATRIX },
  officeHours: { schema: officeHoursSchema, fallback: DEFAULT_OFFICE_HOURS },
  nomorLuring: { schema: z.enum(NOMOR_LURING), fallback: 'sementara' },
  sewaBlok: { schema: z.number().int().min(SEWA_BLOK_MIN).max(SEWA_BLOK_MAX), fallback: 5 },
  modePenomoran: { schema: z.enum(MODE_PENOMORAN), fallback: 'bersama' },
} as const;

/** The settings, each field read through its schema; a missing or damaged one reads as the default. */
export async function readRequestSettings(db: MejaDatabase): Promise<RequestSettings> {
  const row = await db.settings.get(REQUEST_SETTINGS_ROW);
  const field = <K extends keyof typeof FIELDS>(key: K) => {
    const parsed = FIELDS[key].schema.safeParse(row && !row._deleted ? row[key] : undefined);
    return parsed.success ? parsed.data : FIELDS[key].fallback;
  };
  return {
    numberFormat: field('numberFormat') as string,
    kategori: field('kategori') as string[],
    aplikasi: field('aplikasi') as string[],
    petunjuk: field('petunjuk') as string[],
    priorityMatrix: field('priorityMatrix') as PriorityMatrix,
    officeHours: field('officeHours') as OfficeHours,
    nomorLuring: field('nomorLuring') as NomorLuring,
    sewaBlok: field('sewaBlok') as number,
    modePenomoran: field('modePenomoran') as ModePenomoran,
  };
}

export async function saveRequestSettings(
  ctx: WriteContext,
  changes: Partial<RequestSettings>,
): Promise<void> {
  const checked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    const spec = FIELDS[key as keyof typeof FIELDS];
    checked[key] = spec.schema.parse(value);
  }
  await putRow(ctx, 'settings', REQUEST_SETTINGS_ROW, checked);
}
