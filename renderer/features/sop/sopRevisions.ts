import { sopDocumentSchema, type SopDocument } from '../../../shared/sop/schema';
import type { MejaDatabase } from '../../db/database';
import { putRow, writeTogether, type WriteContext } from '../../db/repository';
import type { SopRevisionRow } from '../../db/rows';
import { getCatalogEntry, revisionId, type CatalogEntry } from './sopCatalog';

const OFFICE_SOP_PREFIX = 'kantor-';

async function writeRevision(
  ctx: WriteContext,
  sopId: string,
  revision: number,
  document: SopDocument,
  meta: { tanggalRevisi: string; perubahan: string; basedOnId: string | null },
): Promise<void> {
  await writeTogether(ctx, ['sopDocuments', 'sopRevisions'], async () => {
    await putRow(ctx, 'sopDocuments', sopId, { document, revision, basedOnId: meta.basedOnId });
    await putRow(ctx, 'sopRevisions', revisionId({ sopId, revision }), {
      sopId,
      revision,
      tanggalRevisi: meta.tanggalRevisi,
      perubahan: meta.perubahan,
      document,
    });
  });
}

/**
 * Copies an SOP into the office's own, to adapt: a new id, the court's name, revision 0
 * recorded as "Salinan dari ...". The source stays as it was.
 */
export async function duplicateSop(
  ctx: WriteContext,
  source: CatalogEntry,
  pengadilan: string,
): Promise<string> {
  const id = `${OFFICE_SOP_PREFIX}${ctx
    .newId()
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 12)}`;
  const document = sopDocumentSchema.parse({ ...source.document, id, pengadilan });
  const today = ctx.now().toISOString().slice(0, 10);
  await writeRevision(ctx, id, 0, document, {
    tanggalRevisi: today,
    perubahan: `Salinan dari ${source.document.nomor ?? source.document.judul} (${source.document.pengadilan}).`,
    basedOnId: source.id,
  });
  return id;
}

export class SopRevisionError extends Error {}

/**
 * Saves an edited office SOP as its next revision. The document must pass the SOP schema;
 * the revision date becomes the document's Tanggal Revisi, and the earlier revision stays.
 */
export async function reviseSop(
  ctx: WriteContext,
  sopId: string,
  edited: SopDocument,
  meta: { tanggalRevisi: string; perubahan: string },
): Promise<number> {
  const current = await getCatalogEntry(ctx.db, sopId);
  if (!current) throw new SopRevisionError('SOP tidak ditemukan.');
  if (current.builtIn) {
    throw new SopRevisionError('SOP bawaan tidak dapat diubah; duplikat dulu menjadi SOP kantor.');
  }
  const perubahan = meta.perubahan.trim();
  if (!perubahan) throw new SopRevisionError('Tuliskan apa yang diubah pada revisi ini.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.tanggalRevisi)) {
    throw new SopRevisionError('Tanggal revisi wajib diisi.');
  }
  const parsed = sopDocumentSchema.safeParse({
    ...edited,
    id: sopId,
    tanggalRevisi: meta.tanggalRevisi,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SopRevisionError(issue ? issue.message : 'Isian SOP tidak valid.');
  }
  const revision = current.revision + 1;
  await writeRevision(ctx, sopId, revision, parsed.data, {
    tanggalRevisi: meta.tanggalRevisi,
    perubahan,
    basedOnId: current.basedOnId,
  });
  return revision;
}

/** The revision history of an office SOP, newest first. */
export async function listRevisions(db: MejaDatabase, sopId: string): Promise<SopRevisionRow[]> {
  const rows = await db.sopRevisions.where('sopId').equals(sopId).toArray();
  return rows.filter((r) => !r._deleted).sort((a, b) => b.revision - a.revision);
}
