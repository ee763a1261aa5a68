import { withNumber, type NumberHistoryKind } from '../../../shared/requests/numberHistory';
import { formatRegisterNumber } from '../../../shared/requests/numbering';
import { claimDir } from '../../../shared/sync/folderPaths';
import { decodeHlc } from '../../../shared/sync/hlc';
import type { MejaDatabase } from '../../db/database';
import { putRow, writeTogether, type WriteContext } from '../../db/repository';
import type { RequestRow } from '../../db/rows';
import { folderErrorReason, type FolderPort } from '../../sync/folderPort';
import {
  nextLocalNumber,
  numberTaken,
  type NumberLedger,
  readLedger,
  seriesOf,
  takeLeasedNumber,
  updateLedger,
} from './numberLedger';
import { numberSeries } from './numberingSite';
import { RequestError } from './requestError';
import { readRequestSettings, type NomorLuring } from './requestSettings';

/**
 * Register numbers unique across the PCs of a workspace (DESIGN.md §5). A number is final
 * once its folder `claims/<year>/<number>` was created on the share: creating a folder that
 * exists fails, so exactly one PC gets each number. Without the share a PC takes a number it
 * claimed in advance (a lease) or gives a visibly marked draft number, which it replaces by
 * a claimed one on reconnect. Final numbers never change without the operator.
 */

/** Past this many numbers found taken in a row, something is wrong with the share. */
const MAX_CLAIMS = 1000;

export type NumberSource = 'claimed' | 'leased' | 'draft' | 'local';

export interface AllocatedNumber {
  urut: number;
  /** A draft number, to be replaced by a claimed one once the shared folder is back. */
  sementara: boolean;
  source: NumberSource;
}

/** Any failure of the share (away, busy, refused) as opposed to a bug. */
function isFolderFailure(error: unknown): boolean {
  return folderErrorReason(error) !== undefined;
}

/** Claims the next free number of the year (and series) on the share and records it as held. */
export async function claimNextNumber(
  db: MejaDatabase,
  folder: FolderPort,
  tahun: number,
  lokasi = '',
): Promise<number> {
  let candidate = await nextLocalNumber(db, tahun, lokasi);
  for (let tries = 0; tries < MAX_CLAIMS; tries++, candidate++) {
    if ((await folder.claim(claimDir(tahun, candidate, lokasi))) === 'claimed') {
      await updateLedger(db, tahun, (l) => ({ ...l, held: [...l.held, candidate] }), lokasi);
      return candidate;
    }
  }
  throw new RequestError(
    `Tidak ada nomor register ${tahun} yang dapat dipesan di folder bersama; sinkronkan lalu coba lagi.`,
  );
}

/**
 * The number for a new request of year `tahun`: claimed on the share when there is one and
 * it answers; without it, from the lease ('sewa') or a draft. No folder at all means the PC
 * works alone and numbers locally, as before it joined a workspace.
 */
export async function allocateRegisterNumber(options: {
  db: MejaDatabase;
  folder: FolderPort | null;
  tahun: number;
  mode: NomorLuring;
  /** The site series in a replicated workspace, else ''. */
  lokasi?: string;
}): Promise<AllocatedNumber> {
  const { db, folder, tahun, mode } = options;
  const lokasi = options.lokasi ?? '';
  if (!folder) {
    return { urut: await nextLocalNumber(db, tahun, lokasi), sementara: false, source: 'local' };
  }
  try {
    const urut = await claimNextNumber(db, folder, tahun, lokasi);
    return { urut, sementara: false, source: 'claimed' };
  } catch (error) {
    if (!isFolderFailure(error)) throw error;
  }
  if (mode === 'sewa') {
    const leased = await takeLeasedNumber(db, tahun, lokasi);
    if (leased !== null) return { urut: leased, sementara: false, source: 'leased' };
  }
  return { urut: await nextLocalNumber(db, tahun, lokasi), sementara: true, source: 'draft' };
}

/**
 * Whether this PC is the one that must hold the request's number on the share: the PC that
 * last wrote the number, read from the per-field clock stamp of `urut` (it names its device).
 * That is the registering PC, or the PC that gave a new number; no extra field is needed and
 * rows from before the workspace existed are covered too.
 */
export function ownsNumber(row: RequestRow, device: string): boolean {
  const stamp = row._clock.urut;
  if (!stamp) return false;
  try {
    return decodeHlc(stamp).device === device;
  } catch {
    return false;
  }
}

