import { useEffect, useEffectEvent, useState } from 'react';
import type { MejaDatabase } from '../db/database';

const PREFIX = 'draft:';
const SAVE_DELAY_MS = 400;

export async function readDraft<T>(db: MejaDatabase, key: string): Promise<T | undefined> {
  const row = await db.local.get(PREFIX + key);
  return row?.value as T | undefined;
}

export async function clearDraft(db: MejaDatabase, key: string): Promise<void> {
  await db.local.delete(PREFIX + key);
}

/**
 * Keeps what a user types in a form as a device-local draft, so nothing typed is lost when
 * validation fails or the app closes. `restore` is called once with the saved draft.
 */
export function useDraft<T>(
  db: MejaDatabase,
  key: string,
  values: T,
  restore: (draft: T) => void,
): { restored: boolean } {
  const [restored, setRestored] = useState(false);
  const onRestore = useEffectEvent(restore);

  useEffect(() => {
    let active = true;
    void readDraft<T>(db, key).then((draft) => {
      if (!active) return;
      if (draft !== undefined) onRestore(draft);
      setRestored(true);
    });
    return () => {
      active = false;
    };
  }, [db, key]);

  useEffect(() => {
    if (!restored) return;
    const timer = setTimeout(() => {
      void db.local.put({ key: PREFIX + key, value: values });
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [db, key, values, restored]);

  return { restored };
}
