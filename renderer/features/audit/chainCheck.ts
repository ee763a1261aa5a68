import {
  describeProblem,
  verifyChain,
  type AuditEntry,
  type ChainHead,
} from '../../../shared/audit/auditChain';
import { sha256Hex } from '../../../shared/audit/digest';
import type { AuditLogRow } from '../../db/rows';

/** A problem found in one PC's chain, with the line the Audit screen shows. */
export interface ChainFinding {
  device: string;
  message: string;
}

export function entryOf(row: AuditLogRow): AuditEntry {
  const { id: _id, _clock, _deleted, _updatedBy, _updatedAt, ...entry } = row;
  return entry;
}

/**
 * Checks every PC's chain as this PC holds it: entries by number, each hash and link, and,
 * when known, the head sealed in that PC's newest op file (entries removed from the end).
 */
export function checkChains(
  rows: readonly AuditLogRow[],
  sealedHeads: ReadonlyMap<string, ChainHead> = new Map(),
  pcName: (device: string) => string = (d) => d,
): ChainFinding[] {
  const byDevice = new Map<string, AuditLogRow[]>();
  for (const row of rows) byDevice.set(row.device, [...(byDevice.get(row.device) ?? []), row]);
  for (const device of sealedHeads.keys()) if (!byDevice.has(device)) byDevice.set(device, []);
  const findings: ChainFinding[] = [];
  for (const [device, list] of [...byDevice].sort(([a], [b]) => a.localeCompare(b))) {
    const entries = list.map(entryOf).sort((a, b) => a.seq - b.seq);
    const problems = verifyChain(sha256Hex, device, entries, sealedHeads.get(device) ?? null);
    for (const p of problems) {
      findings.push({ device, message: describeProblem(`PC ${pcName(device)}`, p) });
    }
  }
  return findings;
}
