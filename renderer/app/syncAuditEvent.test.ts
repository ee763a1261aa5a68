import { describe, expect, it } from 'vitest';
import type { CycleReport } from '../sync/engine';
import { syncAuditEvent } from './syncAuditEvent';

const report = (over: Partial<CycleReport>): CycleReport => ({
  exportedOps: 0,
  exportedFiles: 0,
  restoredFiles: 0,
  exportError: null,
  applied: [],
  waiting: [],
  quarantined: [],
  folderUnreachable: false,
  pendingLocalChanges: 0,
  retired: false,
  clockDriftMs: null,
  ...over,
});

const refused = (relPath: string) => ({
  relPath,
  device: 'pc-b',
  seq: 3,
  reason: 'Berkas rusak',
  at: '2026-12-04T01:00:00.000Z',
});

describe('what a sync cycle leaves in the audit trail', () => {
  it("records the other PCs' changes applied, and not a cycle that applied only audit entries", () => {
    const seen = new Set<string>();
    const applied = [{ device: 'pc-b', files: 1, ops: 4, changedRows: 4 }];
    expect(syncAuditEvent(report({ applied, appliedDataOps: 2 }), seen)).toEqual({
      kind: 'sinkron',
      detail: { diterapkan: 2, dariPc: ['pc-b'], ditolak: [] },
    });
    expect(syncAuditEvent(report({ applied, appliedDataOps: 0 }), seen)).toBeNull();
    expect(syncAuditEvent(report({ exportedOps: 5, exportedFiles: 1 }), seen)).toBeNull();
  });

  it('records a refused file once, however many cycles still list it', () => {
    const seen = new Set<string>();
    const first = syncAuditEvent(report({ quarantined: [refused('devices/pc-b/ops/3')] }), seen);
    expect(first?.detail).toMatchObject({ ditolak: ['devices/pc-b/ops/3: Berkas rusak'] });
    expect(syncAuditEvent(report({ quarantined: [refused('devices/pc-b/ops/3')] }), seen)).toBe(
      null,
    );
  });
});
