import { describe, expect, it } from 'vitest';
import { GUIDE_SECTIONS } from '../features/help/guide';
import { GUIDES, guideFor } from './guides';
import { PAGES } from './pages';

describe('the screens’ guides', () => {
  it('exist for every menu screen, titled as the menu names it', () => {
    expect(GUIDES.map((g) => g.id)).toEqual(PAGES.map((p) => p.id));
    for (const page of PAGES) expect(guideFor(page.id).title).toBe(page.label);
  });

  it.each(PAGES.map((p) => [p.id]))('%s answers the same questions, in order', (id) => {
    const guide = guideFor(id as (typeof PAGES)[number]['id']);
    const sections = guide.blocks.flatMap((b) =>
      b.kind === 'heading' && b.level === 2 ? [b.text] : [],
    );
    expect(sections).toEqual([...GUIDE_SECTIONS]);
    // Each section says something: its heading is followed by text, not by the next heading.
    guide.blocks.forEach((block, i) => {
      if (block.kind !== 'heading' || block.level !== 2) return;
      expect(guide.blocks[i + 1]?.kind ?? 'nothing', block.text).not.toMatch(/heading|nothing/);
    });
  });
});
