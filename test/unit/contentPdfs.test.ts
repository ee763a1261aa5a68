import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPdfDefinition } from '../../shared/pdf/documents/build';
import type { LembarKendaliKontenRequest } from '../../shared/pdf/documents/content/contentDocs';
import { KENDALI_COLUMNS } from '../../shared/pdf/documents/content/lembarKendaliKonten';
import { pdfDocumentRequestSchema } from '../../shared/pdf/documents/request';
import type { PaperSizeId } from '../../shared/pdf/paper';
import { mukomukoOffice } from '../fixtures/office';
import { nodeModulesPdfRenderer } from '../fixtures/pdfServices';
import { pdfInfo, pdfText } from '../fixtures/pdfText';

/** The Lembar Kendali Konten Website of SOP E, rendered and read back with poppler. */

const dir = process.env.CONTENT_PDF_DIR ?? mkdtempSync(path.join(tmpdir(), 'meja-content-'));
const renderer = nodeModulesPdfRenderer();
// Landscape: the width is the paper's long side.
const WIDTH: Record<PaperSizeId, number> = { F4: 935.43, A4: 841.89 };

function lembar(paper: PaperSizeId): LembarKendaliKontenRequest {
  return {
    kind: 'lembarKendaliKonten',
    office: mukomukoOffice(),
    paper,
    printedAt: new Date(2026, 10, 23, 9, 0).toISOString(),
    fields: [
      { label: 'Judul', value: 'Rapat bulanan November' },
      { label: 'Jenis', value: 'Berita' },
      { label: 'URL publikasi', value: 'https://pa-mukomuko.go.id/berita/rapat' },
    ],
    steps: [
      {
        langkah: '4',
        kegiatan: 'Memeriksa / mengoreksi konsep kontent informasi',
        petugas: 'Siti Aminah',
        waktu: '23/11/2026 10.00',
        durasi: '20 menit / 30 menit',
        catatan: 'Dikembalikan untuk perbaikan. Perbaiki judul.',
      },
      {
        langkah: '3 (perbaikan ke-1)',
        kegiatan: 'Membuat konsep tulisan',
        petugas: 'Rudi Hartono',
        waktu: '23/11/2026 10.40',
        durasi: '40 menit / 1 jam',
        catatan: '',
      },
    ],
    tanggal: '2026-11-23',
    redaktur: { jabatan: 'Redaktur', nama: 'Rudi Hartono', nip: '' },
    editor: { jabatan: 'Editor', nama: 'Siti Aminah', nip: '198501012010122001' },
    penanggungJawab: null,
  };
}

describe('Lembar Kendali Konten Website', () => {
  for (const paper of ['F4', 'A4'] as const) {
    it(`prints the item, its steps with the return and redraft, and the signatures on ${paper}`, async () => {
      const request = pdfDocumentRequestSchema.parse(lembar(paper));
      const file = path.join(dir, `lembar-kendali-${paper}.pdf`);
      writeFileSync(file, await renderer.render(buildPdfDefinition(request)));
      const info = pdfInfo(file);
      expect(info.pages).toBe(1);
      expect(info.width).toBeCloseTo(WIDTH[paper], 0);
      const text = pdfText(file).replace(/\s+/g, ' ');
      expect(text).toContain('LEMBAR KENDALI KONTEN WEBSITE');
      expect(text).toContain('Rapat bulanan November');
      expect(text).toContain('https://pa-mukomuko.go.id/berita/rapat');
      for (const column of KENDALI_COLUMNS) expect(text).toContain(column.split(' ')[0]);
      expect(text).toContain('Dikembalikan untuk perbaikan');
      expect(text).toMatch(/3 \(perbaikan( ke-1\))?/);
      expect(text).toContain('ke-1');
      expect(text).toContain('20 menit / 30 menit');
      expect(text).toContain('Rudi Hartono');
      expect(text).toContain('NIP. 19850101 201012 2 001');
      expect(text).toContain('Penanggung Jawab');
      expect(text).toContain('Mukomuko, 23 November 2026');
    });
  }
});
