import { foldText, matchesWords } from '../../../shared/search/words';
import type { MejaDatabase } from '../../db/database';
import type { RequestRow } from '../../db/rows';

export interface FoundRequest {
  id: string;
  nomor: string;
  pemohon: string;
  uraian: string;
}

/** What a request is found by in "Buka cepat": its number, requester, unit, category, text. */
function searchText(r: RequestRow): string {
  const parts: unknown[] = [r.nomor, r.pemohon?.nama, r.pemohon?.unitNama, r.kategori, r.uraian];
  return foldText(parts.filter((p): p is string => typeof p === 'string').join(' '));
}

/**
 * The newest requests (by received time) whose number, requester, unit, category or
 * description hold every word of `query`, at most `limit`; deleted rows left out. The scan
 * stops once `limit` are found. A row another PC sent damaged is skipped, never thrown.
 */
export async function findRequests(
  db: MejaDatabase,
  query: string,
  limit: number,
): Promise<FoundRequest[]> {
  if (foldText(query) === '') return [];
  const rows = await db.requests
    .orderBy('diterimaPada')
    .reverse()
    .filter((r) => !r._deleted && matchesWords(searchText(r), query))
    .limit(limit)
    .toArray();
  return rows.map((r) => ({
    id: r.id,
    nomor: String(r.nomor),
    pemohon: typeof r.pemohon?.nama === 'string' ? r.pemohon.nama : '',
    uraian: typeof r.uraian === 'string' ? r.uraian : '',
  }));
}
