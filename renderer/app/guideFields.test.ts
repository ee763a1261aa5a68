import { describe, expect, it } from 'vitest';
import { parseInline } from '../features/help/markdown';
import { GUIDES } from './guides';

/**
 * A guide names the screen's fields in bold under "Isian". Each name must still be written
 * in the app's sources as a whole label, so renaming a field on a screen fails here until its guide
 * (bantuan.md beside the screen) is changed too.
 */

// Every source file of the renderer and shared/, as text (Vite reads them at test time).
const files = import.meta.glob<string>(
  [
    '../**/*.{ts,tsx}',
    '../../shared/**/*.ts',
    '!../**/*.test.{ts,tsx}',
    '!../../shared/**/*.test.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
);
const appText = Object.values(files).join('\n').replace(/\s+/g, ' ');

/** The name as a whole string literal or JSX text: a label, not a word inside a message. */
function isWritten(name: string): boolean {
  return [`"${name}"`, `'${name}'`, `>${name}<`, `> ${name} <`].some((form) =>
    appText.includes(form),
  );
}

function fieldNames(guideId: string): string[] {
  const guide = GUIDES.find((g) => g.id === guideId);
  if (!guide) return [];
  const start = guide.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Isian');
  const end = guide.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Dokumen cetak');
  return guide.blocks.slice(start + 1, end).flatMap((block) => {
    const texts =
      block.kind === 'list' ? block.items : block.kind === 'paragraph' ? [block.text] : [];
    return texts.flatMap((text) =>
      parseInline(text).flatMap((part) => (part.kind === 'bold' ? [part.text] : [])),
    );
  });
}

describe('the guides’ field names', () => {
  it.each(GUIDES.map((g) => [g.id]))('%s names only fields the app still has', (id) => {
    const missing = fieldNames(id).filter((name) => !isWritten(name));
    expect(missing).toEqual([]);
  });

  it('are read from the guides, and checked against the sources', () => {
    expect(Object.keys(files).length).toBeGreaterThan(100);
    expect(fieldNames('perangkat')).toContain('Kode BMN');
  });
});
