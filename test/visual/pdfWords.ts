import { execFileSync } from 'node:child_process';

/** A word as poppler places it: points from the page's top-left corner. */
export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A line of words as poppler reads it (one cell's line, or a run of words on one baseline). */
export interface Line extends Word {
  words: Word[];
}

export interface PageWords {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  lines: Line[];
}

const NUM = (name: string, attrs: string): number => {
  const m = new RegExp(`${name}="([-\\d.]+)"`).exec(attrs);
  if (!m) throw new Error(`pdftotext gave no ${name} in "${attrs}"`);
  return Number(m[1]);
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#(\d+));/g, (_, name: string, code?: string) =>
    code ? String.fromCodePoint(Number(code)) : (ENTITIES[name] ?? ''),
  );

function box(attrs: string) {
  return {
    xMin: NUM('xMin', attrs),
    yMin: NUM('yMin', attrs),
    xMax: NUM('xMax', attrs),
    yMax: NUM('yMax', attrs),
  };
}

/** Every page's lines and words, from `pdftotext -bbox-layout`. */
export function pdfWords(file: string): PageWords[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages: PageWords[] = [];
  for (const page of xhtml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const [, pageAttrs = '', body = ''] = page;
    const lines: Line[] = [];
    for (const line of body.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const [, lineAttrs = '', lineBody = ''] = line;
      const words = [...lineBody.matchAll(/<word ([^>]*)>([\s\S]*?)<\/word>/g)].map(
        ([, attrs = '', text = '']) => ({ text: decode(text), ...box(attrs) }),
      );
      if (words.length === 0) continue;
      lines.push({ text: words.map((w) => w.text).join(' '), words, ...box(lineAttrs) });
    }
    pages.push({
      number: pages.length + 1,
      width: NUM('width', pageAttrs),
      height: NUM('height', pageAttrs),
      lines,
    });
  }
  return pages;
}
