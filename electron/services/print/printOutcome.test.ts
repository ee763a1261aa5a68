import { describe, expect, it } from 'vitest';
import { printOutcome } from './printOutcome';

describe('print outcome', () => {
  it('is printed on success', () => {
    expect(printOutcome(true, '')).toBe('printed');
  });

  it.each(['cancelled', 'canceled', 'Print job canceled'])('treats "%s" as canceled', (reason) => {
    expect(printOutcome(false, reason)).toBe('canceled');
  });

  it.each(['Print job failed', 'Invalid printer settings', 'failed', '', undefined])(
    'treats "%s" as a failure',
    (reason) => {
      expect(printOutcome(false, reason)).toBe('failed');
    },
  );
});
