import { useEffect } from 'react';

/** What a person points at that a notification must not hide. */
const INTERACTIVE =
  'button, a[href], input, textarea, select, [role="button"], [role="combobox"], [role="row"], [role="checkbox"], [role="radio"], [role="tab"], [role="option"]';
const NOTIFICATION = '.app-notifications .mantine-Notification-root';

/**
 * Whether a notification under the pointer should make way: when what lies beneath it, at
 * the pointer, is something to click. Pure, for the test; `beneath` is the topmost element
 * at the point that is not part of a notification.
 */
export function shouldYield(beneath: { closest(selector: string): unknown } | null): boolean {
  return beneath !== null && beneath.closest(INTERACTIVE) !== null;
}

/**
 * Notifications never stand between the user and a button: when the pointer comes over a
 * notification with a button (or a field, a row...) beneath it, the notification fades and
 * lets the click through (data-yield, styled in app.css) until the pointer moves off. Over
 * nothing to click, it stays as it is and its close button works.
 */
export function useNotificationsYield(doc: Document = document): void {
  useEffect(() => {
    const onMove = (event: PointerEvent) => {
      for (const el of doc.querySelectorAll<HTMLElement>(NOTIFICATION)) {
        const box = el.getBoundingClientRect();
        const over =
          event.clientX >= box.left &&
          event.clientX <= box.right &&
          event.clientY >= box.top &&
          event.clientY <= box.bottom;
        const beneath = over
          ? (doc
              .elementsFromPoint(event.clientX, event.clientY)
              .find((e) => !e.closest('.app-notifications')) ?? null)
          : null;
        if (over && shouldYield(beneath)) el.dataset.yield = '1';
        else delete el.dataset.yield;
      }
    };
    doc.addEventListener('pointermove', onMove, true);
    return () => doc.removeEventListener('pointermove', onMove, true);
  }, [doc]);
}
