import { beforeEach, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/doubles/renderer/testDatabase';
import type { MejaDatabase } from '../db/database';
import {
  createDraftSaver as createSaver,
  DRAFT_SAVE_DELAY_MS,
  type DraftTimers,
} from './draftSaver';

/** Timers the test moves by hand (fake IndexedDB needs the real ones). */
function manualTimers(): DraftTimers & { advance(ms: number): void } {
  let now = 0;
  let seq = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  return {
    setTimeout(run, ms) {
      due.set(++seq, { at: now + ms, run });
      return seq;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...due]) {
        if (timer.at > now) continue;
        due.delete(id);
        timer.run();
      }
    },
  };
}

interface Values {
  nama: string;
  roles: string[];
}
const fresh: Values = { nama: '', roles: [] };

describe('createDraftSaver', () => {
  let db: MejaDatabase;
  const stored = async () => (await db.local.get('draft:person:baru'))?.value;

  let timers: ReturnType<typeof manualTimers>;
  const createDraftSaver = (database: MejaDatabase, key: string, values: Values) =>
    createSaver(database, key, values, { timers });

  beforeEach(() => {
    timers = manualTimers();
    db = testDatabase();
  });

  it('saves what was typed once typing pauses', async () => {
    const saver = createDraftSaver(db, 'person:baru', fresh);
    saver.schedule({ nama: 'Ani', roles: [] });
    saver.schedule({ nama: 'Ani S', roles: ['operator'] });
    await saver.settled();
    expect(await stored()).toBeUndefined();
    timers.advance(DRAFT_SAVE_DELAY_MS);
    await saver.settled();
    expect(await stored()).toEqual({ nama: 'Ani S', roles: ['operator'] });
  });

  it('never writes a waiting save after the form was saved or cancelled', async () => {
    const saver = createDraftSaver(db, 'person:baru', fresh);
    saver.schedule({ nama: 'Ani', roles: ['operator'] });
    await saver.discard();
    // The form resets itself on the way out; none of it may come back as a draft.
    saver.schedule({ nama: '', roles: ['operator'] });
    saver.flush();
    timers.advance(DRAFT_SAVE_DELAY_MS * 3);
    await saver.settled();
    expect(await stored()).toBeUndefined();
  });

  it('deletes after a save already under way, never before it', async () => {
    const saver = createDraftSaver(db, 'person:baru', fresh);
    saver.schedule({ nama: 'Ani', roles: ['operator'] });
    timers.advance(DRAFT_SAVE_DELAY_MS);
    const discarded = saver.discard();
    await discarded;
    expect(await stored()).toBeUndefined();
  });

  it('keeps no draft of a form left as it was opened', async () => {
    await db.local.put({ key: 'draft:person:baru', value: { nama: 'lama', roles: [] } });
    const saver = createDraftSaver(db, 'person:baru', fresh);
    saver.schedule({ ...fresh });
    timers.advance(DRAFT_SAVE_DELAY_MS);
    await saver.settled();
    expect(await stored()).toBeUndefined();
  });

  it('starts over from fresh values and goes on saving what is typed next', async () => {
    const saver = createDraftSaver(db, 'person:baru', fresh);
    saver.schedule({ nama: 'Ani', roles: [] });
    const next: Values = { nama: '', roles: ['operator'] };
    await saver.startOver(next);
    timers.advance(DRAFT_SAVE_DELAY_MS);
    await saver.settled();
    expect(await stored()).toBeUndefined();
    saver.schedule(next);
    timers.advance(DRAFT_SAVE_DELAY_MS);
    await saver.settled();
    expect(await stored()).toBeUndefined();
    saver.schedule({ nama: 'Budi', roles: ['operator'] });
    timers.advance(DRAFT_SAVE_DELAY_MS);
    await saver.settled();
    expect(await stored()).toEqual({ nama: 'Budi', roles: ['operator'] });
  });

  it('writes the waiting save at once when the form leaves unsaved', async () => {
    const saver = createDraftSaver(db, 'person:baru', fresh);
    saver.schedule({ nama: 'Ani', roles: [] });
    saver.flush();
    await saver.settled();
    expect(await stored()).toEqual({ nama: 'Ani', roles: [] });
  });
});
