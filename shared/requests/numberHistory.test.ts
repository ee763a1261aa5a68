import { describe, expect, it } from 'vitest';
import { findNumberCollisions } from './numberCollisions';
import { changedDrafts, earlierNumbersNote, numberHistoryOf, withNumber } from './numberHistory';
import { formatRegisterNumber, NumberFormatError, pcCode } from './numbering';
import { claimDir, parseClaimDir } from '../sync/folderPaths';

const NOV = new Date(2026, 10, 20, 9, 0);
const entry = (nomor: string, jenis: 'sementara' | 'final' | 'diganti', sejak: string) => ({
  nomor,
  jenis,
  sejak,
  oleh: 'pc-a',
});

describe('draft and site marks in a register number', () => {
  it('prints the PC code of a draft and the site code of a replicated series', () => {
    const format = '{no:3}/PLTI/{bulan-romawi}/{tahun}';
    expect(formatRegisterNumber(format, 3, NOV, { perangkat: 'PCB' })).toBe('003-PCB/PLTI/XI/2026');
    expect(formatRegisterNumber(format, 12, NOV, { lokasi: 'B' })).toBe('012.B/PLTI/XI/2026');
    const withSite = '{no:3}/PLTI.{lokasi}/{bulan-romawi}/{tahun}';
    expect(formatRegisterNumber(withSite, 12, NOV, { lokasi: 'MKM' })).toBe('012/PLTI.MKM/XI/2026');
    expect(() => formatRegisterNumber(withSite, 12, NOV)).toThrow(NumberFormatError);
  });

  it('gives every known PC a distinct code, longer only where ids share a start', () => {
    expect(pcCode('pc-a', ['pc-b'])).toBe('PCA');
    expect(pcCode('7f3a9c00-1111', ['7f3b0000-2222'])).toBe('7F3A');
    expect(pcCode('7f3a9c00-1111', ['7f3a9d00-2222'])).toBe('7F3A9C');
    const ids = ['7f3a9c00-1', '7f3a9d00-2', '0a0a0a0a-3', '7f3a9c01-4'];
    const codes = ids.map((id) => pcCode(id, ids));
    expect(new Set(codes).size).toBe(ids.length);
  });

  it('claims a site series under its own folder', () => {
    expect(claimDir(2026, 8, 'B')).toBe('claims/2026-B/8');
    expect(parseClaimDir('claims/2026-B/8')).toEqual({ tahun: 2026, urut: 8, lokasi: 'B' });
    expect(parseClaimDir('claims/2026/8')).toEqual({ tahun: 2026, urut: 8, lokasi: '' });
    expect(parseClaimDir('claims/2026-b/8')).toBeNull();
    expect(() => claimDir(2026, 8, '../x')).toThrow(RangeError);
  });

  it('tells the series of different sites apart when looking for collisions', () => {
    const row = (id: string, lokasi?: string) => ({
      id,
      tahun: 2026,
      urut: 1,
      _deleted: false,
      lokasi,
    });
    expect(findNumberCollisions([row('a', 'A'), row('b', 'B'), row('c')])).toEqual([]);
    expect(findNumberCollisions([row('a', 'A'), row('b', 'A')])).toHaveLength(1);
  });
});

describe('the number history of a request', () => {
  it('lists each printed draft that became another number', () => {
    const request = {
      nomor: '008/PLTI/XI/2026',
      riwayatNomor: [
        entry('003-PCB/PLTI/XI/2026', 'sementara', '2026-11-20T02:00:00.000Z'),
        entry('008/PLTI/XI/2026', 'final', '2026-11-20T05:00:00.000Z'),
      ],
    };
    expect(changedDrafts(request)).toEqual([
      {
        sementara: '003-PCB/PLTI/XI/2026',
        menjadi: '008/PLTI/XI/2026',
        pada: '2026-11-20T05:00:00.000Z',
        oleh: 'pc-a',
      },
    ]);
    expect(earlierNumbersNote(request)).toBe('semula 003-PCB/PLTI/XI/2026 (SEMENTARA)');
  });

  it('records the current number first for a row from before the history', () => {
    const old = { nomor: '003/PLTI/XI/2026', nomorSementara: true };
    const next = withNumber(
      old,
      entry('008/PLTI/XI/2026', 'final', '2026-11-21T00:00:00.000Z'),
      '2026-11-20T00:00:00.000Z',
    );
    expect(next.map((e) => [e.nomor, e.jenis])).toEqual([
      ['003/PLTI/XI/2026', 'sementara'],
      ['008/PLTI/XI/2026', 'final'],
    ]);
  });

  it('reads a damaged history from another PC as none, without throwing', () => {
    expect(numberHistoryOf({ nomor: 'x', riwayatNomor: [{ nomor: 1 }] as never })).toEqual([]);
    expect(earlierNumbersNote({ nomor: 'x', riwayatNomor: 'rusak' as never })).toBe('');
  });
});
