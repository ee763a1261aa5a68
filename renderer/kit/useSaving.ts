import { useState } from 'react';
import { errorMessage } from '../api/client';

/**
 * The state of a save button: whether it is saving and the message of the last failure.
 * `run` clears the message, runs the action and keeps its error for the form to show.
 */
export function useSaving() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<void>): Promise<void> => {
    setSaving(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return { saving, error, setError, run };
}
