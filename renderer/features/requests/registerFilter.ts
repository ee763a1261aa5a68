import type { RegisterItem as SharedItem } from '../../../shared/requests/registerView';
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
  normalizeQuery,
  NO_FILTER,
  registerViewFromQuery,
  registerViewToQuery,
  sortRegister,
  toRegisterItem,
  type RegisterFilter,
  type RegisterSort,
  type SortKey,
  type Tahap,
} from '../../../shared/requests/registerView';

export type RegisterItem = SharedItem<RequestRow>;
