import { Lexer, type Token, type Tokens } from 'marked';

/**
 * The guides' Markdown, read with marked's lexer into blocks that React renders as elements:
 * headings, paragraphs, bullet and numbered lists, tables, **bold** and `code`. Nothing is
 * ever rendered as HTML: HTML in a guide shows as the characters it is.
 */

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export type Inline = { kind: 'text' | 'bold' | 'code'; text: string };

/** Lines of one paragraph or list item read as one line. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function toBlocks(token: Token): Block[] {
  switch (token.type) {
    case 'heading': {
      const { depth, text } = token as Tokens.Heading;
      return [{ kind: 'heading', level: Math.min(Math.max(depth, 1), 3) as 1 | 2 | 3, text }];
    }
    case 'paragraph':
    case 'html':
    case 'text':
    case 'code':
      return [{ kind: 'paragraph', text: oneLine((token as Tokens.Paragraph).text) }];
    case 'list': {
      const list = token as Tokens.List;
      return [
        { kind: 'list', ordered: list.ordered, items: list.items.map((i) => oneLine(i.text)) },
      ];
    }
    case 'table': {
      const table = token as Tokens.Table;
      return [
        {
          kind: 'table',
          header: table.header.map((cell) => cell.text),
          rows: table.rows.map((row) => row.map((cell) => cell.text)),
        },
      ];
    }
    default:
      // Blank space and rules carry no text.
      return [];
  }
}

export function parseMarkdown(source: string): Block[] {
  return Lexer.lex(source).flatMap(toBlocks);
}

/** The characters a span shows, whatever marks it has inside. */
function shownText(tokens: readonly Token[] | undefined, fallback: string): string {
  return tokens ? tokens.map((t) => shownText(childrenOf(t), textOf(t))).join('') : fallback;
}

function childrenOf(token: Token): Token[] | undefined {
  return 'tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : undefined;
}

function textOf(token: Token): string {
  // An escape (\*) shows its character; a tag shows as typed.
  if (token.type === 'escape' || token.type === 'html') return token.raw.replace(/^\\/, '');
  return 'text' in token && typeof token.text === 'string' ? token.text : token.raw;
}

/** `**bold**` and `code` spans; everything else is plain text. */
export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  const push = (kind: Inline['kind'], value: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind && kind === 'text') last.text += value;
    else if (value !== '') parts.push({ kind, text: value });
  };
  for (const token of Lexer.lexInline(text)) {
    if (token.type === 'strong') push('bold', shownText(childrenOf(token), textOf(token)));
    else if (token.type === 'codespan') push('code', textOf(token));
    else push('text', shownText(childrenOf(token), textOf(token)));
  }
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
