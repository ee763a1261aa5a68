import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, plainText } from './markdown';

describe('the guides’ Markdown', () => {
  it('reads headings, paragraphs joined across lines, and both kinds of list', () => {
    const blocks = parseMarkdown(
      '# Judul\n\nBaris satu\nbaris dua.\n\n## Isian\n- **Nama**: nama\n  lanjutan\n- Kedua\n\n1. Pertama\n2. Kedua\n',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Judul' },
      { kind: 'paragraph', text: 'Baris satu baris dua.' },
      { kind: 'heading', level: 2, text: 'Isian' },
      { kind: 'list', ordered: false, items: ['**Nama**: nama lanjutan', 'Kedua'] },
      { kind: 'list', ordered: true, items: ['Pertama', 'Kedua'] },
    ]);
  });

  it('reads a table with its header', () => {
    expect(parseMarkdown('| Tombol | Guna |\n| --- | --- |\n| F1 | Bantuan |\n')).toEqual([
      { kind: 'table', header: ['Tombol', 'Guna'], rows: [['F1', 'Bantuan']] },
    ]);
  });

  it('keeps HTML as text', () => {
    const [block] = parseMarkdown('<img src=x onerror=alert(1)> **tebal**');
    expect(block).toEqual({ kind: 'paragraph', text: '<img src=x onerror=alert(1)> **tebal**' });
    expect(parseInline('<b>x</b> **tebal** dan `kode`')).toEqual([
      { kind: 'text', text: '<b>x</b> ' },
      { kind: 'bold', text: 'tebal' },
      { kind: 'text', text: ' dan ' },
      { kind: 'code', text: 'kode' },
    ]);
  });

  it('gives the text without its marks, for search', () => {
    const [list] = parseMarkdown('- **Kode BMN**: kode barang');
    expect(list && plainText(list)).toEqual(['Kode BMN: kode barang']);
  });
});
