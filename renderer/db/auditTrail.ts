import Dexie from 'dexie';
import { z } from 'zod';
import { raiseHeads, sealedHeadSchema, type SealedHead } from '../../shared/audit/auditSeal';
import {
  appendEntry,
  headOf,
  type AuditEntry,
  type AuditFields,
  type ChainHead,
} from '../../shared/audit/auditChain';
import { sha256Hex } from '../../shared/audit/digest';
import { encodeHlc } from '../../shared/sync/hlc';
import type { MejaDatabase } from './database';
import type { WriteContext } from './repository';
import type { OutboxEntry, SyncedRow } from './rows';

/** The table the audit entries live in; writes to it are never audited themselves. */
export const AUDIT_TABLE = 'auditLog';

/** A field's value before and after a change, as an entry's detail.fields holds it. */
export interface FieldChange {
  sebelum: unknown;
  sesudah: unknown;
}

/** The newest entry this PC wrote, or null before its first. Read inside the writing transaction. */
export async function readChainHead(db: MejaDatabase, device: string): Promise<ChainHead | null> {
  const last = await db.auditLog
    .where('[device+seq]')
    .between([device, Dexie.minKey], [device, Dexie.maxKey])
    .last();
  return last ? headOf(last) : null;
}

/**
 * Fields holding a secret's slow hash (a person's PIN, the recovery code): the audit says
 * that they changed, never what they hold, so the trail and its export give an attacker
 * nothing to try PINs against.
 */
const SECRET_FIELDS: ReadonlySet<string> = new Set(['pin', 'recovery']);
export const SECRET_SHOWN = '(rahasia)';

const shown = (field: string, value: unknown): unknown =>
  SECRET_FIELDS.has(field) && value != null ? SECRET_SHOWN : value;

/** What a stamped write of a row did, as the audit entry records it. */
export function writeAuditFields(
  table: string,
  existing: SyncedRow | undefined,
  entry: OutboxEntry,
): AuditFields {
  const before = (existing ?? {}) as Record<string, unknown>;
  const fields: Record<string, FieldChange> = {};
  for (const [field, value] of Object.entries(entry.changes)) {
    fields[field] = { sebelum: shown(field, before[field] ?? null), sesudah: shown(field, value) };
  }
  const kind = !existing ? 'buat' : entry.deleted && !existing._deleted ? 'hapus' : 'ubah';
  return {
    at: entry.at,
    actor: entry.actor,
    kind,
    table,
    recordId: entry.key,
    detail: { fields },
  };
}

/**
 * Chains entries after `head` and makes each an auditLog row with its outbox entry, so the
 * entries sync like any row. Pure apart from the clock ticks and new ids; the caller writes
 * the result in the transaction of the change the entries record.
 */
export function chainRows(
  ctx: WriteContext,
  head: ChainHead | null,
  list: readonly AuditFields[],
): { rows: (SyncedRow & AuditEntry)[]; entries: OutboxEntry[] } {
  const rows: (SyncedRow & AuditEntry)[] = [];
  const entries: OutboxEntry[] = [];
  let previous = head;
  for (const fields of list) {
    const chained = appendEntry(sha256Hex, ctx.device, previous, fields);
    previous = headOf(chained);
    const id = ctx.newId();
    const stamp = encodeHlc(ctx.clock.tick());
    const changes: Record<string, unknown> = Object.fromEntries(
      Object.entries(chained).filter(([, v]) => v !== undefined),
    );
    const clocks = Object.fromEntries(Object.keys(changes).map((k) => [k, stamp]));
    rows.push({
      ...chained,
      id,
      _clock: clocks,
      _deleted: false,
      _updatedBy: chained.actor,
      _updatedAt: chained.at,
    });
    entries.push({
      id: ctx.newId(),
      hlc: stamp,
      device: ctx.device,
      table: AUDIT_TABLE,
      key: id,
      changes,
      deleted: false,
      actor: chained.actor,
      at: chained.at,
    });
  }
  return { rows, entries };
}

/** Appends entries to this PC's chain; must run inside a transaction holding auditLog and outbox. */
export async function appendAudit(ctx: WriteContext, list: readonly AuditFields[]): Promise<void> {
  if (!list.length) return;
  const head = await readChainHead(ctx.db, ctx.device);
  const { rows, entries } = chainRows(ctx, head, list);
  await ctx.db.auditLog.bulkAdd(rows);
  await ctx.db.outbox.bulkAdd(entries);
}

/**
 * The batch path's audit: each write is chained as it is stamped (so its clock ticks come in
 * the same order as one putRow per write), and all are written at the end of the chunk.
 */
export async function startAudit(ctx: WriteContext, table: string) {
  let head = table === AUDIT_TABLE ? null : await readChainHead(ctx.db, ctx.device);
  const rows: (SyncedRow & AuditEntry)[] = [];
  const entries: OutboxEntry[] = [];
  return {
    add(existing: SyncedRow | undefined, entry: OutboxEntry): void {
      if (table === AUDIT_TABLE) return;
      const made = chainRows(ctx, head, [writeAuditFields(table, existing, entry)]);
      rows.push(...made.rows);
      entries.push(...made.entries);
      const last = made.rows[made.rows.length - 1];
      if (last) head = headOf(last);
    },
    async write(): Promise<void> {
      if (!rows.length) return;
      await ctx.db.auditLog.bulkAdd(rows);
      await ctx.db.outbox.bulkAdd(entries);
    },
  };
}

/** Device-local: per other PC, the highest audit head its op files sealed (never synced). */
export const SEALED_HEADS_KEY = 'audit:sealedHeads';
const sealedHeadsSchema = z.record(z.string(), sealedHeadSchema);

export async function readSealedHeads(db: MejaDatabase): Promise<Record<string, SealedHead>> {
  const parsed = sealedHeadsSchema.safeParse((await db.local.get(SEALED_HEADS_KEY))?.value);
  return parsed.success ? parsed.data : {};
}

/** Remembers the heads sealed in files just applied; a lower head never replaces a higher. */
export async function rememberSealedHeads(
  db: MejaDatabase,
  files: readonly { device: string; auditHead?: SealedHead | undefined }[],
): Promise<void> {
  if (!files.some((f) => f.auditHead)) return;
  let known = await readSealedHeads(db);
  for (const file of files)
    if (file.auditHead) known = raiseHeads(known, file.device, file.auditHead);
  await db.local.put({ key: SEALED_HEADS_KEY, value: known });
}
