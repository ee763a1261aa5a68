import { z } from 'zod';
import type { ChainHead } from './auditChain';

/** The table the audit entries travel in. */
export const AUDIT_TABLE_NAME = 'auditLog';

/** The head of the writing PC's chain as an op file seals it (the file is authenticated). */
export const sealedHeadSchema = z
  .object({
    seq: z.number().int().positive(),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type SealedHead = z.infer<typeof sealedHeadSchema>;

interface OpLike {
  table: string;
  deleted: boolean;
  changes: Record<string, unknown>;
}

/**
 * The newest audit entry among a file's ops, sealed into the file: whoever applies the file
 * then knows the writing PC's chain reached at least that entry, so entries later removed
 * from its end (or changed) are detected. Null when the file carries no audit entry.
 */
export function sealedHeadOf(ops: readonly OpLike[]): SealedHead | null {
  let head: SealedHead | null = null;
  for (const op of ops) {
    if (op.table !== AUDIT_TABLE_NAME || op.deleted) continue;
    const parsed = sealedHeadSchema.safeParse({ seq: op.changes.seq, hash: op.changes.hash });
    if (parsed.success && (!head || parsed.data.seq > head.seq)) head = parsed.data;
  }
  return head;
}

/** The heads known per device, each kept at its highest sealed entry. */
export function raiseHeads(
  known: Readonly<Record<string, SealedHead>>,
  device: string,
  head: SealedHead,
): Record<string, SealedHead> {
  const current = known[device];
  return current && current.seq >= head.seq ? { ...known } : { ...known, [device]: head };
}

/** The heads as checkChains takes them. */
export function headsByDevice(known: Readonly<Record<string, SealedHead>>): Map<string, ChainHead> {
  return new Map(Object.entries(known).map(([device, h]) => [device, { device, ...h }]));
}
