import { useEffect, useRef, useState } from 'react';
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

/** How long the view stays unchanged before the URL follows it. */
const URL_WRITE_DELAY_MS = 300;

function writeHash(hash: string): void {
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
}

/**
 * Keeps the register's search, filters and order in the URL of the window (replaced, not
 * pushed: the app has no address bar), so the register opened again shows what the user had
 * left. Given the settled search (debounced), not every keystroke. Written in a task of its
 * own once the view rests (Chromium's replaceState takes milliseconds, not for a frame that
 * draws the list), and at once when the register closes.
 */
export function useViewInUrl(view: RegisterFilter): void {
  const written = registerViewToQuery(view);
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const hash = written ? `${REGISTER_HASH}?${written}` : REGISTER_HASH;
    pending.current = hash;
    const later = window.setTimeout(() => {
      pending.current = null;
      writeHash(hash);
    }, URL_WRITE_DELAY_MS);
    return () => window.clearTimeout(later);
  }, [written]);
  useEffect(
    () => () => {
      if (pending.current !== null) writeHash(pending.current);
    },
    [],
  );
}
