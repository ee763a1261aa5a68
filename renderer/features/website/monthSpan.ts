import type { MonthSpan } from '../../../shared/website/availability';

/** The office's month 'YYYY-MM' as a half-open span of instants, on this PC's wall clock. */
export function monthSpan(bulan: string): MonthSpan {
  const [y, m] = bulan.split('-').map(Number);
  const year = y ?? 1970;
  const month = (m ?? 1) - 1;
  return { from: new Date(year, month, 1), to: new Date(year, month + 1, 1) };
}

/** The month 'YYYY-MM' of a moment, on this PC's wall clock. */
export function monthOfDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export function inSpan(iso: string, span: MonthSpan): boolean {
  const t = Date.parse(iso);
  return t >= span.from.getTime() && t < span.to.getTime();
}
