import type { Content } from 'pdfmake/interfaces';
import { kopContactLines, kopHeadingLines, type Office } from '../office/office';
import { textWidth } from './documents/sop/textMetrics';

const LOGO_WIDTH = 64;
const LOGO_HEIGHT = 78;
const GAP = 8;
/** Least room kept at either side of centred text, for a logo still recognisable. */
const LEAST_SIDE = 48;
export const KOP_HEADING_SIZE = 12.5;
export const KOP_COURT_SIZE = 15;

/** The kop's text column and the logo's box, in points, for a text area `width` wide. */
export function kopGeometry(
  office: Office,
  width: number,
): { side: number; text: number; logo: number } {
  if (office.kopTeks === 'sampingLogo') {
    return { side: LOGO_WIDTH + GAP, text: width - LOGO_WIDTH - GAP, logo: LOGO_WIDTH };
  }
  // Centred on the page: equal room at both sides, as wide as the logo and its gap where
  // the longest heading line leaves it, narrower (the logo with it) where it does not.
  const heading = kopHeadingLines(office);
  const widest = Math.max(
    ...heading.map((line, i) =>
      textWidth(line, {
        fontSize: i === heading.length - 1 ? KOP_COURT_SIZE : KOP_HEADING_SIZE,
        bold: true,
      }),
    ),
  );
  const side = Math.max(LEAST_SIDE, Math.min(LOGO_WIDTH + GAP, (width - widest) / 2 - 1));
  return { side, text: width - 2 * side, logo: side - GAP };
}

/**
 * The kop surat: logo on the left, the hierarchy lines in bold capitals centred (on the
 * page's axis by default, or beside the logo as the office chooses), the contact lines
 * below, and the double rule (thick over thin) across the text width.
 */
export function kopSurat(office: Office, width: number): Content {
  const geometry = kopGeometry(office, width);
  const heading = kopHeadingLines(office);
  const lastHeading = heading.length - 1;
  const lines: Content[] = heading.map((line, i) => ({
    text: line,
    bold: true,
    fontSize: i === lastHeading ? KOP_COURT_SIZE : KOP_HEADING_SIZE,
    lineHeight: 1.05,
  }));
  const contact: Content[] = kopContactLines(office).map((line) => ({
    text: line,
    fontSize: 9.5,
    lineHeight: 1.1,
  }));
  const logo: Content = office.logo
    ? { image: office.logo.dataUrl, fit: [geometry.logo, LOGO_HEIGHT], alignment: 'left' }
    : { text: '' };
  const centred = office.kopTeks !== 'sampingLogo';
  return {
    stack: [
      {
        columns: [
          { width: geometry.side - GAP, stack: [logo] },
          {
            width: geometry.text,
            alignment: 'center',
            stack: [...lines, { text: '', margin: [0, 2, 0, 0] }, ...contact],
          },
          ...(centred ? [{ width: geometry.side - GAP, text: '' }] : []),
        ],
        columnGap: GAP,
      },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 4, x2: width, y2: 4, lineWidth: 2.25 },
          { type: 'line', x1: 0, y1: 7.25, x2: width, y2: 7.25, lineWidth: 0.75 },
        ],
        margin: [0, 0, 0, 12],
      },
    ],
  };
}
