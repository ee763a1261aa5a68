import { SEED_SOP_DOCUMENTS } from '../../../shared/sop/catalog';
import type { Actor, Procedure, ProcedureKey, Step } from '../../../shared/sop/schema';
import type { MejaDatabase } from '../../db/database';
import { putRow, type WriteContext } from '../../db/repository';
import { getCatalogEntry, type CatalogEntry, type SopRef } from './sopCatalog';

/** The settings row whose fields A..F name the SOP each procedure runs on. */
export const ACTIVE_PROCEDURES_ROW = 'activeProcedures';

/** The SOP a procedure runs on when the office has not chosen: the first seed that has it. */
function defaultSopId(key: ProcedureKey): string | undefined {
  return SEED_SOP_DOCUMENTS.find((d) => d.procedures.some((p) => p.key === key))?.id;
}

export interface ActiveProcedure {
  key: ProcedureKey;
  entry: CatalogEntry;
  procedure: Procedure;
  /** What a record made now points to. */
  ref: SopRef;
  /** True when the office never chose and the default is in use. */
  isDefault: boolean;
}

async function chosenIds(db: MejaDatabase): Promise<Partial<Record<ProcedureKey, string>>> {
  const row = await db.settings.get(ACTIVE_PROCEDURES_ROW);
  const chosen: Partial<Record<ProcedureKey, string>> = {};
  if (!row || row._deleted) return chosen;
  for (const key of ['A', 'B', 'C', 'D', 'E', 'F'] as const) {
    const value = row[key];
    if (typeof value === 'string') chosen[key] = value;
  }
  return chosen;
}

/**
 * The procedure the office runs for a key (A..F): its steps, actors and time standards
 * drive the workflows. A choice whose SOP is gone or lacks the key falls back to the default.
 */
export async function readActiveProcedure(
  db: MejaDatabase,
  key: ProcedureKey,
): Promise<ActiveProcedure | undefined> {
  const chosen = (await chosenIds(db))[key];
  for (const [id, isDefault] of [
    [chosen, false],
    [defaultSopId(key), true],
  ] as const) {
    if (!id) continue;
    const entry = await getCatalogEntry(db, id);
    const procedure = entry?.document.procedures.find((p) => p.key === key);
    if (entry && procedure) {
      return {
        key,
        entry,
        procedure,
        ref: { sopId: entry.id, revision: entry.revision },
        isDefault,
      };
    }
  }
  return undefined;
}

export async function readActiveProcedures(db: MejaDatabase): Promise<ActiveProcedure[]> {
  const all = await Promise.all(
    (['A', 'B', 'C', 'D', 'E', 'F'] as const).map((k) => readActiveProcedure(db, k)),
  );
  return all.filter((a): a is ActiveProcedure => a !== undefined);
}

/** Makes an SOP's procedure the office's active one for its key. */
export async function setActiveProcedure(
  ctx: WriteContext,
  key: ProcedureKey,
  sopId: string,
): Promise<void> {
  const entry = await getCatalogEntry(ctx.db, sopId);
  if (!entry?.document.procedures.some((p) => p.key === key)) {
    throw new Error(`SOP ini tidak memuat prosedur ${key}.`);
  }
  await putRow(ctx, 'settings', ACTIVE_PROCEDURES_ROW, { [key]: sopId });
}

/** The actors who do a step, in column order. */
export function stepActors(procedure: Procedure, step: Step): Actor[] {
  return procedure.actors.filter((a) => step.actorIds.includes(a.id));
}
