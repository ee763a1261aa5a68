import { describe, expect, it } from 'vitest';
import { shouldYield } from './notificationsYield';

const element = (matches: boolean) => ({ closest: () => (matches ? {} : null) });

describe('a notification over the page', () => {
  it('makes way over something to click, and stays over nothing', () => {
    expect(shouldYield(element(true))).toBe(true);
    expect(shouldYield(element(false))).toBe(false);
    expect(shouldYield(null)).toBe(false);
  });
});
