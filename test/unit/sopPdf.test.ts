import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { procedureHeading, procedurePages } from '../../shared/pdf/documents/sop/procedureSection';
import { sopDefinition } from '../../shared/pdf/documents/sop/sopDefinition';
import { LANDSCAPE_MARGINS, SOP_STYLE } from '../../shared/pdf/documents/sop/sopStyle';
import type { PaperSizeId } from '../../shared/pdf/paper';
import { SEED_SOP_DOCUMENTS } from '../../shared/sop/index';
import type { SopDocument } from '../../shared/sop/schema';
import { mukomukoOffice } from '../fixtures/office';
import { nodeModulesPdfRenderer } from '../fixtures/pdfServices';
import { pdfText } from '../fixtures/pdfText';

/**
 * The SOP rendered by the real renderer (embedded Tinos), read back with poppler: every
 * step and actor is in the text, the identity page is portrait and the procedure pages are
 * landscape, pdfmake broke the pages exactly where the layout planned, and every row kept
 * the height its flowchart was drawn for.
 */

const SIZES: Record<PaperSizeId, { width: number; height: number }> = {
  F4: { width: 609.45, height: 935.43 },
  A4: { width: 595.28, height: 841.89 },
};

const dir = mkdtempSync(path.join(tmpdir(), 'meja-sop-'));
const renderer = nodeModulesPdfRenderer();

async function render(document: SopDocument, paper: PaperSizeId): Promise<string> {
  const bytes = await renderer.render(
    sopDefinition({
      kind: 'sop',
      office: mukomukoOffice(),
      paper,
      document,
      printedAt: '2026-11-22T14:30:00+07:00',
    }),
  );
  const file = path.join(dir, `${document.id}-${paper}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** Width and height of every page, from pdfinfo. */
function pageSizes(file: string): { width: number; height: number }[] {
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
  );
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' });
  return [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

interface Word {
  text: string;
  xMin: number;
  yMin: number;
}

/** The words of one page with their boxes, from pdftotext -bbox. */
function pageWords(file: string, page: number): Word[] {
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-f', String(page), '-l', String(page), file, '-'],
    { encoding: 'utf8' },
  );
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
    (m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), text: m[3] ?? '' }),
  );
}

/** The words of a text as pdftotext may show them: pdfmake breaks after - and /. */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+|(?<=[-/])/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

const normalise = (text: string) => text.replace(/\s+/g, ' ');

const cases = SEED_SOP_DOCUMENTS.flatMap((d) =>
  (['F4', 'A4'] as const).map((paper) => [d.id, paper, d] as const),
);

describe('SOP PDF', () => {
  it.each(cases)('%s on %s: text, orientation and planned pages', async (_, paper, document) => {
    const file = await render(document, paper);
    const text = normalise(pdfText(file));
    const sizes = pageSizes(file);
    const portrait = SIZES[paper];
    const landscape = { width: portrait.height, height: portrait.width };

    // The identity page (pages, if it runs over) in portrait, then the procedures' pages
    // in landscape, exactly as many as the layout planned.
    const planned = document.procedures.map(
      (p) => procedurePages(p, paper, procedureHeading(p, p.key)).pages.length,
    );
    const identityPages = sizes.length - planned.reduce((a, b) => a + b, 0);
    expect(identityPages).toBeGreaterThanOrEqual(1);
    sizes.forEach((size, i) => expect(size).toEqual(i < identityPages ? portrait : landscape));

    expect(text).toContain(`Halaman 1 dari ${sizes.length}`);
    expect(text).toContain(`Halaman ${sizes.length} dari ${sizes.length}`);
    // The court cell wraps its lines: read it in reading order rather than laid out.
    const readingOrder = normalise(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    expect(readingOrder).toContain('MAHKAMAH AGUNG REPUBLIK INDONESIA');
    expect(readingOrder).toContain('PENGADILAN AGAMA MUKOMUKO');
    expect(text).toContain(document.nomor ?? 'Nomor SOP');
    expect(text).toContain('Waktu yang diperlukan:');
    for (const procedure of document.procedures) {
      for (const actor of procedure.actors) {
        for (const word of wordsOf(actor.label)) expect(text).toContain(word);
      }
      for (const step of procedure.steps) {
        for (const word of wordsOf(step.kegiatan)) expect(text).toContain(word);
      }
    }
  });

  it.each(cases)('%s on %s: every row keeps its measured height', async (_, paper, document) => {
    const file = await render(document, paper);
    const sizes = pageSizes(file);
    const plans = document.procedures.map((p) => ({
      procedure: p,
      ...procedurePages(p, paper, procedureHeading(p, p.key)),
    }));
    let page = sizes.length - plans.reduce((sum, p) => sum + p.pages.length, 0) + 1;
    const noColumnRight = LANDSCAPE_MARGINS.left + SOP_STYLE.ruleWidth + 22;
    for (const { procedure, layout, pages } of plans) {
      for (const rows of pages) {
        // Numbers in the No column: the column-number row's "1", then the step numbers.
        const numbers = pageWords(file, page)
          .filter((w) => w.xMin < noColumnRight && /^\d+$/.test(w.text))
          .sort((a, b) => a.yMin - b.yMin);
        expect(numbers.map((w) => w.text)).toEqual([
          '1',
          ...rows.map((r) => String(procedure.steps[r]?.no)),
        ]);
        const steps = numbers.slice(1);
        steps.slice(1).forEach((word, i) => {
          const above = steps[i];
          const row = rows[i];
          if (!above || row === undefined) throw new Error('row missing');
          const pitch = (layout.rowHeights[row] ?? 0) + SOP_STYLE.ruleWidth;
          expect(word.yMin - above.yMin).toBeCloseTo(pitch, 2);
        });
        page += 1;
      }
    }
  });
});
