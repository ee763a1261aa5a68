import type { Content } from 'pdfmake/interfaces';
import { kopContactLines, kopHeadingLines, type Office } from '../office/office';

const LOGO_WIDTH = 64;

/**
 * The kop surat: logo on the left, the hierarchy lines in bold capitals centred, the
 * contact lines below, and the double rule (thick over thin) across the text width.
 */
export function kopSurat(office: Office, width: number): Content {
  const heading = kopHeadingLines(office);
  const lastHeading = heading.length - 1;
  const lines: Content[] = heading.map((line, i) => ({
    text: line,
    bold: true,
    fontSize: i === lastHeading ? 15 : 12.5,
    lineHeight: 1.05,
  }));
  const contact: Content[] = kopContactLines(office).map((line) => ({
    text: line,
    fontSize: 9.5,
    lineHeight: 1.1,
  }));
  const logo: Content = office.logo
    ? { image: office.logo.dataUrl, fit: [LOGO_WIDTH, 78], alignment: 'left' }
    : { text: '' };
  return {
    stack: [
      {
        columns: [
          { width: LOGO_WIDTH, stack: [logo] },
          {
            width: '*',
            alignment: 'center',
            stack: [...lines, { text: '', margin: [0, 2, 0, 0] }, ...contact],
          },
        ],
        columnGap: 8,
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
