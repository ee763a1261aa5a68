import { describe, expect, it } from 'vitest';
import { csvFirstColumn, holidaysFromRows } from './holidayImport';

/** A stand-in for the app's parser: ISO and dd/mm/yyyy only. */
const parse = (text: string): string | null => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
};

describe('holiday dates read from a file', () => {
  it('takes the first filled cell of each row, skips a heading, reports other rows', () => {
    const result = holidaysFromRows(
      [
        ['Tanggal', 'Keterangan'],
        [new Date(Date.UTC(2027, 0, 1)), 'Tahun Baru'],
        [null, '01/02/2027', 'Imlek'],
        [],
        ['Jumat, 26/03/2027'],
        ['besok', 'Libur?'],
        ['2027-01-01'],
      ],
      parse,
    );
    expect(result.dates).toEqual(['2027-01-01', '2027-02-01', '2027-03-26']);
    expect(result.skipped).toEqual([{ row: 6, text: 'besok' }]);
  });

  it('reports a first row that is no date only when it is not the first filled one', () => {
    expect(holidaysFromRows([['x'], ['y']], parse).skipped).toEqual([{ row: 2, text: 'y' }]);
  });

  it('reads the first field of a .csv, quoted or not, with any separator', () => {
    expect(
      csvFirstColumn('Tanggal;Keterangan\n"Jumat, 26/03/2027",Wafat\r\n01/01/2027\tBaru\n"a""b"'),
    ).toEqual([['Tanggal'], ['Jumat, 26/03/2027'], ['01/01/2027'], ['a"b']]);
  });
});
