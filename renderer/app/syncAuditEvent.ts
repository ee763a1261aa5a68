import type { AuditEventInput } from '../kit/auditEvents';
import type { CycleReport } from '../sync/engine';

/**
 * What a sync cycle leaves in the audit trail: the other PCs' changes it applied and the
 * files it newly refused. A cycle that applied only audit entries (another PC's sync entry)
 * leaves nothing, so two PCs never answer each other's entries forever; nor does exporting.
 * `seen` holds the refused files already recorded; it is updated.
 */
export function syncAuditEvent(report: CycleReport, seen: Set<string>): AuditEventInput | null {
  const refused = report.quarantined.filter((q) => !seen.has(q.relPath));
  for (const q of refused) seen.add(q.relPath);
  const dataOps = report.appliedDataOps ?? 0;
  if (!dataOps && !refused.length) return null;
  return {
    kind: 'sinkron',
    detail: {
      diterapkan: dataOps,
      dariPc: report.applied.filter((a) => a.ops > 0).map((a) => a.device),
      ditolak: refused.map((q) => `${q.relPath}: ${q.reason}`),
    },
  };
}
