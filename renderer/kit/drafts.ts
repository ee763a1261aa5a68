import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { MejaDatabase } from '../db/database';
import { createDraftSaver, DRAFT_PREFIX, type DraftSaver } from './draftSaver';

export async function readDraft<T>(db: MejaDatabase, key: string): Promise<T | undefined> {
  const row = await db.local.get(DRAFT_PREFIX + key);
  return row?.value as T | undefined;
}

export async function clearDraft(db: MejaDatabase, key: string): Promise<void> {
  await db.local.delete(DRAFT_PREFIX + key);
}

export interface DraftHandle<T> {
  /** The saved draft (if any) has been read and applied; saving has started. */
  restored: boolean;
  /** The form shows a draft from before, which the user may throw away. */
  fromDraft: boolean;
  /** The form was saved or cancelled: no draft is kept and none is written any more. */
  discard(): Promise<void>;
  /** Throws the draft away and puts these fresh values in the form ("Buang"). */
  startOver(fresh: T): Promise<void>;
}

/**
 * Keeps what a user types in a form as a device-local draft, so nothing typed is lost when
 * validation fails, the user goes to another screen or the app closes. `restore` is called
 * once with the saved draft. The values at mount are the form's fresh state: a form left as
 * it was opened keeps no draft.
 */
export function useDraft<T>(
  db: MejaDatabase,
  key: string,
  values: T,
  restore: (draft: T) => void,
): DraftHandle<T> {
  const [restored, setRestored] = useState(false);
  const [fromDraft, setFromDraft] = useState(false);
  const onRestore = useEffectEvent(restore);
  const saver = useRef<DraftSaver<T> | null>(null);
  const initial = useRef(values);

  useEffect(() => {
    let active = true;
    const current = createDraftSaver(db, key, initial.current);
    saver.current = current;
    void readDraft<T>(db, key).then((draft) => {
      if (!active) return;
      if (draft !== undefined && JSON.stringify(draft) !== JSON.stringify(initial.current)) {
        onRestore(draft);
        setFromDraft(true);
      }
      setRestored(true);
    });
    return () => {
      active = false;
      current.flush();
    };
  }, [db, key]);

  useEffect(() => {
    if (restored) saver.current?.schedule(values);
  }, [values, restored]);

  const latestRestore = useRef(restore);
  useEffect(() => {
    latestRestore.current = restore;
  });

  const discard = async () => {
    setFromDraft(false);
    await saver.current?.discard();
  };
  const startOver = async (fresh: T) => {
    setFromDraft(false);
    await saver.current?.startOver(fresh);
    latestRestore.current(fresh);
  };

  return { restored, fromDraft, discard, startOver };
}
