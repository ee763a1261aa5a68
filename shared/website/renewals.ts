/**
 * Renewal reminders for SOP F: a site's contract is due for renewal when its end is 60, 30 or 7
 * days away (or already past). The reminder names the nearest threshold reached so the screen
 * and Beranda can say how urgent it is.
 */

export const RENEWAL_THRESHOLDS = [60, 30, 7] as const;
export type RenewalThreshold = (typeof RENEWAL_THRESHOLDS)[number];

export interface ContractEnd {
  id: string;
  nama: string;
  akhirKontrak: string;
}

export interface RenewalDue {
  id: string;
  nama: string;
  akhirKontrak: string;
  /** Days from today to the contract's end; negative once it has passed. */
  sisaHari: number;
  /** The smallest threshold the remaining days are within; null once expired. */
  ambang: RenewalThreshold | null;
  kedaluwarsa: boolean;
}

const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to`, both ISO dates (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The reminder for one contract end as of `today`, or null when renewal is not yet due. */
export function renewalDue(site: ContractEnd, today: string): RenewalDue | null {
  const sisaHari = daysBetween(today, site.akhirKontrak);
  if (sisaHari > RENEWAL_THRESHOLDS[0]) return null;
  const kedaluwarsa = sisaHari < 0;
  let ambang: RenewalThreshold | null = null;
  if (!kedaluwarsa) {
    for (const t of RENEWAL_THRESHOLDS) if (sisaHari <= t) ambang = t;
  }
  return {
    id: site.id,
    nama: site.nama,
    akhirKontrak: site.akhirKontrak,
    sisaHari,
    ambang,
    kedaluwarsa,
  };
}

/** Every contract due for renewal as of `today`, the most urgent first. */
export function renewalsDue(sites: readonly ContractEnd[], today: string): RenewalDue[] {
  const due: RenewalDue[] = [];
  for (const s of sites) {
    const d = renewalDue(s, today);
    if (d) due.push(d);
  }
  return due.sort((a, b) => a.sisaHari - b.sisaHari || a.nama.localeCompare(b.nama));
}

/** The short Indonesian line the screen and Beranda show for a reminder. */
export function renewalLabel(d: RenewalDue): string {
  if (d.kedaluwarsa) return `${d.nama}: kontrak berakhir ${-d.sisaHari} hari lalu`;
  if (d.sisaHari === 0) return `${d.nama}: kontrak berakhir hari ini`;
  return `${d.nama}: kontrak berakhir dalam ${d.sisaHari} hari`;
}

/** True when a TLS certificate ending on `validTo` ends within 30 days of `today`. */
export function certificateEndsSoon(validTo: string, today: string): boolean {
  return daysBetween(today, validTo) <= 30;
}
