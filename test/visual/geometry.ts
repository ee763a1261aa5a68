import type { Line, PageWords, Word } from './pdfWords';
import type { Segment } from './pdfRules';

/**
 * Geometric checks a printed page must pass, stated on the words poppler finds (points from
 * the top-left corner). Each returns what breaks the rule, one message per finding.
 */

export interface Margins {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Slack for font ascent and descent boxes that poppler draws a little wider than the glyphs. */
const SLACK = 1;
/** Nearest a printer reliably prints to the paper's edge: 5 mm. */
export const PRINTABLE_EDGE = (5 / 25.4) * 72;

const words = (page: PageWords): Word[] => page.lines.flatMap((l) => l.words);
const where = (page: PageWords, w: Word) =>
  `p${page.number} "${w.text}" at (${w.xMin.toFixed(1)}, ${w.yMin.toFixed(1)})`;

/**
 * Every word inside the page margins. The footer (page numbers) lives in the bottom margin by
 * design: a word below the text area must still keep within the side margins and clear of the
 * paper's edge by PRINTABLE_EDGE.
 */
export function outsideMargins(page: PageWords, m: Margins): string[] {
  const bodyBottom = page.height - m.bottom;
  return words(page)
    .filter((w) => {
      const sides = w.xMin < m.left - SLACK || w.xMax > page.width - m.right + SLACK;
      const inFooter = w.yMin >= bodyBottom - SLACK;
      const vertical = inFooter
        ? w.yMax > page.height - PRINTABLE_EDGE
        : w.yMin < m.top - SLACK || w.yMax > bodyBottom + SLACK;
      return sides || vertical;
    })
    .map((w) => where(page, w));
}

/**
 * No two words overlap: their boxes share more than 0.5 pt across and more than a third of
 * the lower one's height (boxes of lines set close may touch by their ascent and descent).
 */
export function overlappingWords(page: PageWords): string[] {
  const list = words(page).sort((a, b) => a.yMin - b.yMin);
  const found: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (!a) continue;
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j];
      if (!b || b.yMin >= a.yMax) break;
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const height = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (across > 0.5 && down > height / 3) found.push(`${where(page, a)} × "${b.text}"`);
    }
  }
  return found;
}

/** The opening line of a signature block: "Mukomuko, 22 November 2026", "Mengetahui,", a role with a comma. */
const SIGNATURE_OPENING = /(^\S[^,]*, \d{1,2} [A-Z][a-z]+ \d{4}$)|,$/;
const NIP_LINE = /^NIP\.?\s*\d/;

/**
 * A signature block is not alone on a page: a page that holds a NIP line must not begin (below
 * the top margin, the footer aside) with the opening lines of a signature block, for then the
 * block sits apart from the content it signs. The top row is every line within 2 pt of the
 * highest one (blocks side by side).
 */
export function signatureAlone(page: PageWords, m: Margins): string[] {
  const body = page.lines.filter((l) => l.yMin < page.height - m.bottom - SLACK);
  if (!body.some((l) => NIP_LINE.test(l.text))) return [];
  const top = Math.min(...body.map((l) => l.yMin));
  const firstRow = body.filter((l) => l.yMin <= top + 2);
  return firstRow.every((l) => SIGNATURE_OPENING.test(l.text.trim()))
    ? [
        `p${page.number} begins with a signature block alone: "${firstRow.map((l) => l.text).join(' | ')}"`,
      ]
    : [];
}

/** Letters and digits of a word, without the punctuation around it. */
const core = (text: string) => text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The words of every text the document was built from. */
export function sourceWords(definition: unknown): Set<string> {
  const found = new Set<string>();
  const seen = new WeakSet<object>();
  const walk = (node: unknown): void => {
    if (node !== null && typeof node === 'object') {
      if (seen.has(node)) return;
      seen.add(node);
    }
    if (typeof node === 'string') {
      for (const token of node.split(/\s+/)) if (core(token)) found.add(core(token));
    } else if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(definition);
  return found;
}

/**
 * No word broken across lines (in a table cell or anywhere): the last word of a line and the
 * first word of the line right below it, starting within that line's extent, must not join
 * into one of the document's words while the upper piece is not one itself. A break after a
 * hyphen or a slash ("Anggaran/ Pegawai") is a line-break opportunity, not a broken word.
 */
export function brokenWords(page: PageWords, vocabulary: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const upper of page.lines) {
    const last = upper.words.at(-1);
    if (!last || /[-/–]$/.test(last.text)) continue;
    const height = last.yMax - last.yMin;
    for (const lower of linesBelow(page.lines, upper, height)) {
      const first = lower.words[0];
      if (!first) continue;
      const head = core(last.text);
      const joined = core(`${last.text}${first.text}`);
      if (head && !vocabulary.has(head) && vocabulary.has(joined)) {
        found.push(`p${page.number} "${last.text}" / "${first.text}" (${joined})`);
      }
    }
  }
  return found;
}

/** Lines starting just below `upper` (within 0.6 of a line height) and inside its extent. */
function linesBelow(lines: readonly Line[], upper: Line, height: number): Line[] {
  return lines.filter(
    (l) =>
      l !== upper &&
      l.yMin >= upper.yMax - height / 2 &&
      l.yMin <= upper.yMax + height * 0.6 &&
      l.xMin >= upper.xMin - 2 &&
      l.xMin < upper.xMax,
  );
}

/** Whether the segment crosses the rectangle (Liang–Barsky clipping). */
function crosses(s: Segment, left: number, top: number, right: number, bottom: number): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - left],
    [dx, right - s.x1],
    [-dy, s.y1 - top],
    [dy, bottom - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/**
 * No rule or drawn line runs through a word: a stroked piece must not cross the word's core,
 * its box less half a point at each side, a quarter of its height at the top (the ascent above
 * small letters) and an eighth at the bottom, a little below the baseline: a line along the
 * baseline touches the letters; an underline sits lower, at the bottom of the line box.
 */
export function textOverRules(page: PageWords, rules: readonly Segment[]): string[] {
  const found: string[] = [];
  for (const w of words(page)) {
    const height = w.yMax - w.yMin;
    const [left, right] = [w.xMin + 0.5, w.xMax - 0.5];
    const [top, bottom] = [w.yMin + height / 4, w.yMax - height / 8];
    if (rules.some((s) => crosses(s, left, top, right, bottom))) found.push(where(page, w));
  }
  return found;
}
