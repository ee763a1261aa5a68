import { z } from 'zod';

/**
 * Two PCs apart can each record the same SOP step of a request: the step records have
 * their own ids, so after sync both are there. Neither may win silently: the step counts
 * as done but is flagged until someone keeps one record ("Pakai catatan ini"); the other
 * stays in the request's history as superseded.
 *
 * The settlement is written onto every record of the step, the same value on each. Two
 * PCs settling differently at the same time leave each record with one of the two values
 * (per-field last-writer-wins); the settlement that counts is the one with the newest
 * clock stamp among the step's records, so every PC reads the same one.
 */

export const stepSettlementSchema = z.object({
  /** The record kept. */
  dipakaiId: z.string().min(1),
  /** The records the settler saw and set aside; a record not listed arrived later. */
  digantikanIds: z.array(z.string().min(1)),
  /** When it was settled, and by whom. */
  pada: z.iso.datetime({ offset: true }),
  oleh: z.string().nullable(),
});
export type StepSettlement = z.output<typeof stepSettlementSchema>;

/** What conflict reading needs of a step record. */
export interface SettleableStep {
  id?: string;
  stepNo: number;
  selesaiPada: string;
  penyelesaian?: StepSettlement | null;
  /** Per-field clock stamps, as rows carry them (sortable strings). */
  _clock?: Readonly<Record<string, string>>;
}

/** Two or more live records of one step that nobody has settled yet. */
export interface StepConflict<T> {
  stepNo: number;
  /** The one the workflow counts meanwhile first (the one kept before, or the oldest finish). */
  records: T[];
}

export interface StepReading<T> {
  /** One record per recorded step, in step order: the one kept, or the first while unsettled. */
  effective: T[];
  /** Records set aside by a settlement: kept in the history, counted nowhere. */
  superseded: T[];
  conflicts: StepConflict<T>[];
}

function byFinish(a: SettleableStep, b: SettleableStep): number {
  return a.selesaiPada.localeCompare(b.selesaiPada) || (a.id ?? '').localeCompare(b.id ?? '');
}

/** The settlement that counts among one step's records: the newest stamp. */
export function settlementOf(records: readonly SettleableStep[]): StepSettlement | null {
  let best: { s: StepSettlement; stamp: string } | null = null;
  for (const r of records) {
    if (!r.penyelesaian) continue;
    const stamp = r._clock?.penyelesaian ?? '';
    if (!best || stamp > best.stamp) best = { s: r.penyelesaian, stamp };
  }
  return best?.s ?? null;
}

/** Reads a request's live step records: which count, which were set aside, what is unsettled. */
export function readStepRecords<T extends SettleableStep>(records: readonly T[]): StepReading<T> {
  const groups = new Map<number, T[]>();
  for (const r of records) {
    const group = groups.get(r.stepNo);
    if (group) group.push(r);
    else groups.set(r.stepNo, [r]);
  }
  const reading: StepReading<T> = { effective: [], superseded: [], conflicts: [] };
  for (const stepNo of [...groups.keys()].sort((a, b) => a - b)) {
    const group = (groups.get(stepNo) ?? []).sort(byFinish);
    const settlement = settlementOf(group);
    const kept = settlement ? group.find((r) => r.id === settlement.dipakaiId) : undefined;
    const setAside = new Set(kept && settlement ? settlement.digantikanIds : []);
    const remaining = group.filter((r) => r === kept || r.id === undefined || !setAside.has(r.id));
    reading.superseded.push(...group.filter((r) => !remaining.includes(r)));
    const first = kept ?? remaining[0];
    if (first) reading.effective.push(first);
    if (first && remaining.length >= 2) {
      reading.conflicts.push({ stepNo, records: [first, ...remaining.filter((r) => r !== first)] });
    }
  }
  return reading;
}

/** The settlement keeping `keep` among the step's current records. */
export function settleStep(
  records: readonly SettleableStep[],
  keepId: string,
  pada: string,
  oleh: string | null,
): StepSettlement {
  const ids = records.flatMap((r) => (r.id === undefined ? [] : [r.id]));
  if (!ids.includes(keepId)) throw new Error(`Record ${keepId} is not one of the step's records`);
  return { dipakaiId: keepId, digantikanIds: ids.filter((id) => id !== keepId), pada, oleh };
}
