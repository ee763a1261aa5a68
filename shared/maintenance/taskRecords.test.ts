import { describe, expect, it } from 'vitest';
import { SEED_SOP_DOCUMENTS } from '../sop/catalog';
import { defaultRecordKindFor, scheduleRecordsOf, type TaskRecordSources } from './taskRecords';

describe('where a task is recorded', () => {
  it('reads the SOP D steps that have their own records', () => {
    const mukomuko = SEED_SOP_DOCUMENTS.find((d) => d.id === 'pa-mukomuko-as-32');
    const d = mukomuko?.procedures.find((p) => p.key === 'D');
    const c = mukomuko?.procedures.find((p) => p.key === 'C');
    expect(d?.steps.map((s) => defaultRecordKindFor('D', s))).toEqual([
      'jaringan',
      'uat',
      'pertimbanganUat',
      'pemeliharaan',
      'pemeliharaan',
      'pemeliharaan',
      'cadangan',
    ]);
    expect(c?.steps.every((s) => defaultRecordKindFor('C', s) === 'pemeliharaan')).toBe(true);
  });

  it('matches each kind of task against its own records', () => {
    const sources: TaskRecordSources = {
      maintenance: [
        { id: 'm1', taskId: 't1', tanggal: '2026-11-06' },
        { id: 'm2', taskId: 't2', tanggal: '2026-11-07' },
      ],
      networkChecks: [{ id: 'n1', tanggal: '2026-11-10' }],
      uats: [
        { id: 'u1', tanggal: '2026-11-12', pertimbangan: { tanggal: '2026-11-13' } },
        { id: 'u2', tanggal: '2026-11-14', pertimbangan: null },
      ],
      backups: [{ id: 'b1', tanggal: '2026-11-15' }],
    };
    const of = (dicatatDi?: Parameters<typeof scheduleRecordsOf>[0]['dicatatDi']) =>
      scheduleRecordsOf({ id: 't1', dicatatDi }, sources).map((r) => r.tanggal);
    expect(of()).toEqual(['2026-11-06']);
    expect(of('pemeliharaan')).toEqual(['2026-11-06']);
    expect(of('jaringan')).toEqual(['2026-11-10']);
    expect(of('uat')).toEqual(['2026-11-12', '2026-11-14']);
    expect(of('pertimbanganUat')).toEqual(['2026-11-13']);
    expect(of('cadangan')).toEqual(['2026-11-15']);
  });
});
