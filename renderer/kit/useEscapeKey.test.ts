import { describe, expect, it } from 'vitest';
import { escapeCancels, type EscapePage, type EscapePress } from './useEscapeKey';

const press = (over: Partial<EscapePress> = {}): EscapePress => ({
  key: 'Escape',
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  target: null,
  ...over,
});
const page = (dialogOpen: boolean): EscapePage => ({
  querySelector: (selector) => (dialogOpen && selector.includes('dialog') ? {} : null),
});
const field = (expanded: boolean) =>
  ({
    getAttribute: (name: string) => (name === 'aria-expanded' ? String(expanded) : null),
  }) as unknown as EventTarget;

describe('Escape on a form', () => {
  it('cancels the form when nothing else takes it', () => {
    expect(escapeCancels(press(), page(false))).toBe(true);
    expect(escapeCancels(press({ target: field(false) }), page(false))).toBe(true);
  });

  it('leaves it to an open dialog or an open list, and ignores other keys', () => {
    expect(escapeCancels(press(), page(true))).toBe(false);
    expect(escapeCancels(press({ target: field(true) }), page(false))).toBe(false);
    expect(escapeCancels(press({ key: 'Enter' }), page(false))).toBe(false);
    expect(escapeCancels(press({ ctrlKey: true }), page(false))).toBe(false);
  });
});
