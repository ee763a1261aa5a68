import { useEffect, useRef } from 'react';

/** What escapeCancels reads of a key press and the page (a KeyboardEvent and the document). */
export interface EscapePress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}
export interface EscapePage {
  querySelector(selector: string): unknown;
}

const hasAttributes = (t: unknown): t is { getAttribute(name: string): string | null } =>
  typeof t === 'object' && t !== null && 'getAttribute' in t;

/**
 * Whether Escape should cancel the screen's form: not while a dialog is open (the dialog
 * closes first) nor while a list of choices is open (Escape closes the list).
 */
export function escapeCancels(event: EscapePress, page: EscapePage): boolean {
  if (event.key !== 'Escape' || event.ctrlKey || event.altKey || event.metaKey) return false;
  if (page.querySelector('[role="dialog"][aria-modal="true"]')) return false;
  if (hasAttributes(event.target) && event.target.getAttribute('aria-expanded') === 'true') {
    return false;
  }
  return true;
}

/**
 * Escape leaves the form (its draft stays: the restored-draft notice says so next time).
 * Listened to in the capture phase so a list's own Escape has not closed it yet.
 */
export function useEscapeKey(onEscape: () => void): void {
  const latest = useRef(onEscape);
  useEffect(() => {
    latest.current = onEscape;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!escapeCancels(event, document)) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
