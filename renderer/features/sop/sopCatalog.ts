import { SEED_SOP_DOCUMENTS } from '../../../shared/sop/catalog';
import { sopDocumentSchema, type SopDocument } from '../../../shared/sop/schema';
import type { MejaDatabase } from '../../db/database';

/** An SOP the office can read: a built-in seed document or one of the office's own. */
export interface CatalogEntry {
  id: string;
  document: SopDocument;
  /** 0 for a seed document; the office's own count up from 0 at the copy. */
  revision: number;
  builtIn: boolean;
  basedOnId: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** Which revision of which SOP a record was made under. */
export interface SopRef {
  sopId: string;
  revision: number;
}

function seedEntry(document: SopDocument): CatalogEntry {
  return {
    id: document.id,
    document,
    revision: 0,
    builtIn: true,
    basedOnId: null,
    updatedAt: null,
    updatedBy: null,
  };
}

/** A problem reading an office SOP from the database (damaged by hand or by a sync). */
export interface CatalogProblem {
  id: string;
  message: string;
}

/** Every SOP: the seeds first, then the office's own; damaged rows are reported, not thrown. */
export async function listCatalog(
  db: MejaDatabase,
): Promise<{ entries: CatalogEntry[]; problems: CatalogProblem[] }> {
  const entries = SEED_SOP_DOCUMENTS.map(seedEntry);
  const problems: CatalogProblem[] = [];
  for (const row of await db.sopDocuments.toArray()) {
    if (row._deleted) continue;
    const parsed = sopDocumentSchema.safeParse(row.document);
    if (!parsed.success) {
      problems.push({
        id: row.id,
        message: `SOP ${row.id} tidak dapat dibaca: ${parsed.error.issues[0]?.message ?? 'data rusak'}.`,
      });
      continue;
    }
    entries.push({
      id: row.id,
      document: parsed.data,
      revision: row.revision,
      builtIn: false,
      basedOnId: row.basedOnId,
      updatedAt: row._updatedAt,
      updatedBy: row._updatedBy,
    });
  }
  return { entries, problems };
}

export async function getCatalogEntry(
  db: MejaDatabase,
  id: string,
): Promise<CatalogEntry | undefined> {
  const seed = SEED_SOP_DOCUMENTS.find((d) => d.id === id);
  if (seed) return seedEntry(seed);
  const { entries } = await listCatalog(db);
  return entries.find((e) => e.id === id);
}

/** The document as it was at a revision: what a record made under it keeps pointing to. */
export async function getSopAtRevision(
  db: MejaDatabase,
  ref: SopRef,
): Promise<SopDocument | undefined> {
  const seed = SEED_SOP_DOCUMENTS.find((d) => d.id === ref.sopId);
  if (seed) return ref.revision === 0 ? seed : undefined;
  const row = await db.sopRevisions.get(revisionId(ref));
  if (!row || row._deleted) return undefined;
  const parsed = sopDocumentSchema.safeParse(row.document);
  return parsed.success ? parsed.data : undefined;
}

export function revisionId(ref: SopRef): string {
  return `${ref.sopId}@${ref.revision}`;
}
