/**
 * The small Markdown the guides are written in, parsed to blocks that React renders as
 * elements: headings, paragraphs, bullet and numbered lists, tables, **bold** and `code`.
 * HTML in the text is never interpreted; it shows as the characters it is.
 */

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export type Inline = { kind: 'text' | 'bold' | 'code'; text: string };

const HEADING = /^(#{1,3})\s+(.*)$/;
const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const heading = HEADING.exec(line);
    if (line.trim() === '') {
      endParagraph();
      i++;
    } else if (heading) {
      endParagraph();
      const level = Math.min(heading[1]?.length ?? 1, 3) as 1 | 2 | 3;
      blocks.push({ kind: 'heading', level, text: (heading[2] ?? '').trim() });
      i++;
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      endParagraph();
      const ordered = !BULLET.test(line);
      const pattern = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      while (i < lines.length) {
        const current = lines[i] ?? '';
        const item = pattern.exec(current);
        if (item) items.push(item[1] ?? '');
        else if (/^\s{2,}\S/.test(current) && items.length > 0)
          items[items.length - 1] += ` ${current.trim()}`;
        else break;
        i++;
      }
      blocks.push({ kind: 'list', ordered, items });
    } else if (TABLE_ROW.test(line) && TABLE_RULE.test(lines[i + 1] ?? '')) {
      endParagraph();
      const header = cells(line);
      const rows: string[][] = [];
      i += 2;
      while (i < lines.length && TABLE_ROW.test(lines[i] ?? '')) rows.push(cells(lines[i++] ?? ''));
      blocks.push({ kind: 'table', header, rows });
    } else {
      paragraph.push(line.trim());
      i++;
    }
  }
  endParagraph();
  return blocks;
}

/** `**bold**` and `code` spans; everything else is plain text. */
export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  const pattern = /\*\*(.+?)\*\*|`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    if (match[1] !== undefined) parts.push({ kind: 'bold', text: match[1] });
    else parts.push({ kind: 'code', text: match[2] ?? '' });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The text a reader sees, without the Markdown marks: what search looks through. */
export function plainText(block: Block): string[] {
  const strip = (t: string) =>
    parseInline(t)
      .map((p) => p.text)
      .join('');
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [strip(block.text)];
    case 'list':
      return block.items.map(strip);
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map(strip).join(' — '));
  }
}