/**
 * Claims the numbers of this PC's final requests it does not hold yet: those numbered while
 * it worked alone. 'taken' means another PC gave the same number: a collision, which both
 * PCs show (findNumberCollisions) and the operator resolves; it is not claimed again.
 */
export async function claimOwnNumbers(
  write: WriteContext,
  folder: FolderPort,
  requests: readonly RequestRow[],
): Promise<void> {
  const ledgers = new Map<string, Set<number>>();
  for (const row of requests) {
    if (row._deleted || row.nomorSementara || !ownsNumber(row, write.device)) continue;
    const lokasi = seriesOf(row);
    const series = `${row.tahun}/${lokasi}`;
    let known = ledgers.get(series);
    if (!known) {
      const ledger = await readLedger(write.db, row.tahun, lokasi);
      known = new Set([...ledger.held, ...ledger.contested]);
      ledgers.set(series, known);
    }
    if (known.has(row.urut)) continue;
    const outcome = await folder.claim(claimDir(row.tahun, row.urut, lokasi));
    await updateLedger(
      write.db,
      row.tahun,
      (l) =>
        outcome === 'claimed'
          ? { ...l, held: [...l.held, row.urut] }
          : { ...l, contested: [...l.contested, row.urut] },
      lokasi,
    );
    known.add(row.urut);
  }
}

/** The final number for a draft: its own when the share lets this PC have it, else the next. */
async function finalNumberFor(
  db: MejaDatabase,
  folder: FolderPort,
  draft: RequestRow,
): Promise<number> {
  const { tahun, urut } = draft;
  const lokasi = seriesOf(draft);
  if (!(await numberTaken(db, tahun, urut, draft.id, lokasi))) {
    const ledger = await readLedger(db, tahun, lokasi);
    if (ledger.lease.includes(urut)) {
      const unleased = (l: NumberLedger) => ({ ...l, lease: l.lease.filter((n) => n !== urut) });
      await updateLedger(db, tahun, unleased, lokasi);
      return urut;
    }
    // Held but neither leased nor used: claimed for this draft by a cycle cut short.
    if (ledger.held.includes(urut)) return urut;
    if ((await folder.claim(claimDir(tahun, urut, lokasi))) === 'claimed') {
      await updateLedger(db, tahun, (l) => ({ ...l, held: [...l.held, urut] }), lokasi);
      return urut;
    }
  }
  return claimNextNumber(db, folder, tahun, lokasi);
}

/**
 * The changes that give a request a new number, its history included, so the number never
 * changes without a trace (shared/requests/numberHistory.ts).
 */
export function renumbering(
  write: WriteContext,
  current: RequestRow,
  urut: number,
  nomor: string,
  jenis: NumberHistoryKind,
): Partial<RequestRow> {
  const entry = { nomor, jenis, sejak: write.now().toISOString(), oleh: write.device };
  const riwayatNomor = withNumber(current, entry, current.diterimaPada);
  return { urut, nomor, nomorSementara: false, riwayatNomor };
}

/**
 * Gives each of this PC's draft numbers a claimed one; the mark goes with it and the history
 * keeps the draft that was printed. Returns how many drafts are left for the next cycle.
 */
export async function finalizeDraftNumbers(
  write: WriteContext,
  folder: FolderPort,
  requests: readonly RequestRow[],
  numberFormat: string,
): Promise<number> {
  let left = 0;
  for (const draft of requests) {
    if (draft._deleted || !draft.nomorSementara || !ownsNumber(draft, write.device)) continue;
    const urut = await finalNumberFor(write.db, folder, draft);
    const lokasi = seriesOf(draft);
    const nomor = formatRegisterNumber(numberFormat, urut, new Date(draft.diterimaPada), {
      lokasi,
    });
    const done = await writeTogether(write, ['requests'], async () => {
      const current = await write.db.requests.get(draft.id);
      if (!current?.nomorSementara) return true;
      // A request synced in meanwhile carries it: the next cycle claims another.
      if (await numberTaken(write.db, draft.tahun, urut, draft.id, lokasi)) return false;
      await putRow(write, 'requests', draft.id, renumbering(write, current, urut, nomor, 'final'));
      return true;
    });
    if (!done) left += 1;
  }
  return left;
}

