import { encodeHlc } from '../../../shared/sync/hlc';
import { clockRow } from '../../db/device';
import type { WriteContext } from '../../db/repository';
import { SYNCED_TABLES, type OutboxEntry } from '../../db/rows';
import type { ReplacementExtras } from './backupData';

type Rows = Record<string, Record<string, unknown>[]>;

/**
 * Restored rows as this PC's own writes: every synced row gets one fresh stamp of this PC's
 * clock on each of its fields and an outbox entry carrying all of them, as if typed here
 * now. A standalone PC that later makes a workspace then ships the restored data to the PCs
 * that join (they learn a new workspace from its op files), and no stamp of the PC that
 * made the backup is left to confuse this PC's clock. Tables sync does not know (device
 * data, an audit trail with its own rules) are kept as they are.
 */
export function restampForThisPc(
  ctx: Pick<WriteContext, 'clock' | 'device' | 'newId' | 'now'>,
  rows: Rows,
): { rows: Rows; extras: ReplacementExtras } {
  const out: Rows = { ...rows };
  const outbox: OutboxEntry[] = [];
  for (const table of SYNCED_TABLES) {
    const list = rows[table];
    if (!list) continue;
    out[table] = list.map((row) => {
      const {
        id,
        _clock: _oldClock,
        _deleted: deleted,
        _updatedBy: by,
        _updatedAt: at,
        ...fields
      } = row;
      const stamp = encodeHlc(ctx.clock.tick());
      const clock: Record<string, string> = Object.fromEntries(
        Object.keys(fields).map((field) => [field, stamp]),
      );
      if (deleted === true) clock._deleted = stamp;
      outbox.push({
        id: ctx.newId(),
        hlc: stamp,
        device: ctx.device,
        table,
        key: String(id),
        changes: fields,
        deleted: deleted === true,
        actor: typeof by === 'string' ? by : null,
        at: typeof at === 'string' ? at : ctx.now().toISOString(),
      });
      return { ...row, _clock: clock };
    });
  }
  return {
    rows: out,
    extras: {
      outbox: outbox as unknown as Record<string, unknown>[],
      local: [clockRow(ctx.clock) as unknown as Record<string, unknown>],
    },
  };
}
