import { describe, expect, it } from 'vitest';
import { createSystemLock } from './systemLock';

describe('the PC lock as a wait', () => {
  it('answers every wait at the next lock, and a later wait only at the lock after', async () => {
    const lock = createSystemLock();
    const seen: string[] = [];
    const first = lock.waitForLock().then(() => seen.push('a'));
    const second = lock.waitForLock().then(() => seen.push('b'));
    await Promise.resolve();
    expect(seen).toEqual([]);
    lock.notifyLocked();
    await Promise.all([first, second]);
    expect(seen).toEqual(['a', 'b']);

    const later = lock.waitForLock().then(() => seen.push('c'));
    await Promise.resolve();
    expect(seen).toEqual(['a', 'b']);
    lock.notifyLocked();
    await later;
    expect(seen).toEqual(['a', 'b', 'c']);
  });
});
