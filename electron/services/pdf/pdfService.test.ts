import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UjiKopRequest } from '../../../shared/pdf/documents/request';
import { mukomukoOffice } from '../../../test/fixtures/office';
import { pdfInfo, pdfText } from '../../../test/fixtures/pdfText';
import { nodeModulesPdfRenderer } from '../../../test/fixtures/pdfServices';
import { createPdfService } from './pdfService';

const printedAt = new Date(2026, 10, 22, 14, 30).toISOString();

function request(paper: 'F4' | 'A4'): UjiKopRequest {
  return {
    kind: 'ujiKop',
    office: mukomukoOffice(),
    paper,
    printedAt,
    signer: {
      jabatan: 'Kasubag Perencanaan, TI dan Pelaporan',
      nama: 'Fatullah, S.Ag',
      nip: '197201272003121002',
    },
  };
}

describe('pdf service: Uji Cetak Kop Surat', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'meja-pdf-'));
  const written: string[] = [];
  const service = createPdfService({
    renderer: nodeModulesPdfRenderer(),
    chooseSavePath: async (name) => path.join(dir, name),
    writeFile: async (file, bytes) => {
      writeFileSync(file, bytes);
      written.push(file);
    },
    print: async () => true,
  });

  it.each([
    ['F4', 609.45, 935.43],
    ['A4', 595.28, 841.89],
  ] as const)('renders one %s page with the kop, the city and the date', async (paper, w, h) => {
    const file = await service.save(request(paper), `uji-kop-${paper}.pdf`);
    expect(file).toBe(path.join(dir, `uji-kop-${paper}.pdf`));
    const info = pdfInfo(file ?? '');
    expect(info).toEqual({ pages: 1, width: w, height: h });
    const text = pdfText(file ?? '');
    for (const line of [
      'MAHKAMAH AGUNG REPUBLIK INDONESIA',
      'DIREKTORAT JENDERAL BADAN PERADILAN AGAMA',
      'PENGADILAN TINGGI AGAMA BENGKULU',
      'PENGADILAN AGAMA MUKOMUKO',
      'UJI CETAK KOP SURAT',
      'Mukomuko, 22 November 2026',
      'Minggu, 22 November 2026 pukul 14.30',
      'NIP. 19720127 200312 1 002',
      'Halaman 1 dari 1',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const cancelling = createPdfService({
      renderer: nodeModulesPdfRenderer(),
      chooseSavePath: async () => undefined,
      writeFile: async () => {
        throw new Error('must not write');
      },
      print: async () => true,
    });
    await expect(cancelling.save(request('A4'), 'x.pdf')).resolves.toBeUndefined();
  });

  it('reports a write failure in Indonesian with the io code', async () => {
    const failing = createPdfService({
      renderer: nodeModulesPdfRenderer(),
      chooseSavePath: async () => '/nonexistent/dir/x.pdf',
      writeFile: async () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
      print: async () => true,
    });
    await expect(failing.save(request('A4'), 'x.pdf')).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining('tidak dapat disimpan'),
    });
  });
});
