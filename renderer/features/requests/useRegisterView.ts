import { useEffect, useState } from 'react';
import {
  NO_FILTER,
  registerViewFromQuery,
  registerViewToQuery,
  type RegisterFilter,
} from './registerFilter';

/** The register's place in the window's URL: `#/permintaan?tahap=selesai&unit=Hakim`. */
export const REGISTER_HASH = '#/permintaan';

function viewInUrl(): RegisterFilter {
  const { hash } = window.location;
  if (!hash.startsWith(REGISTER_HASH)) return NO_FILTER;
  return registerViewFromQuery(hash.slice(REGISTER_HASH.length));
}

/**
 * The view the URL holds: the register opened again (Kembali, the menu) starts from it; a
 * filter another screen handed over (Beranda's lines) replaces it.
 */
export function useRegisterView(handed: () => Partial<RegisterFilter> = () => ({})) {
  return useState<RegisterFilter>(() => {
    const given = handed();
    return Object.keys(given).length ? { ...NO_FILTER, ...given } : viewInUrl();
  });
}

/**
 * Keeps the register's search, filters and order in the URL of the window (replaced, not
 * pushed: the app has no address bar), so the register opened again shows what the user had
 * left. Given the settled search (debounced), not every keystroke.
 */
export function useViewInUrl(view: RegisterFilter): void {
  const written = registerViewToQuery(view);
  useEffect(() => {
    const hash = written ? `${REGISTER_HASH}?${written}` : REGISTER_HASH;
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [written]);
}
