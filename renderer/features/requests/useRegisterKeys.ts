import { useEffect, useRef, type RefObject } from 'react';

/** Whether the key was typed into a field (where "/" is a character, not a shortcut). */
function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Whether a dialog is open: its own keys come first. */
function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
}

/** Ctrl+F, or "/" outside a field, puts the cursor in the register's search. */
export function useSearchKeys(search: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.metaKey || dialogOpen()) return;
      const ctrlF = event.ctrlKey && event.key.toLowerCase() === 'f';
      const slash = !event.ctrlKey && event.key === '/' && !inField(event.target);
      if (!ctrlF && !slash) return;
      event.preventDefault();
      search.current?.focus();
      search.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [search]);
}

/** Ctrl+N anywhere in the service requests opens the reception form. */
export function useNewRequestKey(onNew: () => void): void {
  const latest = useRef(onNew);
  useEffect(() => {
    latest.current = onNew;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'n' || dialogOpen()) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
