import type {
  Content,
  ContentSection,
  ContentTable,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import type { Office } from '../../../office/office';
import { MUKOMUKO_OFFICE } from '../../../../test/doubles/shared/sampleOffice';
import { paMukomukoAs32, paTernateAs28Konten } from '../../../sop/catalog';
import { SEED_SOP_DOCUMENTS } from '../../../sop/index';
import type { SopDocument } from '../../../sop/schema';
import { buildPdfDefinition } from '../build';
import { pdfDocumentRequestSchema, type SopRequest } from '../request';
import { procedureHeading, procedurePages } from './procedureSection';
import { LANDSCAPE_MARGINS } from './sopStyle';
import { sopDefinition } from './sopDefinition';

const printedAt = '2026-11-22T14:30:00+07:00';

const office: Office = MUKOMUKO_OFFICE;

function request(document: SopDocument, extra: Partial<SopRequest> = {}): SopRequest {
  return { kind: 'sop', office, paper: 'F4', document, printedAt, ...extra };
}

function sections(def: TDocumentDefinitions): ContentSection[] {
  const content = Array.isArray(def.content) ? def.content : [def.content];
  return content.filter(
    (c): c is ContentSection => typeof c === 'object' && c !== null && 'section' in c,
  );
}

function children(section: ContentSection): Content[] {
  return Array.isArray(section.section) ? section.section : [section.section];
}

function tables(section: ContentSection): ContentTable[] {
  return children(section).filter(
    (c): c is ContentTable => typeof c === 'object' && c !== null && 'table' in c,
  );
}

/** Every string a content tree prints, depth first. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    ['text', 'stack', 'columns', 'ol', 'ul', 'table', 'body', 'section'].includes(key)
      ? texts(value)
      : [],
  );
}

describe('sopRequestSchema', () => {
  it.each(SEED_SOP_DOCUMENTS.map((d) => [d.id, d] as const))(
    'accepts a request for %s and builds it',
    (_, document) => {
      const parsed = pdfDocumentRequestSchema.parse(request(document));
      const def = buildPdfDefinition(parsed);
      expect(sections(def)).toHaveLength(1 + document.procedures.length);
    },
  );

  it('refuses an unknown procedure key', () => {
    const bad = { ...request(paMukomukoAs32), procedureKeys: ['G'] };
    expect(pdfDocumentRequestSchema.safeParse(bad).success).toBe(false);
  });
});

describe('sopDefinition', () => {
  it('puts the identity page in portrait and each procedure in landscape', () => {
    const def = sopDefinition(request(paMukomukoAs32));
    const [identity, ...procedures] = sections(def);
    expect(identity?.pageOrientation).toBe('portrait');
    expect(procedures).toHaveLength(6);
    for (const p of procedures) {
      expect(p.pageOrientation).toBe('landscape');
      expect(p.pageMargins).toEqual([
        LANDSCAPE_MARGINS.left,
        LANDSCAPE_MARGINS.top,
        LANDSCAPE_MARGINS.right,
        LANDSCAPE_MARGINS.bottom,
      ]);
    }
    expect(def.pageSize).toEqual({ width: 609.45, height: 935.43 });
  });

  it('prints only the procedures asked for, in the document order, with their letters', () => {
    const def = sopDefinition(request(paMukomukoAs32, { procedureKeys: ['D', 'B'] }));
    const headings = sections(def)
      .slice(1)
      .map((s) => texts(children(s)[0])[0]);
    expect(headings).toEqual([
      'B. PROSEDUR PENANGANAN PERMINTAAN DAN PEMENUHAN LAYANAN TEKNOLOGI INFORMASI',
      'D. PROSEDUR PENGAMANAN PERANGKAT TEKNOLOGI INFORMASI',
    ]);
  });

  it('gives a one-procedure document no letter', () => {
    const def = sopDefinition(request(paTernateAs28Konten));
    expect(texts(children(sections(def)[1] ?? { section: [] })[0])[0]).toBe(
      'PROSEDUR PENGELOLAAN KONTEN WEBSITE',
    );
  });

  it('splits each table by the planned pages, header rows repeated, rows at fixed heights', () => {
    const def = sopDefinition(request(paMukomukoAs32));
    sections(def)
      .slice(1)
      .forEach((section, i) => {
        const procedure = paMukomukoAs32.procedures[i];
        if (!procedure) throw new Error('no procedure');
        const { layout, pages } = procedurePages(
          procedure,
          'F4',
          procedureHeading(procedure, procedure.key),
        );
        const parts = tables(section);
        expect(parts).toHaveLength(pages.length);
        // Each part under its heading; the parts after the first start a page, "(lanjutan)".
        const headings = children(section).filter(
          (c) => typeof c === 'object' && c !== null && 'text' in c,
        );
        expect(headings.map((h) => texts(h)[0])).toEqual(
          pages
            .map((_, p) => (p === 0 ? '' : ' (lanjutan)'))
            .map((suffix) => `${procedureHeading(procedure, procedure.key)}${suffix}`),
        );
        headings.slice(1).forEach((h) => expect(h).toMatchObject({ pageBreak: 'before' }));
        parts.forEach((part, p) => {
          const rows = pages[p] ?? [];
          expect(part.table.headerRows).toBe(3);
          expect(part.table.dontBreakRows).toBe(true);
          expect(part.table.body).toHaveLength(3 + rows.length);
          expect(part.table.heights).toEqual([
            ...layout.headerHeights,
            ...rows.map((r) => layout.rowHeights[r]),
          ]);
          // Column titles: the actors' labels under Pelaksana.
          expect(texts(part.table.body[1])).toEqual(
            expect.arrayContaining(procedure.actors.map((a) => a.label)),
          );
        });
      });
  });

  it('numbers the pages in the footer with the SOP number', () => {
    const def = sopDefinition(request(paMukomukoAs32));
    if (typeof def.footer !== 'function') throw new Error('footer is not dynamic');
    const footer = def.footer(2, 9, { width: 935.43, height: 609.45, orientation: 'landscape' });
    expect(texts(footer)).toEqual(['SOP/AS/32', 'Halaman 2 dari 9']);
  });

  it('fills the identity page', () => {
    const def = sopDefinition(request(paMukomukoAs32));
    const identity = texts(sections(def)[0]);
    expect(identity).toEqual(
      expect.arrayContaining([
        'Nomor SOP',
        'SOP/AS/32',
        '4 Januari 2021',
        '-',
        'Ketua Pengadilan Agama Mukomuko,',
        'Fatullah, S.Ag',
        'NIP. 19720127 200312 1 002',
        'PENGELOLAAN TEKNOLOGI INFORMASI DAN WEBSITE',
        'PENGADILAN AGAMA MUKOMUKO KELAS II',
        'DASAR HUKUM',
        'KUALIFIKASI PELAKSANA',
        'KETERKAITAN',
        'PERALATAN/PERLENGKAPAN',
        'PERINGATAN',
        'PENCATATAN DAN PENDATAAN',
      ]),
    );
  });
});
