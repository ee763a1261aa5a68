import { parseMarkdown, plainText, type Block } from './markdown';

/** One screen's guide: a Markdown file kept beside the screen it explains. */
export interface Guide {
  /** The screen's menu id (a PageId). */
  id: string;
  title: string;
  blocks: Block[];
  /** The readable lines, for search. */
  lines: string[];
}

/** The sections every guide has, in this order, so each answers the same questions. */
export const GUIDE_SECTIONS = ['Kegunaan', 'Langkah SOP', 'Isian', 'Dokumen cetak'] as const;

export function readGuide(id: string, markdown: string): Guide {
  const blocks = parseMarkdown(markdown);
  const first = blocks[0];
  const title = first?.kind === 'heading' && first.level === 1 ? first.text : id;
  return { id, title, blocks, lines: blocks.flatMap(plainText) };
}

export interface GuideHit {
  guide: Guide;
  /** Lines holding a searched word, at most a few. */
  lines: string[];
}

const fold = (text: string) => text.toLocaleLowerCase('id-ID');

export function searchWords(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

/**
 * The guides holding every word of the query (case-insensitive), those whose title holds one
 * first; each with the lines where its words occur.
 */
export function searchGuides(guides: readonly Guide[], query: string, maxLines = 3): GuideHit[] {
  const words = searchWords(query);
  if (words.length === 0) return guides.map((guide) => ({ guide, lines: [] }));
  const hits = guides.flatMap((guide) => {
    const text = fold(guide.lines.join('\n'));
    if (!words.every((word) => text.includes(word))) return [];
    const lines = guide.lines
      .slice(1)
      .filter((line) => words.some((word) => fold(line).includes(word)))
      .slice(0, maxLines);
    return [{ guide, lines }];
  });
  const inTitle = (hit: GuideHit) => words.some((w) => fold(hit.guide.title).includes(w));
  return [...hits.filter(inTitle), ...hits.filter((hit) => !inTitle(hit))];
}
