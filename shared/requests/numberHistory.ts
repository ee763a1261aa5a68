import { z } from 'zod';

/**
 * The register numbers a request has carried, oldest first: the draft it was printed with
 * while the shared folder was away, the final number it got, and any number the operator gave
 * in place of a colliding one. Written in the same write as the number itself, so a number
 * never changes without a trace and the paper archive can be corrected from it.
 */

export const NUMBER_HISTORY_KINDS = ['sementara', 'final', 'diganti'] as const;
/**
 * 'sementara': a draft, printed with "(SEMENTARA)"; 'final': the number as registered or as
 * the draft became on reconnect; 'diganti': a final number given by the operator in place of
 * an earlier final one (a collision).
 */
export type NumberHistoryKind = (typeof NUMBER_HISTORY_KINDS)[number];

export const numberHistoryEntrySchema = z.object({
  nomor: z.string().min(1).max(120),
  jenis: z.enum(NUMBER_HISTORY_KINDS),
  /** When the request started carrying the number (ISO). */
  sejak: z.iso.datetime({ offset: true }),
  /** The device id of the PC that gave it. */
  oleh: z.string().min(1).max(64),
});
export type NumberHistoryEntry = z.output<typeof numberHistoryEntrySchema>;

/** At most this many entries are kept: a request renumbered more often is a bug elsewhere. */
export const NUMBER_HISTORY_MAX = 20;
export const numberHistorySchema = z.array(numberHistoryEntrySchema).max(NUMBER_HISTORY_MAX);

/** The part of a request its number history is read from. */
export interface NumberedForHistory {
  nomor: string;
  nomorSementara?: boolean;
  riwayatNomor?: readonly NumberHistoryEntry[];
}

/**
 * The history of a request read from its row: the stored list when it is well formed, else
 * (rows from before the history existed, or a damaged one) the current number alone, with no
 * date. Never throws: a row from another PC is untrusted.
 */
export function numberHistoryOf(request: NumberedForHistory): NumberHistoryEntry[] {
  const parsed = numberHistorySchema.safeParse(request.riwayatNomor);
  return parsed.success ? parsed.data : [];
}

/**
 * The history after the request takes `entry`: the current number is recorded first when the
 * history does not hold it yet (a row from before the history existed), so the draft that
 * was printed is never lost. Keeps the newest NUMBER_HISTORY_MAX entries.
 */
export function withNumber(
  request: NumberedForHistory,
  entry: NumberHistoryEntry,
  currentSince: string,
): NumberHistoryEntry[] {
  const history = numberHistoryOf(request);
  if (history.at(-1)?.nomor !== request.nomor) {
    history.push({
      nomor: request.nomor,
      jenis: request.nomorSementara ? 'sementara' : 'final',
      sejak: currentSince,
      oleh: entry.oleh,
    });
  }
  history.push(entry);
  return history.slice(-NUMBER_HISTORY_MAX);
}

/** A printed draft that became another number, for correcting the paper archive. */
export interface ChangedDraft {
  /** The draft as printed, without the "(SEMENTARA)" mark. */
  sementara: string;
  /** The number the request carries now (final, or the next draft). */
  menjadi: string;
  /** When it changed. */
  pada: string;
  oleh: string;
}

/** Every draft of a request that was replaced by another number, oldest first. */
export function changedDrafts(request: NumberedForHistory): ChangedDraft[] {
  const history = numberHistoryOf(request);
  const changed: ChangedDraft[] = [];
  history.forEach((entry, i) => {
    const next = history[i + 1];
    if (entry.jenis === 'sementara' && next && next.nomor !== entry.nomor) {
      changed.push({
        sementara: entry.nomor,
        menjadi: next.nomor,
        pada: next.sejak,
        oleh: next.oleh,
      });
    }
  });
  return changed;
}

/**
 * The earlier numbers of a request as one short note for the register and the Daftar, e.g.
 * "semula 003-PCB/PLTI/XI/2026 (SEMENTARA)"; empty when it never carried another number.
 */
export function earlierNumbersNote(request: NumberedForHistory): string {
  const earlier = numberHistoryOf(request).filter((e) => e.nomor !== request.nomor);
  if (earlier.length === 0) return '';
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const e of earlier) {
    if (seen.has(e.nomor)) continue;
    seen.add(e.nomor);
    parts.push(e.jenis === 'sementara' ? `${e.nomor} (SEMENTARA)` : e.nomor);
  }
  return `semula ${parts.join(', ')}`;
}
