import type { AuditEventInput } from '../../kit/auditEvents';
import { appendAudit } from '../../db/auditTrail';
import { clockRow } from '../../db/device';
import type { WriteContext } from '../../db/repository';

/** Something worth an audit entry that is not a row's change: a print, an import, a sync. */
export type AuditEvent = AuditEventInput;

/** Appends an event to this PC's audit chain, by the signed-in user, now. */
export async function recordAuditEvent(ctx: WriteContext, event: AuditEvent): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', [db.auditLog, db.outbox, db.local], async () => {
    await appendAudit(ctx, [{ ...event, at: ctx.now().toISOString(), actor: ctx.actor() }]);
    await db.local.put(clockRow(ctx.clock));
  });
}
