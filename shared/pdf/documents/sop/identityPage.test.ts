import { describe, expect, it } from 'vitest';
import type { Office } from '../../../office/office';
import { MUKOMUKO_OFFICE } from '../../../../test/doubles/shared/sampleOffice';
import { approvalBlock, courtLines, fittedFontSize, tanggalSop } from './identityPage';
import { textWidth } from './textMetrics';

const office: Office = MUKOMUKO_OFFICE;

describe('identity page', () => {
  it('writes the dates in Indonesian, "-" when absent', () => {
    expect(tanggalSop('2021-01-04')).toBe('4 Januari 2021');
    expect(tanggalSop('2017-05-09')).toBe('9 Mei 2017');
    expect(tanggalSop(null)).toBe('-');
  });

  it("keeps the document's court name where it extends the office's", () => {
    expect(courtLines(office, { pengadilan: 'Pengadilan Agama Mukomuko Kelas II' })).toEqual([
      'MAHKAMAH AGUNG REPUBLIK INDONESIA',
      'DIREKTORAT JENDERAL BADAN PERADILAN AGAMA',
      'PENGADILAN TINGGI AGAMA BENGKULU',
      'PENGADILAN AGAMA MUKOMUKO KELAS II',
    ]);
    expect(courtLines(office, { pengadilan: 'Pengadilan Agama Ternate' }).at(-1)).toBe(
      'PENGADILAN AGAMA MUKOMUKO',
    );
  });

  it('leaves room for the wet signature, name bold and underlined, NIP spaced', () => {
    const block = approvalBlock({
      jabatan: 'Ketua Pengadilan Agama Mukomuko',
      nama: 'Fatullah, S.Ag',
      nip: '197201272003121002',
    });
    expect(block).toMatchObject({
      stack: [
        { text: 'Ketua Pengadilan Agama Mukomuko,' },
        { text: ' ', margin: [0, 0, 0, 50] },
        { text: 'Fatullah, S.Ag', bold: true, decoration: 'underline' },
        { text: 'NIP. 19720127 200312 1 002' },
      ],
    });
  });

  it('prints dotted lines to fill in when the document names nobody', () => {
    const block = approvalBlock({ jabatan: 'KPA Ternate', nama: null, nip: null });
    expect(JSON.stringify(block)).toContain('KPA Ternate,');
    expect(JSON.stringify(block)).toContain('NIP. ....');
    expect(JSON.stringify(approvalBlock(null))).toContain('(....');
  });

  it('shrinks a hierarchy line to fit the court cell, down to a floor', () => {
    const line = 'MAHKAMAH AGUNG REPUBLIK INDONESIA';
    const size = fittedFontSize(line, 195, 10, 8.5);
    expect(size).toBeLessThan(10);
    expect(textWidth(line, { fontSize: size, bold: true })).toBeLessThanOrEqual(195);
    expect(fittedFontSize('PENGADILAN', 195, 10, 8.5)).toBe(10);
    expect(fittedFontSize('DIREKTORAT JENDERAL BADAN PERADILAN AGAMA', 195, 10, 8.5)).toBe(8.5);
  });
});
