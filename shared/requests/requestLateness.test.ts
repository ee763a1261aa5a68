import { describe, expect, it } from 'vitest';
import type { Procedure } from '../sop/schema';
import { isRequestLate } from './requestLateness';
import { DEFAULT_OFFICE_HOURS } from './workingTime';

const procedure = {
  steps: [
    { no: 1, mutuBaku: { kind: 'duration', minutes: 10 } },
    { no: 2, mutuBaku: { kind: 'duration', minutes: 30 } },
  ],
} as unknown as Pick<Procedure, 'steps'>;

const base = {
  status: 'berjalan' as const,
  adaTerlambat: false,
  langkahTerakhir: 1,
  langkahMulai: new Date(2026, 10, 20, 9).toISOString(),
  diterimaPada: new Date(2026, 10, 20, 9).toISOString(),
};
/** A local time on Friday 20 November 2026, a working day. */
const at = (clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return new Date(2026, 10, 20, h, m);
};

describe('one definition of a late request', () => {
  it('is late once its next step is past its standard, or a recorded step was late', () => {
    const hours = DEFAULT_OFFICE_HOURS;
    expect(isRequestLate(base, procedure, hours, at('09:20'))).toBe(false);
    expect(isRequestLate(base, procedure, hours, at('09:31'))).toBe(true);
    expect(isRequestLate({ ...base, adaTerlambat: true }, procedure, hours, at('09:01'))).toBe(
      true,
    );
    // Finished or rejected requests are judged by their recorded steps alone.
    expect(isRequestLate({ ...base, status: 'selesai' }, procedure, hours, at('15:00'))).toBe(
      false,
    );
  });

  it('never counts a cancelled request as late', () => {
    const hours = DEFAULT_OFFICE_HOURS;
    const pembatalan = {
      alasan: 'Tercatat dua kali',
      olehPersonId: 'p1',
      pada: at('09:40').toISOString(),
    };
    const cancelled = { ...base, adaTerlambat: true, pembatalan };
    expect(isRequestLate(cancelled, procedure, hours, at('15:00'))).toBe(false);
    expect(isRequestLate({ ...base, pembatalan: null }, procedure, hours, at('15:00'))).toBe(true);
  });
});
