import { z } from 'zod';
import type {
  RegisterFilter,
  RegisterItem as SharedItem,
} from '../../../shared/requests/registerView';
import type { RequestRow } from '../../db/rows';

/*
 * The register's search, filters and order live in shared/requests/registerView.ts (pure,
 * tested there); this names them for the rows of this database.
 */
export {
  createNarrowingFilter,
  distinctValues,
  filterRegister,
  isFiltered,
  NARROW_SLICE,
  narrowsAnything,
  normalizeQuery,
  NO_FILTER,
  registerViewFromQuery,
  registerViewToQuery,
  sortRegister,
  toRegisterItem,
  type NarrowingFilter,
  type RegisterFilter,
  type RegisterSort,
  type SortKey,
  type Tahap,
} from '../../../shared/requests/registerView';

export type RegisterItem = SharedItem<RequestRow>;

/** The screen name other screens hand the register a filter under (kit/screenFilters). */
export const REGISTER_SCREEN = 'permintaan';

const handedFilterSchema = z
  .object({ tahap: z.enum(['berjalan', 'selesai', 'ditolak']), terlambatSaja: z.boolean() })
  .partial();

/** A filter handed by another screen, checked: only the fields it may set. */
export function handedRegisterFilter(raw: unknown): Partial<RegisterFilter> | null {
  const parsed = handedFilterSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
