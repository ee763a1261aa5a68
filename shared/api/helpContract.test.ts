import { describe, expect, it } from 'vitest';
import { apiContract } from './contract';
import { PROBLEM_REPORT_MAX_LINES } from './helpContract';

describe('the problem report channel', () => {
  const input = apiContract.getProblemReport.input;

  it('is read-only and named area:verb', () => {
    expect(apiContract.getProblemReport.channel).toBe('app:problem-report');
  });

  it('takes a bounded whole number of lines and nothing else', () => {
    expect(input.safeParse({ lines: 40 }).success).toBe(true);
    expect(input.safeParse({ lines: PROBLEM_REPORT_MAX_LINES }).success).toBe(true);
    for (const bad of [
      { lines: 0 },
      { lines: PROBLEM_REPORT_MAX_LINES + 1 },
      { lines: 2.5 },
      { lines: '40' },
      { lines: 40, path: '/etc/passwd' },
      {},
    ]) {
      expect(input.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
