import { describe, expect, it } from 'vitest';
import { backupRuleSchema, isBackupDue } from './schedule';

const daily = { frekuensi: 'harian', simpan: 7 } as const;
const weekly = { frekuensi: 'mingguan', simpan: 4 } as const;
const at = (iso: string) => new Date(iso);

describe('backup schedule', () => {
  it('is due with no backup yet, and once the rule’s days have passed', () => {
    expect(isBackupDue(null, at('2026-11-20T02:00:00Z'), daily)).toBe(true);
    expect(isBackupDue('2026-11-20T02:00:00Z', at('2026-11-21T01:59:00Z'), daily)).toBe(false);
    expect(isBackupDue('2026-11-20T02:00:00Z', at('2026-11-21T02:00:00Z'), daily)).toBe(true);
    expect(isBackupDue('2026-11-20T02:00:00Z', at('2026-11-26T02:00:00Z'), weekly)).toBe(false);
    expect(isBackupDue('2026-11-20T02:00:00Z', at('2026-11-27T02:00:00Z'), weekly)).toBe(true);
  });

  it('makes a backup when the last one is in the future (a clock set back) or unreadable', () => {
    expect(isBackupDue('2027-01-01T00:00:00Z', at('2026-11-20T02:00:00Z'), daily)).toBe(true);
    expect(isBackupDue('kemarin', at('2026-11-20T02:00:00Z'), daily)).toBe(true);
  });

  it('refuses a rule keeping no backups, in Indonesian', () => {
    const parsed = backupRuleSchema.safeParse({ frekuensi: 'harian', simpan: 0 });
    expect(parsed.success ? '' : parsed.error.issues[0]?.message).toBe(
      'Simpan paling sedikit 1 cadangan.',
    );
  });
});
