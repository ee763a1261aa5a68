import { describe, expect, it } from 'vitest';
import type { Office } from '../../shared/office/office';
import type { PaperSizeId } from '../../shared/pdf/paper';
import { mukomukoOffice } from '../fixtures/office';
import { pageLines, pdfRuns, PT_PER_MM } from '../fixtures/pdfGeometry';
import { local, renderRequest } from '../fixtures/requestDocs';

/**
 * Issue #15 item 5: the kop text is centred on the page's axis (where the title and body
 * are) by default, beside the logo when the office prefers, and the contact line's labels
 * are the office's own.
 */

const PAPERS: readonly PaperSizeId[] = ['F4', 'A4'];
const HEADING = [
  'MAHKAMAH AGUNG REPUBLIK INDONESIA',
  'DIREKTORAT JENDERAL BADAN PERADILAN AGAMA',
  'PENGADILAN TINGGI AGAMA BENGKULU',
  'PENGADILAN AGAMA MUKOMUKO',
];

const ujiKop = (paper: PaperSizeId, office: Office) => ({
  kind: 'ujiKop',
  office,
  paper,
  printedAt: local(11, 22, 9, 0),
  signer: null,
});

/** Horizontal centres, in points, of the kop's heading lines and of the page title. */
async function centres(paper: PaperSizeId, office: Office, name: string) {
  const [page] = await pdfRuns(await renderRequest(ujiKop(paper, office), name));
  if (!page) throw new Error('no page');
  const lines = pageLines(page);
  const centreOf = (text: string) => {
    const line = lines.find((l) => l.text === text);
    if (!line) throw new Error(`No line "${text}"`);
    return (line.x + line.right) / 2;
  };
  return { page, lines, heading: HEADING.map(centreOf), title: centreOf('UJI CETAK KOP SURAT') };
}

describe.each(PAPERS)('the kop surat on %s', (paper) => {
  it("centres the heading on the page's axis, with the title, by default", async () => {
    const { page, heading, title } = await centres(paper, mukomukoOffice(), `kop-tengah-${paper}`);
    // The body's axis: the middle of the text area (margins 30 mm left, 20 mm right).
    const axis = (30 * PT_PER_MM + page.width - 20 * PT_PER_MM) / 2;
    for (const c of heading) expect(Math.abs(c - axis) / PT_PER_MM).toBeLessThanOrEqual(1);
    expect(Math.abs(title - axis) / PT_PER_MM).toBeLessThanOrEqual(1);
  });

  it('centres it on the column beside the logo when the office prefers', async () => {
    const office: Office = { ...mukomukoOffice(), kopTeks: 'sampingLogo' };
    const { heading, title } = await centres(paper, office, `kop-samping-${paper}`);
    for (const c of heading) expect((c - title) / PT_PER_MM).toBeGreaterThan(10);
  });

  it("prints the contact labels as the office writes them (the seed's by default)", async () => {
    const seed = await centres(paper, mukomukoOffice(), `kop-label-${paper}`);
    const contact = seed.lines.find((l) => l.text.includes('pa-mukomuko.go.id'));
    expect(contact?.text).toContain('Website : www.pa-mukomuko.go.id');
    expect(contact?.text).toContain('email : pa.mukomuko@gmail.com');

    const office: Office = { ...mukomukoOffice(), labelWebsite: 'Laman:', labelEmail: 'Surel:' };
    const own = await centres(paper, office, `kop-label-kantor-${paper}`);
    const line = own.lines.find((l) => l.text.includes('pa-mukomuko.go.id'));
    expect(line?.text).toContain('Laman: www.pa-mukomuko.go.id');
    expect(line?.text).toContain('Surel: pa.mukomuko@gmail.com');
  });
});
