import Dexie from 'dexie';
import { z } from 'zod';
import type { MejaDatabase } from '../../db/database';

/**
 * This PC's own account of the register numbers of one year, kept in the `local` table
 * (never synced): which numbers it holds on the shared folder, which of those it keeps in
 * reserve for working without the folder, and which of its numbers another PC had claimed
 * first. Which requests are this PC's is read from the rows themselves (see ownsNumber).
 */
export interface NumberLedger {
  /** Numbers this PC claimed on the shared folder: used, leased, or being given out. */
  held: number[];
  /** Held numbers not used yet, for registering while the folder is out of reach ('sewa'). */
  lease: number[];
  /** Numbers of this PC's requests that another PC had claimed: not claimed again. */
  contested: number[];
}

const numbers = z.array(z.number().int().positive());
const ledgerSchema = z.object({ held: numbers, lease: numbers, contested: numbers });
const EMPTY: NumberLedger = { held: [], lease: [], contested: [] };

/** One ledger per year, and per site series in a replicated workspace (lokasi not ''). */
export const ledgerKey = (tahun: number, lokasi = '') =>
  lokasi === '' ? `requests:numbers:${tahun}` : `requests:numbers:${tahun}:${lokasi}`;

/** The series a request's number belongs to: its site code, or '' for the one series. */
export const seriesOf = (row: { lokasi?: string }): string => row.lokasi ?? '';

export async function readLedger(
  db: MejaDatabase,
  tahun: number,
  lokasi = '',
): Promise<NumberLedger> {
  const parsed = ledgerSchema.safeParse((await db.local.get(ledgerKey(tahun, lokasi)))?.value);
  return parsed.success ? parsed.data : EMPTY;
}

/** Read, change and write the ledger in one transaction (joining the caller's, if any). */
export function updateLedger(
  db: MejaDatabase,
  tahun: number,
  change: (ledger: NumberLedger) => NumberLedger,
  lokasi = '',
): Promise<NumberLedger> {
  return db.transaction('rw', db.local, async () => {
    const next = change(await readLedger(db, tahun, lokasi));
    const sorted = {
      held: [...new Set(next.held)].sort((a, b) => a - b),
      lease: [...new Set(next.lease)].sort((a, b) => a - b),
      contested: [...new Set(next.contested)].sort((a, b) => a - b),
    };
    await db.local.put({ key: ledgerKey(tahun, lokasi), value: sorted });
    return sorted;
  });
}

/**
 * The first number after every number this PC knows of in the year: those of all request
 * rows, deleted ones and drafts included (a printed number is never given again), and those
 * it holds on the folder.
 */
export async function nextLocalNumber(
  db: MejaDatabase,
  tahun: number,
  lokasi = '',
): Promise<number> {
  const last = await db.requests
    .where('[tahun+urut]')
    .between([tahun, Dexie.minKey], [tahun, Dexie.maxKey])
    .reverse()
    .filter((r) => seriesOf(r) === lokasi)
    .first();
  const held = (await readLedger(db, tahun, lokasi)).held;
  return Math.max(last?.urut ?? 0, held.at(-1) ?? 0) + 1;
}

/**
 * Whether a request other than `exceptId` carries the number of the series as final (deleted
 * ones too).
 */
export async function numberTaken(
  db: MejaDatabase,
  tahun: number,
  urut: number,
  exceptId?: string,
  lokasi = '',
): Promise<boolean> {
  const rows = await db.requests.where('[tahun+urut]').equals([tahun, urut]).toArray();
  return rows.some((r) => r.id !== exceptId && !r.nomorSementara && seriesOf(r) === lokasi);
}

/**
 * Takes the lowest leased number no request carries yet out of the lease, or null when the
 * lease is empty. Numbers that meanwhile turned up on a synced request are dropped.
 */
export function takeLeasedNumber(
  db: MejaDatabase,
  tahun: number,
  lokasi = '',
): Promise<number | null> {
  return db.transaction('rw', db.requests, db.local, async () => {
    const { lease } = await readLedger(db, tahun, lokasi);
    const dropped: number[] = [];
    let taken: number | null = null;
    for (const urut of lease) {
      dropped.push(urut);
      if (!(await numberTaken(db, tahun, urut, undefined, lokasi))) {
        taken = urut;
        break;
      }
    }
    if (dropped.length > 0) {
      await updateLedger(
        db,
        tahun,
        (l) => ({ ...l, lease: l.lease.filter((n) => !dropped.includes(n)) }),
        lokasi,
      );
    }
    return taken;
  });
}