/** Claims numbers in advance until the lease of the year holds `size` unused ones. */
export async function topUpLease(
  db: MejaDatabase,
  folder: FolderPort,
  tahun: number,
  size: number,
  lokasi = '',
): Promise<void> {
  const { lease } = await readLedger(db, tahun, lokasi);
  const used: number[] = [];
  for (const urut of lease) {
    if (await numberTaken(db, tahun, urut, undefined, lokasi)) used.push(urut);
  }
  if (used.length > 0) {
    const unleased = (l: NumberLedger) => ({
      ...l,
      lease: l.lease.filter((n) => !used.includes(n)),
    });
    await updateLedger(db, tahun, unleased, lokasi);
  }
  for (let count = lease.length - used.length; count < size; count++) {
    const urut = await claimNextNumber(db, folder, tahun, lokasi);
    await updateLedger(db, tahun, (l) => ({ ...l, lease: [...l.lease, urut] }), lokasi);
  }
}

/**
 * Run after every sync cycle of a PC in a workspace: holds its numbers on the share,
 * finalizes its drafts and tops up its lease. Every step is idempotent; when the share goes
 * away half-way the rest waits for the next cycle.
 */
export async function afterSyncCycle(write: WriteContext, folder: FolderPort): Promise<void> {
  const settings = await readRequestSettings(write.db);
  try {
    const { requests, upTo } = await numberedSince(write.db);
    await claimOwnNumbers(write, folder, requests);
    const left = await finalizeDraftNumbers(write, folder, requests, settings.numberFormat);
    // A draft still waiting keeps the mark back, so the next cycle looks at it again.
    if (left === 0 && upTo) await write.db.local.put({ key: CHECKED_KEY, value: upTo });
    if (settings.nomorLuring === 'sewa') {
      // A replicated workspace whose site code is not entered yet leases nothing.
      const lokasi = await numberSeries(write.db, settings).catch(() => null);
      if (lokasi !== null) {
        await topUpLease(write.db, folder, write.now().getFullYear(), settings.sewaBlok, lokasi);
      }
    }
  } catch (error) {
    if (!isFolderFailure(error)) throw error;
  }
}

/** The last outbox stamp whose numbered requests have all been claimed and finalized. */
const CHECKED_KEY = 'requests:numbersCheckedTo';

/**
 * The requests this PC numbered (registered, drafted, renumbered) since the last cycle that
 * settled them all: found through its own outbox, so a cycle every few seconds reads only
 * what changed instead of the whole register. Only this PC's writes give it numbers to claim.
 */
async function numberedSince(
  db: MejaDatabase,
): Promise<{ requests: RequestRow[]; upTo: string | null }> {
  const stored = (await db.local.get(CHECKED_KEY))?.value;
  const mark = typeof stored === 'string' ? stored : null;
  const upTo = (await db.outbox.orderBy('hlc').last())?.hlc ?? null;
  if (!upTo || upTo === mark) return { requests: [], upTo };
  const range = mark
    ? db.outbox.where('hlc').between(mark, upTo, false, true)
    : db.outbox.where('hlc').belowOrEqual(upTo);
  const ids = new Set<string>();
  await range.each((entry) => {
    if (entry.table === 'requests' && 'urut' in entry.changes) ids.add(entry.key);
  });
  const rows = await db.requests.bulkGet([...ids]);
  return { requests: rows.filter((row): row is RequestRow => row !== undefined), upTo };
}

/**
 * Gives a request a new claimed number, at the operator's request (a collision). Needs the
 * share when the PC is in a workspace, so the new number cannot collide again.
 */
export async function giveNewNumber(
  write: WriteContext,
  folder: FolderPort | null,
  requestId: string,
  numberFormat: string,
): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const request = await write.db.requests.get(requestId);
    if (!request || request._deleted) throw new RequestError('Permintaan tidak ditemukan.');
    const lokasi = seriesOf(request);
    let urut: number;
    try {
      urut = folder
        ? await claimNextNumber(write.db, folder, request.tahun, lokasi)
        : await nextLocalNumber(write.db, request.tahun, lokasi);
    } catch (error) {
      if (!isFolderFailure(error)) throw error;
      throw new RequestError(
        'Folder bersama tidak terjangkau. Nomor baru hanya dapat diberikan saat folder bersama tersambung, agar tidak ganda lagi.',
      );
    }
    const nomor = formatRegisterNumber(numberFormat, urut, new Date(request.diterimaPada), {
      lokasi,
    });
    const done = await writeTogether(write, ['requests'], async () => {
      const current = await write.db.requests.get(requestId);
      if (!current || current._deleted) return false;
      if (await numberTaken(write.db, request.tahun, urut, requestId, lokasi)) return false;
      const jenis = current.nomorSementara ? 'final' : 'diganti';
      await putRow(write, 'requests', requestId, renumbering(write, current, urut, nomor, jenis));
      return true;
    });
    if (done) return nomor;
  }
  throw new RequestError('Nomor baru tidak dapat diberikan; coba lagi.');
}
