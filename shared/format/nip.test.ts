import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatNip,
  nipSchema,
  normalizeNip,
  optionalNipSchema,
  parseNip,
  type NipErrorCode,
  type NipResult,
} from './nip';

const TODAY = new Date(2026, 10, 22);
const EXAMPLE = '197201272003121002';

function errorOf(result: NipResult): { code: NipErrorCode; message: string } {
  if (result.ok) throw new Error('Expected the NIP to be rejected.');
  return result.error;
}

function codeOf(input: string): NipErrorCode | 'ok' {
  const result = parseNip(input, TODAY);
  return result.ok ? 'ok' : result.error.code;
}

describe('normalizeNip', () => {
  it('strips spaces, dots and dashes only', () => {
    expect(normalizeNip(' 19720127 200312.1-002 ')).toBe(EXAMPLE);
    expect(normalizeNip('1972x0127/')).toBe('1972x0127/');
  });
});

describe('parseNip', () => {
  it('accepts the example NIP and splits it into its parts', () => {
    expect(parseNip(EXAMPLE, TODAY)).toEqual({
      ok: true,
      value: {
        digits: EXAMPLE,
        birthDate: { year: 1972, month: 1, day: 27 },
        cpns: { year: 2003, month: 12 },
        sex: 'L',
        sequence: 2,
      },
    });
  });

  it('reads sex digit 2 as perempuan', () => {
    const result = parseNip('197201272003122015', TODAY);
    expect(result.ok && result.value.sex).toBe('P');
    expect(result.ok && result.value.sequence).toBe(15);
  });

  it('accepts the NIP written with spaces, as it is printed', () => {
    const result = parseNip('19720127 200312 1 002', TODAY);
    expect(result.ok && result.value.digits).toBe(EXAMPLE);
  });

  it('asks for a NIP when the input is empty or blank', () => {
    expect(errorOf(parseNip('', TODAY))).toEqual({ code: 'empty', message: 'NIP wajib diisi.' });
    expect(codeOf('   ')).toBe('empty');
  });

  it('rejects letters', () => {
    expect(errorOf(parseNip('19720127200312100A', TODAY))).toEqual({
      code: 'notDigits',
      message: 'NIP hanya boleh berisi angka.',
    });
  });

  it('reports the length that was typed', () => {
    expect(errorOf(parseNip('19720127200312100', TODAY))).toEqual({
      code: 'length',
      message: 'NIP harus 18 digit; yang diisi 17 digit.',
    });
    expect(errorOf(parseNip('1972012720031210021', TODAY)).message).toBe(
      'NIP harus 18 digit; yang diisi 19 digit.',
    );
  });

  it('rejects a birth date that is not on the calendar', () => {
    expect(errorOf(parseNip('197202302003121002', TODAY))).toEqual({
      code: 'birthDate',
      message: 'Tanggal lahir pada NIP (digit 1–8) tidak valid: 19720230.',
    });
    expect(errorOf(parseNip('197213272003121002', TODAY)).message).toBe(
      'Tanggal lahir pada NIP (digit 1–8) tidak valid: 19721327.',
    );
    expect(codeOf('197201002003121002')).toBe('birthDate');
    expect(codeOf('197204312003121002')).toBe('birthDate');
  });

  it('knows leap years', () => {
    expect(codeOf('199602292018011001')).toBe('ok');
    expect(codeOf('199702292018011001')).toBe('birthDate');
    expect(codeOf('200002292018011001')).toBe('ok');
    expect(codeOf('190002292018011001')).toBe('birthDate');
  });

  it('rejects a birth year before 1900 or a birth date after today', () => {
    expect(codeOf('189912312003121002')).toBe('birthDate');
    expect(codeOf('202611232026121002')).toBe('birthDate');
    expect(errorOf(parseNip('202611232026121002', TODAY)).message).toContain('20261123');
  });

  it('rejects a CPNS month outside 1..12', () => {
    expect(errorOf(parseNip('197201272003131002', TODAY))).toEqual({
      code: 'cpnsDate',
      message: 'Bulan/tahun pengangkatan CPNS pada NIP (digit 9–14) tidak valid.',
    });
    expect(codeOf('197201272003001002')).toBe('cpnsDate');
  });

  it('allows CPNS up to next year, not later', () => {
    expect(codeOf('197201272027011002')).toBe('ok');
    expect(codeOf('197201272028011002')).toBe('cpnsDate');
  });

  it('requires CPNS after birth and at age 17 or older', () => {
    expect(errorOf(parseNip('197201271970121002', TODAY))).toEqual({
      code: 'cpnsBeforeBirth',
      message: 'Tahun pengangkatan CPNS pada NIP harus setelah tanggal lahir.',
    });
    const tooYoung = errorOf(parseNip('197201271988121002', TODAY));
    expect(tooYoung.code).toBe('cpnsBeforeBirth');
    expect(tooYoung.message).toContain('17 tahun');
    expect(codeOf('197201271989011002')).toBe('ok');
  });

  it('requires sex digit 1 or 2', () => {
    expect(errorOf(parseNip('197201272003123002', TODAY))).toEqual({
      code: 'sex',
      message: 'Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.',
    });
    expect(codeOf('197201272003120002')).toBe('sex');
  });

  it('rejects sequence 000', () => {
    expect(errorOf(parseNip('197201272003121000', TODAY))).toEqual({
      code: 'sequence',
      message: 'Nomor urut pada NIP (digit 16–18) tidak boleh 000.',
    });
    expect(codeOf('197201272003121999')).toBe('ok');
  });

  it('bounds the dates by the today it is given, not by the machine clock', () => {
    const bornThe23rd = '202611232046121002';
    expect(parseNip(bornThe23rd, TODAY).ok).toBe(false);
    expect(parseNip(bornThe23rd, new Date(2046, 10, 23)).ok).toBe(true);
  });
});

