import type { MejaDatabase } from '../db/database';

export const DRAFT_PREFIX = 'draft:';
export const DRAFT_SAVE_DELAY_MS = 400;

/** The timer functions the saver uses; tests pass fake ones. */
export interface DraftTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: DraftTimers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The writes behind one form's draft. Saves are delayed until typing pauses; writes run one
 * after another, so a save can never land after the delete that discards it. Once discarded
 * (saved or cancelled) the saver writes nothing more, whatever the form does on its way out.
 * A form that equals its fresh values has no draft, so opening and closing a form leaves none.
 */
export interface DraftSaver<T> {
  /** Saves these values after the delay, replacing any save still waiting. */
  schedule(values: T): void;
  /** Writes the waiting save now (the form is leaving without being saved or cancelled). */
  flush(): void;
  /** Drops any waiting save, deletes the draft and stops saving: the form was saved or cancelled. */
  discard(): Promise<void>;
  /** Drops any waiting save and deletes the draft; `fresh` becomes the form's empty state. */
  startOver(fresh: T): Promise<void>;
  /** Resolves when every write asked for so far is done. */
  settled(): Promise<void>;
}

export function createDraftSaver<T>(
  db: MejaDatabase,
  key: string,
  fresh: T,
  options: { timers?: DraftTimers; delayMs?: number } = {},
): DraftSaver<T> {
  const timers = options.timers ?? realTimers;
  const delayMs = options.delayMs ?? DRAFT_SAVE_DELAY_MS;
  const rowKey = DRAFT_PREFIX + key;
  let freshJson = JSON.stringify(fresh);
  let closed = false;
  let pending: { handle: unknown; values: T } | null = null;
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (write: () => Promise<unknown>): Promise<void> => {
    queue = queue.then(write).then(
      () => undefined,
      // A failed draft write loses a draft, never the form: the next keystroke tries again.
      () => undefined,
    );
    return queue;
  };
  const cancel = () => {
    if (pending) timers.clearTimeout(pending.handle);
    pending = null;
  };
  const write = (values: T) => {
    if (closed) return;
    const json = JSON.stringify(values);
    if (json === freshJson) void enqueue(() => db.local.delete(rowKey));
    else void enqueue(() => db.local.put({ key: rowKey, value: values }));
  };

  return {
    schedule(values) {
      if (closed) return;
      cancel();
      const handle = timers.setTimeout(() => {
        if (pending?.handle !== handle) return;
        pending = null;
        write(values);
      }, delayMs);
      pending = { handle, values };
    },
    flush() {
      const waiting = pending;
      cancel();
      if (waiting) write(waiting.values);
    },
    discard() {
      closed = true;
      cancel();
      return enqueue(() => db.local.delete(rowKey));
    },
    startOver(next) {
      cancel();
      freshJson = JSON.stringify(next);
      return enqueue(() => db.local.delete(rowKey));
    },
    settled: () => queue,
  };
}
