import type { Content, ContentSection } from 'pdfmake/interfaces';
import type { Procedure } from '../../../sop/schema';
import { contentWidth, marginsArray } from '../../layout';
import { pageSizePoints, type PaperSizeId } from '../../paper';
import { rowEnds } from './flowPlan';
import { pageOfRows, paginateRows } from './pagination';
import { procedureLayout, tableHeight, type ProcedureLayout } from './procedureLayout';
import { procedureTable } from './procedureTable';
import { LANDSCAPE_MARGINS, SOP_STYLE } from './sopStyle';
import { countLines, lineHeightPt } from './textMetrics';
import { totalLines } from '../../../sop/totalText';
import { totalBlock, totalBlockHeight } from './waktuTotal';

/**
 * A procedure on landscape pages: its heading, its table split into pages (one table per
 * page, header rows repeated, the heading repeated with "(lanjutan)"), and the total time
 * under the last part.
 */

const HEADING_TEXT = { fontSize: SOP_STYLE.headingFontSize, bold: true, lineHeight: 1.1 };

/** "A. PROSEDUR PERUMUSAN KEBIJAKAN TEKNOLOGI INFORMASI"; without a letter when null. */
export function procedureHeading(
  procedure: Pick<Procedure, 'judul'>,
  letter: string | null,
): string {
  const judul = procedure.judul.trim().toUpperCase();
  const title = judul.startsWith('PROSEDUR ') ? judul : `PROSEDUR ${judul}`;
  return letter === null ? title : `${letter}. ${title}`;
}

/** The heading repeated on the pages a procedure continues on. */
export function continuedHeading(heading: string): string {
  return `${heading} (lanjutan)`;
}

export interface ProcedurePages {
  layout: ProcedureLayout;
  /** Step indices per page. */
  pages: number[][];
  tableWidth: number;
}

/** Lays the procedure out on `paper` in landscape and decides its page breaks. */
export function procedurePages(
  procedure: Procedure,
  paper: PaperSizeId,
  heading: string,
): ProcedurePages {
  const margins = LANDSCAPE_MARGINS;
  const tableWidth = contentWidth(paper, 'landscape', margins);
  const layout = procedureLayout(procedure, tableWidth);
  const pageHeight =
    pageSizePoints(paper, 'landscape').height - margins.top - margins.bottom - SOP_STYLE.pageSlack;
  const headingHeight = (text: string) =>
    countLines(text, tableWidth, HEADING_TEXT) * lineHeightPt(HEADING_TEXT) + SOP_STYLE.headingGap;
  const header = tableHeight(layout.headerHeights);
  const rule = SOP_STYLE.ruleWidth;
  const pages = paginateRows(
    layout.rowHeights.map((h) => h + rule),
    {
      first: pageHeight - headingHeight(heading) - header,
      next: pageHeight - headingHeight(continuedHeading(heading)) - header,
      tail: totalBlockHeight(totalLines(procedure), tableWidth),
    },
  );
  return { layout, pages, tableWidth };
}

/** The landscape section of one procedure. */
export function procedureSection(
  procedure: Procedure,
  paper: PaperSizeId,
  letter: string | null,
): ContentSection {
  const heading = procedureHeading(procedure, letter);
  const { layout, pages } = procedurePages(procedure, paper, heading);
  const ends = rowEnds(layout.plans, pageOfRows(pages, procedure.steps.length));
  const content: Content[] = [];
  pages.forEach((rows, i) => {
    content.push({
      text: i === 0 ? heading : continuedHeading(heading),
      ...HEADING_TEXT,
      margin: [0, 0, 0, SOP_STYLE.headingGap],
      ...(i === 0 ? {} : { pageBreak: 'before' as const }),
    });
    content.push(procedureTable(procedure, layout, rows, ends));
  });
  content.push(totalBlock(totalLines(procedure)));
  return {
    section: content,
    pageOrientation: 'landscape',
    pageMargins: marginsArray(LANDSCAPE_MARGINS),
  };
}
