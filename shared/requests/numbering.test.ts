import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NUMBER_FORMAT,
  NumberFormatError,
  formatRegisterNumber,
  nextRunningNumber,
  numberFormatSchema,
  parseNumberFormat,
  validateNumberFormat,
} from './numbering';

const COURT_FORMAT = '{no}/KPA.W17-A8/OT1.6/{bulan-romawi}/{tahun}';

describe('formatRegisterNumber', () => {
  it('formats the default as 012/PLTI/XI/2026', () => {
    expect(formatRegisterNumber(DEFAULT_NUMBER_FORMAT, 12, new Date(2026, 10, 22, 9, 0))).toBe(
      '012/PLTI/XI/2026',
    );
  });

  it('follows the court example 1297/KPA.W17-A8/OT1.6/XII/2025', () => {
    expect(formatRegisterNumber(COURT_FORMAT, 1297, new Date(2025, 11, 3))).toBe(
      '1297/KPA.W17-A8/OT1.6/XII/2025',
    );
  });

  it.each([
    ['{no}/{tahun}', 7, '7/2026'],
    ['{no:1}/{tahun}', 7, '7/2026'],
    ['{no:3}/{tahun}', 7, '007/2026'],
    ['{no:3}/{tahun}', 45, '045/2026'],
    ['{no:3}/{tahun}', 1297, '1297/2026'],
    ['{no:6}/{tahun}', 42, '000042/2026'],
  ])('pads %s with %i to %s', (format, urut, expected) => {
    expect(formatRegisterNumber(format, urut, new Date(2026, 0, 5))).toBe(expected);
  });

  it.each([
    [1, 'I', '01'],
    [2, 'II', '02'],
    [3, 'III', '03'],
    [4, 'IV', '04'],
    [5, 'V', '05'],
    [6, 'VI', '06'],
    [7, 'VII', '07'],
    [8, 'VIII', '08'],
    [9, 'IX', '09'],
    [10, 'X', '10'],
    [11, 'XI', '11'],
    [12, 'XII', '12'],
  ])('writes month %i as %s and %s', (month, roman, twoDigits) => {
    const date = new Date(2026, month - 1, 15, 10, 0);
    expect(formatRegisterNumber('{no}/{bulan-romawi}/{bulan}/{tahun}', 3, date)).toBe(
      `3/${roman}/${twoDigits}/2026`,
    );
  });

  it('reads the local month and year at the turn of the year', () => {
    expect(formatRegisterNumber(DEFAULT_NUMBER_FORMAT, 500, new Date(2026, 11, 31, 23, 59))).toBe(
      '500/PLTI/XII/2026',
    );
    expect(formatRegisterNumber(DEFAULT_NUMBER_FORMAT, 1, new Date(2027, 0, 1, 0, 0))).toBe(
      '001/PLTI/I/2027',
    );
  });

  it('throws a NumberFormatError for an invalid format', () => {
    expect(() => formatRegisterNumber('{nomor}/{tahun}', 1, new Date(2026, 0, 1))).toThrow(
      NumberFormatError,
    );
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses the running number %d', (urut) => {
    expect(() => formatRegisterNumber(DEFAULT_NUMBER_FORMAT, urut, new Date(2026, 0, 1))).toThrow(
      RangeError,
    );
  });
});

describe('nextRunningNumber', () => {
  const taken = [
    { tahun: 2026, urut: 499 },
    { tahun: 2026, urut: 500 },
    { tahun: 2026, urut: 12 },
    { tahun: 2025, urut: 1297 },
  ];

  it('continues after the highest number of the year', () => {
    expect(nextRunningNumber(taken, 2026)).toBe(501);
    expect(nextRunningNumber(taken, 2025)).toBe(1298);
  });

  it('restarts at 1 in a new year even if the last year had 500', () => {
    expect(nextRunningNumber(taken, 2027)).toBe(1);
    expect(nextRunningNumber([], 2026)).toBe(1);
  });

  it('numbers 31 Dec 2026 23.59 in 2026 and 1 Jan 2027 00.00 as 1 of 2027', () => {
    const lastOf2026 = new Date(2026, 11, 31, 23, 59);
    const firstOf2027 = new Date(2027, 0, 1, 0, 0);
    const urut2026 = nextRunningNumber(taken, lastOf2026.getFullYear());
    expect(formatRegisterNumber(DEFAULT_NUMBER_FORMAT, urut2026, lastOf2026)).toBe(
      '501/PLTI/XII/2026',
    );
    const urut2027 = nextRunningNumber(
      [...taken, { tahun: 2026, urut: urut2026 }],
      firstOf2027.getFullYear(),
    );
    expect(formatRegisterNumber(DEFAULT_NUMBER_FORMAT, urut2027, firstOf2027)).toBe(
      '001/PLTI/I/2027',
    );
  });
});

