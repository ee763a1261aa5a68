import { describe, expect, it } from 'vitest';
import {
  certificateEndsSoon,
  daysBetween,
  renewalDue,
  renewalLabel,
  renewalsDue,
} from './renewals';

const site = (id: string, akhirKontrak: string) => ({ id, nama: `Situs ${id}`, akhirKontrak });

describe('renewal reminders', () => {
  it('is silent more than 60 days before the end', () => {
    expect(daysBetween('2026-01-01', '2026-03-02')).toBe(60);
    expect(renewalDue(site('a', '2026-03-03'), '2026-01-01')).toBeNull();
  });

  it('names the nearest threshold reached: 60, 30, 7 days', () => {
    expect(renewalDue(site('a', '2026-03-02'), '2026-01-01')).toMatchObject({
      sisaHari: 60,
      ambang: 60,
    });
    expect(renewalDue(site('a', '2026-01-31'), '2026-01-01')).toMatchObject({
      sisaHari: 30,
      ambang: 30,
    });
    expect(renewalDue(site('a', '2026-02-01'), '2026-01-01')).toMatchObject({
      sisaHari: 31,
      ambang: 60,
    });
    expect(renewalDue(site('a', '2026-01-08'), '2026-01-01')).toMatchObject({
      sisaHari: 7,
      ambang: 7,
    });
    expect(renewalDue(site('a', '2026-01-01'), '2026-01-01')).toMatchObject({
      sisaHari: 0,
      ambang: 7,
    });
  });

  it('marks a passed end as expired', () => {
    const d = renewalDue(site('a', '2025-12-29'), '2026-01-01');
    expect(d).toMatchObject({ sisaHari: -3, ambang: null, kedaluwarsa: true });
    expect(d && renewalLabel(d)).toBe('Situs a: kontrak berakhir 3 hari lalu');
  });

  it('lists the due contracts most urgent first and leaves the rest out', () => {
    const due = renewalsDue(
      [site('x', '2026-02-20'), site('y', '2026-06-01'), site('z', '2026-01-05')],
      '2026-01-01',
    );
    expect(due.map((d) => d.id)).toEqual(['z', 'x']);
    expect(due.map(renewalLabel)[0]).toBe('Situs z: kontrak berakhir dalam 4 hari');
  });

  it('warns of a certificate ending within 30 days', () => {
    expect(certificateEndsSoon('2026-01-31', '2026-01-01')).toBe(true);
    expect(certificateEndsSoon('2026-02-01', '2026-01-01')).toBe(false);
  });
});
