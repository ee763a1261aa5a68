import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HARI_KERJA_MENIT,
  WaktuParseError,
  mutuBakuSchema,
  parseDurasi,
  parseWaktu,
  sameMutuBaku,
  type MutuBaku,
  type WaktuMode,
} from './waktu';

function tryParse(text: string, mode: WaktuMode): MutuBaku | WaktuParseError {
  try {
    return parseWaktu(text, mode);
  } catch (e) {
    if (e instanceof WaktuParseError) return e;
    throw e;
  }
}

describe('parseWaktu, duration mode', () => {
  it.each([
    ['10 menit', 10],
    ['10 Menit', 10],
    ['5 menit', 5],
    ['2 jam', 120],
    ['1 Jam', 60],
    ['1 hari', 450],
    ['1 Hari', 450],
    ['1jam', 60],
    ['  3   jam ', 180],
  ])('reads "%s" as %i minutes', (text, minutes) => {
    expect(parseWaktu(text, 'duration')).toEqual({ kind: 'duration', minutes });
  });

  it('counts a working day as 450 minutes', () => {
    expect(HARI_KERJA_MENIT).toBe(450);
  });

  it.each([
    ['15 - 30 Menit', 15, 30],
    ['1 Jam-3 Hari', 60, 1350],
    ['1jam - 3hari', 60, 1350],
    ['30 menit – 2 jam', 30, 120],
  ])('reads "%s" as the range %i..%i minutes', (text, minMinutes, maxMinutes) => {
    expect(parseWaktu(text, 'duration')).toEqual({ kind: 'range', minMinutes, maxMinutes });
  });

  it('reads "30 setiap bulan" as monthly on day 30', () => {
    expect(parseWaktu('30 setiap bulan', 'duration')).toEqual({ kind: 'monthlyOnDay', day: 30 });
    expect(parseWaktu('30 setiap\nbulan', 'hariKe')).toEqual({ kind: 'monthlyOnDay', day: 30 });
  });

  it('reads an empty cell as no time', () => {
    expect(parseWaktu('', 'duration')).toEqual({ kind: 'none' });
    expect(parseWaktu('  ', 'hariKe')).toEqual({ kind: 'none' });
    expect(parseWaktu('-', 'duration')).toEqual({ kind: 'none' });
  });
});

describe('parseWaktu, "Hari ke" mode', () => {
  it.each([
    ['1', 1],
    ['5', 5],
    [' 3 ', 3],
    ['Hari ke 2', 2],
  ])('reads "%s" as day %i', (text, day) => {
    expect(parseWaktu(text, 'hariKe')).toEqual({ kind: 'dayNumber', day });
  });

  it('does not take a duration for a day number', () => {
    expect(() => parseWaktu('2 jam', 'hariKe')).toThrow(WaktuParseError);
    expect(() => parseWaktu('0', 'hariKe')).toThrow(WaktuParseError);
  });
});

describe('parseWaktu rejects what it cannot read', () => {
  it.each([
    'segera',
    '10',
    '10 detik',
    'jam 10',
    '0 menit',
    '30 - 15 menit',
    '3 hari - 1 jam',
    '1 - 2 - 3 jam',
    '15 - 1 jam 30 menit',
    '32 setiap bulan',
    'lima menit',
  ])('throws for "%s"', (text) => {
    expect(() => parseWaktu(text, 'duration')).toThrow(WaktuParseError);
  });

  it('says in Indonesian what it could not read and how to write it', () => {
    const err = tryParse('segera', 'duration');
    if (!(err instanceof WaktuParseError)) throw new Error('expected a WaktuParseError');
    expect(err.code).toBe('waktu-tidak-dikenali');
    expect(err.text).toBe('segera');
    expect(err.mode).toBe('duration');
    expect(err.message).toBe(
      'Waktu "segera" tidak dikenali: tulis seperti "10 menit", "2 jam", "1 hari", "15 - 30 menit" atau "30 setiap bulan".',
    );
  });

  it('produces only valid time standards', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 20 }),
          fc.stringMatching(/^\d{1,2} ?(menit|jam|hari)( - \d{1,2} ?(menit|jam|hari))?$/),
        ),
        fc.constantFrom('duration' as const, 'hariKe' as const),
        (text, mode) => {
          const parsed = tryParse(text, mode);
          if (parsed instanceof WaktuParseError) return;
          expect(mutuBakuSchema.safeParse(parsed).success).toBe(true);
        },
      ),
    );
  });
});

describe('parseDurasi', () => {
  it.each([
    ['1.500 menit', 1500],
    ['3 hari 2 jam 47 menit', 1517],
    ['1 hari 2 jam 25 menit', 595],
    ['9 Jam 30 Menit', 570],
    ['5 Hari 5 Jam', 2550],
    ['1,5 jam', 90],
  ])('reads "%s" as %i minutes', (text, minutes) => {
    expect(parseDurasi(text)).toBe(minutes);
  });

  it('returns null for text that is not a duration', () => {
    expect(parseDurasi('')).toBeNull();
    expect(parseDurasi('3 hari lagi')).toBeNull();
    expect(parseDurasi('15 - 30 menit')).toBeNull();
  });

  it('agrees with units for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
        expect(parseDurasi(`${n} menit`)).toBe(n);
        expect(parseDurasi(`${n} Jam`)).toBe(n * 60);
        expect(parseDurasi(`${n} hari`)).toBe(n * HARI_KERJA_MENIT);
      }),
    );
  });
});

describe('sameMutuBaku', () => {
  it('compares by kind and values', () => {
    expect(sameMutuBaku({ kind: 'duration', minutes: 10 }, { kind: 'duration', minutes: 10 })).toBe(
      true,
    );
    expect(sameMutuBaku({ kind: 'duration', minutes: 10 }, { kind: 'duration', minutes: 15 })).toBe(
      false,
    );
    expect(sameMutuBaku({ kind: 'dayNumber', day: 1 }, { kind: 'monthlyOnDay', day: 1 })).toBe(
      false,
    );
    expect(sameMutuBaku({ kind: 'none' }, { kind: 'none' })).toBe(true);
  });
});