describe('validateNumberFormat', () => {
  it.each([
    DEFAULT_NUMBER_FORMAT,
    COURT_FORMAT,
    '{tahun}-{bulan}-{no:4}',
    'W8-U5/{no}/HK.00/{tahun}',
  ])('accepts %s', (format) => {
    expect(validateNumberFormat(format)).toBeNull();
  });

  it.each([
    ['', 'Format nomor wajib diisi.'],
    ['   ', 'Format nomor wajib diisi.'],
    ['PLTI/{bulan-romawi}/{tahun}', 'Format nomor harus memuat {no} atau {no:3}.'],
    ['{no}/{xyz}/{tahun}', 'Penanda {xyz} tidak dikenal.'],
    ['{No}/{tahun}', 'Penanda {No} tidak dikenal.'],
    ['{no}/{ tahun }', 'Penanda { tahun } tidak dikenal.'],
    ['{no}/{}/{tahun}', 'Penanda {} tidak dikenal.'],
    ['{no:0}/{tahun}', 'Panjang nomor urut pada {no:0} harus 1 sampai 6 digit.'],
    ['{no:7}/{tahun}', 'Panjang nomor urut pada {no:7} harus 1 sampai 6 digit.'],
    ['{no:x}/{tahun}', 'Penanda {no:x} tidak dikenal.'],
    ['{no}/{no:3}/{tahun}', 'Format nomor hanya boleh memuat satu {no}.'],
    [
      '{no:3}/PLTI/{bulan-romawi}',
      'Format nomor harus memuat {tahun}, karena nomor urut dimulai lagi setiap tahun.',
    ],
    ['{no/{tahun}', 'Tanda kurung kurawal pada format nomor tidak berpasangan.'],
    ['{no}/{tahun}}', 'Tanda kurung kurawal pada format nomor tidak berpasangan.'],
    ['{no}/PLTI\n/{tahun}', 'Format nomor tidak boleh memuat baris baru atau karakter kendali.'],
    ['{no}\t/{tahun}', 'Format nomor tidak boleh memuat baris baru atau karakter kendali.'],
    [`{no}/${'X'.repeat(80)}/{tahun}`, 'Format nomor paling panjang 80 karakter.'],
  ])('refuses %j with its message', (format, message) => {
    expect(validateNumberFormat(format)).toBe(message);
  });

  it('keeps slashes, dots and dashes as literal text', () => {
    const parsed = parseNumberFormat('{no}/KPA.W17-A8/{tahun}');
    expect(parsed).toEqual({
      ok: true,
      parts: [
        { kind: 'no', width: null },
        { kind: 'literal', text: '/KPA.W17-A8/' },
        { kind: 'tahun' },
      ],
    });
  });
});

describe('numberFormatSchema', () => {
  it('trims and accepts a valid format', () => {
    expect(numberFormatSchema.parse('  {no:3}/PLTI/{tahun} ')).toBe('{no:3}/PLTI/{tahun}');
  });

  it('reports the Indonesian message', () => {
    const result = numberFormatSchema.safeParse('{no}/{abc}/{tahun}');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Penanda {abc} tidak dikenal.');
  });
});

describe('uniqueness within a year', () => {
  const dateIn2026 = fc
    .date({
      min: new Date(2026, 0, 1),
      max: new Date(2026, 11, 31, 23, 59, 59),
      noInvalidDate: true,
    })
    .map((d) => new Date(d.getTime()));
  const distinctPair = fc
    .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 1, max: 999_999 }))
    .filter(([a, b]) => a !== b);

  it('gives distinct numbers to distinct running numbers (default format)', () => {
    fc.assert(
      fc.property(distinctPair, dateIn2026, dateIn2026, ([a, b], dateA, dateB) => {
        const numberA = formatRegisterNumber(DEFAULT_NUMBER_FORMAT, a, dateA);
        const numberB = formatRegisterNumber(DEFAULT_NUMBER_FORMAT, b, dateB);
        expect(numberA).not.toBe(numberB);
      }),
    );
  });

  // Any valid format: literal text (digits, Roman letters and separators included) around
  // one {no}, the year and any month tokens.
  const literalText = fc.string({
    unit: fc.constantFrom('/', '.', '-', 'I', 'V', 'X', 'K', 'A', '1', '0', '6'),
    maxLength: 4,
  });
  const token = fc.constantFrom('{bulan-romawi}', '{bulan}', '{tahun}');
  const noToken = fc.constantFrom('{no}', '{no:1}', '{no:3}', '{no:6}');
  const format = fc
    .tuple(
      noToken,
      fc.array(token, { maxLength: 3 }),
      fc.array(literalText, { minLength: 6, maxLength: 6 }),
    )
    .chain(([no, tokens, literals]) =>
      fc
        .shuffledSubarray([no, '{tahun}', ...tokens], { minLength: tokens.length + 2 })
        .map((ordered) => {
          const tokensWithText = ordered.map((t, i) => `${literals[i] ?? ''}${t}`);
          return tokensWithText.join('') + (literals[ordered.length] ?? '');
        }),
    )
    .filter((f) => validateNumberFormat(f) === null);

  it('gives distinct numbers to distinct running numbers (any valid format)', () => {
    fc.assert(
      fc.property(format, distinctPair, dateIn2026, dateIn2026, (f, [a, b], dateA, dateB) => {
        expect(formatRegisterNumber(f, a, dateA)).not.toBe(formatRegisterNumber(f, b, dateB));
      }),
      { numRuns: 500 },
    );
  });
});
