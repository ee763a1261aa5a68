import { isUp, type AvailabilityCheck } from './schema';

/**
 * A site's availability for a month: the share of that month's checks that found it up. The
 * checks are the only evidence the office has, so the figure is of checks, not of minutes.
 */

export interface MonthAvailability {
  siteId: string;
  pemeriksaan: number;
  tersedia: number;
  /** Percent with one decimal; null when the month has no checks for the site. */
  persen: number | null;
}

/** The month as a half-open span of instants; the caller gives the office's month bounds. */
export interface MonthSpan {
  from: Date;
  to: Date;
}

export function monthAvailability(
  siteId: string,
  checks: readonly Pick<AvailabilityCheck, 'siteId' | 'waktu' | 'statusHttp'>[],
  span: MonthSpan,
): MonthAvailability {
  const from = span.from.getTime();
  const to = span.to.getTime();
  const inMonth = (waktu: string): boolean => {
    const t = Date.parse(waktu);
    return t >= from && t < to;
  };
  let pemeriksaan = 0;
  let tersedia = 0;
  for (const c of checks) {
    if (c.siteId !== siteId || !inMonth(c.waktu)) continue;
    pemeriksaan += 1;
    if (isUp(c)) tersedia += 1;
  }
  return { siteId, pemeriksaan, tersedia, persen: upShare(pemeriksaan, tersedia) };
}

/** The share of checks that found a site up, in percent with one decimal; null without checks. */
export function upShare(pemeriksaan: number, tersedia: number): number | null {
  return pemeriksaan === 0 ? null : Math.round((tersedia / pemeriksaan) * 1000) / 10;
}

/** Indonesian text for a percentage, e.g. "99,5%", or "belum diperiksa". */
export function availabilityText(a: Pick<MonthAvailability, 'persen'>): string {
  if (a.persen === null) return 'belum diperiksa';
  return `${a.persen.toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;
}
