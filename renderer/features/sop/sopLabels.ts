import { formatTanggal, fromIsoDate } from '../../../shared/format/date';
import type { StepKind } from '../../../shared/sop/schema';

export const STEP_KIND_LABELS: Record<StepKind, string> = {
  start: 'Mulai',
  process: 'Proses',
  decision: 'Keputusan',
  end: 'Selesai',
};

/** "4 Januari 2021" from an ISO date, or "-" when the document gives none. */
export function tanggalOrDash(iso: string | null): string {
  const date = iso ? fromIsoDate(iso) : null;
  return date ? formatTanggal(date) : iso || '-';
}

export function sopTitle(doc: { nomor: string | null; judul: string }): string {
  return doc.nomor ? `${doc.nomor} — ${doc.judul}` : doc.judul;
}
