import { describe, expect, it } from 'vitest';
import { opProblem } from './rowCheck';

/** Fields other features added to synced rows travel between PCs only if the gate knows them. */
describe('the row check knows the fields features added to requests and steps', () => {
  const history = [
    {
      nomor: '003-7F3A/PLTI/XI/2026',
      jenis: 'sementara',
      sejak: '2026-11-20T02:00:00.000Z',
      oleh: 'pc-a',
    },
    { nomor: '008/PLTI/XI/2026', jenis: 'final', sejak: '2026-11-20T03:00:00.000Z', oleh: 'pc-a' },
  ];

  it("accepts a request's number history and site code, and refuses a damaged one", () => {
    expect(
      opProblem({ table: 'requests', changes: { riwayatNomor: history, lokasi: 'MKM' } }),
    ).toBeNull();
    expect(
      opProblem({
        table: 'requests',
        changes: { riwayatNomor: [{ ...history[0], jenis: 'palsu' }] },
      }),
    ).toMatch(/riwayatNomor/);
    expect(opProblem({ table: 'requests', changes: { lokasi: 'bukan kode!' } })).toMatch(/lokasi/);
  });

  it("accepts a step's settlement and effects, and refuses a damaged settlement", () => {
    const penyelesaian = {
      dipakaiId: 'step-a',
      digantikanIds: ['step-b'],
      pada: '2026-11-20T04:00:00.000Z',
      oleh: 'person-1',
    };
    expect(
      opProblem({ table: 'requestSteps', changes: { penyelesaian, prioritas: 'tinggi' } }),
    ).toBeNull();
    expect(
      opProblem({ table: 'requestSteps', changes: { penyelesaian: { dipakaiId: '' } } }),
    ).toMatch(/penyelesaian/);
  });
});
