import { z } from 'zod';

/**
 * The stored fields of an audit entry (shared/audit/auditChain.ts AuditEntry) as they travel
 * between PCs: a row of another PC that does not fit is refused by the row gate.
 */
export const auditEntrySchema = z.object({
  at: z.iso.datetime({ offset: true }),
  actor: z.string().max(200).nullable(),
  kind: z.string().trim().min(1).max(60),
  table: z.string().max(60).optional(),
  recordId: z.string().max(200).optional(),
  detail: z.record(z.string(), z.unknown()).optional(),
  device: z.string().min(1).max(200),
  seq: z.number().int().positive(),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
