import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Procedure, SopDocument } from '../../../sop/schema';
import { SERIF } from '../../fonts';
import { contentWidth, marginsArray, PORTRAIT_MARGINS } from '../../layout';
import { pageSizePoints } from '../../paper';
import type { SopRequest } from '../request';
import { identityPage } from './identityPage';
import { procedureSection } from './procedureSection';
import { LANDSCAPE_MARGINS } from './sopStyle';

/**
 * The SOP in the Permenpan RB 35/2012 format: the identity page in portrait, then one
 * landscape section per procedure with its flowchart table. Every page's footer carries the
 * SOP's number and "Halaman x dari y".
 */

/** The procedures to print, in the document's order: those asked for, or all. */
export function selectedProcedures(
  document: Pick<SopDocument, 'procedures'>,
  keys: readonly string[] | undefined,
): Procedure[] {
  if (keys === undefined) return [...document.procedures];
  const wanted = new Set(keys);
  return document.procedures.filter((p) => wanted.has(p.key));
}

/** What the footer names the SOP by: its number, or its title when it has none. */
export function sopFooterName(document: Pick<SopDocument, 'nomor' | 'judul'>): string {
  return document.nomor ?? `SOP ${document.judul}`;
}

export function sopDefinition(req: SopRequest): TDocumentDefinitions {
  const { document, office, paper } = req;
  // The procedure letters are the document's own (A..F); a one-procedure document has none.
  const lettered = document.procedures.length > 1;
  const sections: Content[] = [
    {
      section: identityPage(office, document, contentWidth(paper)),
      pageOrientation: 'portrait',
      pageMargins: marginsArray(PORTRAIT_MARGINS),
    },
    ...selectedProcedures(document, req.procedureKeys).map((p) =>
      procedureSection(p, paper, lettered ? p.key : null),
    ),
  ];
  const footerName = sopFooterName(document);
  const printedAt = new Date(req.printedAt);

  return {
    pageSize: pageSizePoints(paper),
    pageOrientation: 'portrait',
    pageMargins: marginsArray(PORTRAIT_MARGINS),
    info: {
      title: `${footerName} — ${document.judul}`,
      subject: document.pengadilan,
      creator: 'Meja TI',
      producer: 'Meja TI',
      creationDate: printedAt,
    },
    defaultStyle: { font: SERIF, fontSize: 10, lineHeight: 1 },
    content: sections,
    footer: (currentPage, pageCount, pageSize) => {
      const m = pageSize.orientation === 'landscape' ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS;
      return {
        columns: [
          { text: footerName, width: '*' },
          { text: `Halaman ${currentPage} dari ${pageCount}`, width: 'auto' },
        ],
        font: SERIF,
        fontSize: 8.5,
        margin: [m.left, 14, m.right, 0],
      };
    },
  };
}
