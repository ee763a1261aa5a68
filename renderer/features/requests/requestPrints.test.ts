import { describe, expect, it } from 'vitest';
import { MUKOMUKO_OFFICE } from '../../../test/doubles/shared/sampleOffice';
import { pdfDocumentRequestSchema } from '../../../shared/pdf/documents/request';
import type { PersonRow } from '../../db/rows';
import { blankFormulirRequest, formulirHasil, kasubagSignerOf } from './requestPrints';

const NOW = new Date('2026-11-23T10:00:00+07:00');

const person = (id: string, fields: Partial<PersonRow>): PersonRow => ({
  id,
  _clock: {},
  _deleted: false,
  _updatedBy: null,
  _updatedAt: '2026-11-01T00:00:00.000Z',
  nama: 'Rahmat Hidayat, S.Kom.',
  nip: '199507082020121003',
  jabatan: 'Pranata Komputer',
  unitId: null,
  roles: ['operator'],
  aktif: true,
  ...fields,
});

describe('blankFormulirRequest', () => {
  const people = [
    person('p1', {}),
    person('p2', { nama: 'Lama', roles: ['kasubag'], aktif: false }),
    person('p3', {
      nama: 'Drs. H. Ahmad Fauzi, M.H.',
      nip: '197201272003121002',
      jabatan: 'Kasubag PTIP',
      roles: ['kasubag'],
    }),
  ];

  it("names the active Kasubag from Pegawai and carries the office's categories", () => {
    const request = blankFormulirRequest(
      MUKOMUKO_OFFICE,
      'F4',
      people,
      ['Jaringan', ' Website '],
      NOW,
    );
    const parsed = pdfDocumentRequestSchema.parse(request);
    if (parsed.kind !== 'formulirPermintaan') throw new Error(parsed.kind);
    expect(parsed.data).toBeNull();
    expect(parsed.kasubag).toEqual({
      jabatan: 'Kasubag PTIP',
      nama: 'Drs. H. Ahmad Fauzi, M.H.',
      nip: '197201272003121002',
    });
    expect(parsed.kategori).toEqual(['Jaringan', 'Website']);
  });

  it('leaves dots for the Kasubag when Pegawai has none, and the built-in list when none is set', () => {
    const request = blankFormulirRequest(MUKOMUKO_OFFICE, 'A4', [person('p1', {})], [], NOW);
    const parsed = pdfDocumentRequestSchema.parse(request);
    if (parsed.kind !== 'formulirPermintaan') throw new Error(parsed.kind);
    expect(parsed.kasubag).toBeNull();
    expect(parsed.kategori).toBeUndefined();
  });
});

describe('formulirHasil', () => {
  const step = (fields: Partial<Parameters<typeof formulirHasil>[0][number]>) => ({
    catatan: '',
    tindakan: '',
    sukuCadang: '',
    hasil: '',
    alasanTolak: '',
    ...fields,
  });

  it('prints the result and the spare parts typed at the last step', () => {
    expect(
      formulirHasil(
        [
          step({ catatan: 'Diterima lewat telepon' }),
          step({ catatan: 'Roller penarik kertas aus' }),
          step({
            tindakan: 'Roller diganti, printer diuji cetak 10 lembar',
            sukuCadang: '1 roller Epson L3110',
            hasil: 'Printer menarik kertas normal',
          }),
        ],
        'selesai',
      ),
    ).toEqual({
      pemeriksaan:
        'Diterima lewat telepon; Roller penarik kertas aus; Printer menarik kertas normal',
      tindakan: 'Roller diganti, printer diuji cetak 10 lembar; Suku cadang: 1 roller Epson L3110',
    });
  });

  it('prints why a refused request was refused', () => {
    expect(
      formulirHasil([step({}), step({ alasanTolak: 'Di luar kewenangan PTIP' })], 'ditolak'),
    ).toEqual({ pemeriksaan: '', tindakan: 'Ditolak: Di luar kewenangan PTIP' });
  });
});

describe('kasubagSignerOf', () => {
  const people = [
    person('k', { nama: 'Drs. H. Ahmad Fauzi, M.H.', jabatan: 'Kasubag PTIP', roles: ['kasubag'] }),
    person('c', { nama: 'Citra Lestari, S.H.', nip: '198705122011012003', roles: [] }),
  ];
  const atasNama = { personId: 'k', jenis: 'Plh.' as const, nomorSurat: '1/KP', delegationId: 'd' };

  it("prints the Plh. under the Kasubag's jabatan when a delegate recorded the Kasubag's step", () => {
    expect(kasubagSignerOf([{ personId: 'c', atasNama }], people)).toEqual({
      jabatan: 'Kasubag PTIP',
      nama: 'Citra Lestari, S.H.',
      nip: '198705122011012003',
      plh: 'Plh.',
    });
    expect(kasubagSignerOf([{ personId: 'k', atasNama: null }], people)).toMatchObject({
      nama: 'Drs. H. Ahmad Fauzi, M.H.',
    });
  });
});