describe('formatNip', () => {
  it('groups the 18 digits as printed on documents', () => {
    expect(formatNip(EXAMPLE)).toBe('19720127 200312 1 002');
    expect(formatNip('1972.0127-2003121002')).toBe('19720127 200312 1 002');
  });

  it('returns anything else trimmed and unchanged', () => {
    expect(formatNip(' 1972012720031210 ')).toBe('1972012720031210');
    expect(formatNip('19720127200312100A')).toBe('19720127200312100A');
    expect(formatNip('')).toBe('');
  });
});

describe('nipSchema', () => {
  it('parses to the bare digits', () => {
    expect(nipSchema(TODAY).parse('19720127 200312 1 002')).toBe(EXAMPLE);
  });

  it('carries the Indonesian message of the NIP error', () => {
    const result = nipSchema(TODAY).safeParse('19720127200312100');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'NIP harus 18 digit; yang diisi 17 digit.',
    ]);
    expect(nipSchema(TODAY).safeParse('').error?.issues[0]?.message).toBe('NIP wajib diisi.');
  });

  it('checks as of the today it is built with', () => {
    const bornLater = '205001012070121002';
    expect(nipSchema(TODAY).safeParse(bornLater).success).toBe(false);
    expect(nipSchema(new Date(2071, 0, 1)).parse(bornLater)).toBe(bornLater);
  });

  it('rejects a value that is not a string', () => {
    expect(nipSchema(TODAY).safeParse(19720127).success).toBe(false);
  });
});

describe('optionalNipSchema', () => {
  it('turns empty, blank or missing input into undefined', () => {
    expect(optionalNipSchema(TODAY).parse('')).toBeUndefined();
    expect(optionalNipSchema(TODAY).parse('   ')).toBeUndefined();
    expect(optionalNipSchema(TODAY).parse(undefined)).toBeUndefined();
  });

  it('checks a NIP that is filled in', () => {
    expect(optionalNipSchema(TODAY).parse(' 19720127 200312 1 002 ')).toBe(EXAMPLE);
    expect(optionalNipSchema(TODAY).safeParse('197201272003123002').error?.issues[0]?.message).toBe(
      'Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.',
    );
  });
});

describe('NIP property', () => {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');

  const validNip = fc
    .record({
      birth: fc.date({
        min: new Date(1900, 0, 1),
        max: new Date(2005, 11, 31),
        noInvalidDate: true,
      }),
      cpnsFraction: fc.double({ min: 0, max: 1, noNaN: true }),
      sex: fc.constantFrom('1', '2'),
      sequence: fc.integer({ min: 1, max: 999 }),
    })
    .map(({ birth, cpnsFraction, sex, sequence }) => {
      const birthIndex = birth.getFullYear() * 12 + birth.getMonth();
      const firstCpns = birthIndex + 17 * 12;
      const lastCpns = TODAY.getFullYear() * 12 + TODAY.getMonth();
      const cpnsIndex = firstCpns + Math.floor(cpnsFraction * (lastCpns - firstCpns));
      return [
        pad(birth.getFullYear(), 4),
        pad(birth.getMonth() + 1, 2),
        pad(birth.getDate(), 2),
        pad(Math.floor(cpnsIndex / 12), 4),
        pad((cpnsIndex % 12) + 1, 2),
        sex,
        pad(sequence, 3),
      ].join('');
    });

  it('round-trips formatNip and normalizeNip, and parseNip accepts every valid NIP', () => {
    fc.assert(
      fc.property(validNip, (nip) => {
        expect(formatNip(nip)).toMatch(/^\d{8} \d{6} [12] \d{3}$/);
        expect(normalizeNip(formatNip(nip))).toBe(nip);
        const result = parseNip(formatNip(nip), TODAY);
        expect(result.ok && result.value.digits).toBe(nip);
      }),
    );
  });
});
