import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sopDefinition } from '../../shared/pdf/documents/sop/sopDefinition';
import type { PaperSizeId } from '../../shared/pdf/paper';
import { SEED_SOP_DOCUMENTS } from '../../shared/sop/index';
import { mukomukoOffice } from '../fixtures/office';
import { pageLines, pdfRuns } from '../fixtures/pdfGeometry';
import { nodeModulesPdfRenderer } from '../fixtures/pdfServices';

/**
 * Issue #15 item 7: on the SOP's identity page every hierarchy line of the court fits its
 * cell on one line; "DIREKTORAT JENDERAL BADAN PERADILAN AGAMA" never leaves "AGAMA" alone.
 */

const dir = mkdtempSync(path.join(tmpdir(), 'meja-sop-identity-'));
const renderer = nodeModulesPdfRenderer();
const document = SEED_SOP_DOCUMENTS.find((d) => d.nomor === 'SOP/AS/32');

describe.each(['F4', 'A4'] as PaperSizeId[])('the identity page of SOP/AS/32 on %s', (paper) => {
  it('prints each hierarchy line whole on one line', async () => {
    if (!document) throw new Error('SOP/AS/32 not in the seeds');
    const bytes = await renderer.render(
      sopDefinition({
        kind: 'sop',
        office: mukomukoOffice(),
        paper,
        document,
        procedureKeys: ['B'],
        printedAt: '2026-11-22T14:30:00+07:00',
      }),
    );
    const file = path.join(dir, `identitas-${paper}.pdf`);
    writeFileSync(file, bytes);
    const [identity] = await pdfRuns(file);
    if (!identity) throw new Error('no page');
    const lines = pageLines(identity).map((l) => l.text);
    for (const heading of [
      'MAHKAMAH AGUNG REPUBLIK INDONESIA',
      'DIREKTORAT JENDERAL BADAN PERADILAN AGAMA',
      'PENGADILAN TINGGI AGAMA BENGKULU',
    ]) {
      expect(lines.some((l) => l.startsWith(heading))).toBe(true);
    }
    expect(lines).not.toContain('AGAMA');
  });
});
