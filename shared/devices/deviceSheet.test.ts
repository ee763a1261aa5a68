import { describe, expect, it } from 'vitest';
import {
  deviceSheetHeader,
  DEVICE_SHEET_COLUMNS,
  deviceSheetRow,
  MAX_SHEET_ROWS,
  parseDeviceSheet,
  typeNameKey,
  type SheetCell,
} from './deviceSheet';
import { mergeDeviceTypes } from './deviceTypes';
import type { DeviceFields } from './schema';

const HEADER = DEVICE_SHEET_COLUMNS.map((c) => c.header);
const opts = { currentYear: 2026, existing: [] };

const pc: DeviceFields = {
  jenis: 'pc',
  merek: 'HP',
  model: 'ProDesk 400 G7',
  nomorSeri: 'SGH123ABC',
  kodeBmn: '3.10.02.01.003',
  nup: '12',
  ruangan: 'Ruang Kepaniteraan',
  pengguna: 'Siti Aminah',
  tahunPerolehan: 2021,
  kondisi: 'baik',
  alamatIp: '192.168.1.21',
  catatan: '',
  aktif: true,
};

/** A row in the standard column order from a few named values. */
function row(values: Partial<Record<(typeof DEVICE_SHEET_COLUMNS)[number]['key'], SheetCell>>) {
  return DEVICE_SHEET_COLUMNS.map((c) => values[c.key] ?? null);
}
const good = row({ no: 1, jenis: 'PC', merek: 'HP', ruangan: 'Ruang Sidang', kondisi: 'Baik' });

describe('device sheet: export row', () => {
  it('writes labels, not keys, in column order, with empty text as empty cells', () => {
    expect(deviceSheetRow(pc, 3)).toEqual([
      3,
      'PC',
      'HP',
      'ProDesk 400 G7',
      'SGH123ABC',
      '3.10.02.01.003',
      '12',
      'Ruang Kepaniteraan',
      'Siti Aminah',
      2021,
      'Baik',
      '192.168.1.21',
      null,
    ]);
    expect(HEADER).toEqual([
      'No',
      'Jenis',
      'Merek',
      'Model/Tipe',
      'Nomor Seri',
      'Kode BMN',
      'NUP',
      'Ruangan',
      'Pengguna',
      'Tahun Perolehan',
      'Kondisi',
      'Alamat IP',
      'Catatan',
    ]);
  });

  it('reads its own export back as the same device', () => {
    const result = parseDeviceSheet([HEADER, deviceSheetRow(pc, 1)], opts);
    expect(result).toEqual({
      valid: [{ rowNumber: 2, device: pc }],
      errors: [],
      headerError: null,
      unknownTypes: [],
    });
  });
});

describe('device sheet: header', () => {
  it('finds the header below a title, in any order, by aliases and any case or spacing', () => {
    const rows: SheetCell[][] = [
      ['DAFTAR PERANGKAT TI'],
      [],
      ['ruang', ' KONDISI ', 'Merk', 'Tipe', 'S/N', 'Kode Barang', 'nup', 'Tahun', 'IP', 'jenis'],
      [
        'Ruang Kepaniteraan',
        'B',
        'HP',
        'ProDesk 400 G7',
        'SGH123ABC',
        '3.10.02.01.003',
        12,
        2021,
        '192.168.1.21',
        'Komputer',
      ],
    ];
    const result = parseDeviceSheet(rows, opts);
    expect(result.headerError).toBeNull();
    expect(result.errors).toEqual([]);
    expect(result.valid).toEqual([{ rowNumber: 4, device: { ...pc, pengguna: '', catatan: '' } }]);
  });

  it.each([
    [['Serial Number', 'No. Seri', 'Nomor Seri'], 'nomorSeri'],
    [['Model', 'Tipe', 'Model / Tipe'], 'model'],
    [['Lokasi', 'Ruang'], 'ruangan'],
  ] as const)('accepts %j for one column', (names, key) => {
    for (const name of names) {
      const base = ['Jenis', 'Merek', 'Kondisi'];
      const value = key === 'ruangan' ? 'Ruang Server' : 'ABC-1';
      const rows: SheetCell[][] =
        key === 'ruangan'
          ? [
              [...base, name],
              ['Switch', 'TP-Link', 'Baik', value],
            ]
          : [
              [...base, 'Ruangan', name],
              ['Switch', 'TP-Link', 'Baik', 'Ruang Server', value],
            ];
      const result = parseDeviceSheet(rows, opts);
      expect(result.headerError).toBeNull();
      expect(result.valid[0]?.device[key]).toBe(value);
    }
  });

  it('names the missing required columns and reads no rows', () => {
    expect(
      parseDeviceSheet(
        [
          ['No', 'Jenis', 'Ruangan', 'Kondisi'],
          ['1', 'PC'],
        ],
        opts,
      ),
    ).toEqual({
      valid: [],
      errors: [],
      headerError: 'Kolom Merek tidak ditemukan di baris judul.',
      unknownTypes: [],
    });
    expect(parseDeviceSheet([['Jenis', 'Ruangan']], opts).headerError).toBe(
      'Kolom Merek dan Kondisi tidak ditemukan di baris judul.',
    );
  });

  it('gives up when no header is in the first 10 rows', () => {
    const rows: SheetCell[][] = [...Array.from({ length: 10 }, () => ['judul']), HEADER, good];
    expect(parseDeviceSheet(rows, opts).headerError).toMatch(
      /^Baris judul tidak ditemukan di 10 baris pertama.*Jenis, Merek, Ruangan dan Kondisi\.$/,
    );
    expect(parseDeviceSheet([], opts).headerError).not.toBeNull();
  });
});

describe('device sheet: rows', () => {
  it('skips empty rows, including ones with only a running number', () => {
    const rows = [HEADER, [], [null, '  ', null], good, row({ no: 2 }), good.map(() => '')];
    expect(parseDeviceSheet(rows, opts)).toMatchObject({
      valid: [{ rowNumber: 4 }],
      errors: [],
    });
  });

  it('matches Jenis and Kondisi by label, key or alias, in any case', () => {
    const cases: Array<[string, string, DeviceFields['jenis'], DeviceFields['kondisi']]> = [
      ['pc desktop', 'baik', 'pc', 'baik'],
      ['NOTEBOOK', 'RR', 'laptop', 'rusakRingan'],
      ['AP', 'rb', 'accessPoint', 'rusakBerat'],
      ['Wifi', 'Rusak Ringan', 'accessPoint', 'rusakRingan'],
      ['access point', 'RUSAK BERAT', 'accessPoint', 'rusakBerat'],
      ['ups', 'B', 'ups', 'baik'],
    ];
    for (const [jenis, kondisi, j, k] of cases) {
      const result = parseDeviceSheet(
        [HEADER, row({ jenis, kondisi, merek: 'X', ruangan: 'R' })],
        opts,
      );
      expect(result.valid[0]?.device).toMatchObject({ jenis: j, kondisi: k });
    }
  });

  it("offers a type the office lacks, takes the office's own types and the chosen mapping", () => {
    const rows = [
      HEADER,
      row({ jenis: 'Mesin Antrian', merek: 'A', ruangan: 'Lobi', kondisi: 'Baik' }),
      row({ jenis: 'mesin antrian', merek: 'B', ruangan: 'Lobi', kondisi: 'Baik' }),
      row({ jenis: 'Kiosk', merek: 'C', ruangan: 'PTSP', kondisi: 'Baik' }),
      row({ jenis: 'Fingerprint', merek: 'D', ruangan: 'Lobi', kondisi: 'Baik' }),
    ];
    const types = mergeDeviceTypes([{ id: 'fingerprint', nama: 'Fingerprint' }]);
    const first = parseDeviceSheet(rows, { ...opts, types });
    // Unknown names are listed once each, as first written; their rows wait for a choice.
    expect(first.unknownTypes).toEqual(['Mesin Antrian', 'Kiosk']);
    expect(first.valid.map((v) => v.device.jenis)).toEqual(['fingerprint']);
    expect(first.errors.map((e) => e.rowNumber)).toEqual([2, 3, 4]);

    const chosen = parseDeviceSheet(rows, {
      ...opts,
      types,
      typeChoices: { [typeNameKey('Mesin Antrian')]: 'mesinAntrian', kiosk: 'pc' },
    });
    expect(chosen.unknownTypes).toEqual(['Mesin Antrian', 'Kiosk']);
    expect(chosen.errors).toEqual([]);
    expect(chosen.valid.map((v) => v.device.jenis)).toEqual([
      'mesinAntrian',
      'mesinAntrian',
      'pc',
      'fingerprint',
    ]);
  });

  it('reports an unknown Jenis or Kondisi with the values it accepts', () => {
    const result = parseDeviceSheet(
      [HEADER, row({ jenis: 'Tablet', merek: 'X', ruangan: 'R', kondisi: 'Hilang' })],
      opts,
    );
    expect(result.valid).toEqual([]);
    expect(result.errors).toEqual([
      {
        rowNumber: 2,
        messages: [
          'Jenis: "Tablet" belum ada di daftar jenis. Tambahkan atau pilih padanannya di atas, atau isi salah satu: PC, Laptop, Printer, Scanner, Server, Switch, Router, Access Point, UPS, CCTV, Lainnya.',
          'Kondisi: "Hilang" tidak dikenal. Isi Baik, Rusak Ringan atau Rusak Berat.',
        ],
      },
    ]);
  });

  it('prefixes schema messages with the column and keeps the good rows', () => {
    const rows = [
      HEADER,
      good,
      row({ jenis: 'PC', merek: 'HP', ruangan: 'R', kondisi: 'Baik', tahunPerolehan: 2099 }),
      row({ jenis: 'PC', merek: '', ruangan: '', kondisi: 'Baik', alamatIp: '192.168.1' }),
      row({ jenis: 'PC', merek: 'HP', ruangan: 'R', kondisi: 'Baik', tahunPerolehan: 'lama' }),
      row({ jenis: 'PC', merek: 'HP', ruangan: 'R', kondisi: 'Baik', nup: 'A1', kodeBmn: '3-10' }),
      good,
    ];
    const result = parseDeviceSheet(rows, opts);
    expect(result.valid.map((v) => v.rowNumber)).toEqual([2, 7]);
    expect(result.errors).toEqual([
      {
        rowNumber: 3,
        messages: ['Tahun Perolehan: Tahun perolehan tidak boleh di masa depan.'],
      },
      {
        rowNumber: 4,
        messages: [
          'Merek: Merek wajib diisi.',
          'Ruangan: Ruangan wajib diisi.',
          'Alamat IP: Alamat IP tidak valid (contoh 192.168.1.10).',
        ],
      },
      { rowNumber: 5, messages: ['Tahun Perolehan: Tahun perolehan berupa angka.'] },
      {
        rowNumber: 6,
        messages: [
          'Kode BMN: Kode BMN berupa angka bertitik, misalnya 3.10.02.01.003.',
          'NUP: NUP berupa angka.',
        ],
      },
    ]);
  });

  it('takes numbers as numbers or numeric text, and a date as its year', () => {
    const base = { jenis: 'Printer', merek: 'Epson', ruangan: 'R', kondisi: 'Baik' };
    const rows = [
      HEADER,
      row({ ...base, nup: 12, kodeBmn: 3, tahunPerolehan: '2019' }),
      row({ ...base, nup: '007', tahunPerolehan: 2020.0 }),
      row({ ...base, tahunPerolehan: new Date(Date.UTC(2018, 4, 1)) }),
      row({ ...base, tahunPerolehan: 2019.5 }),
    ];
    const result = parseDeviceSheet(rows, opts);
    expect(
      result.valid.map((v) => [v.device.kodeBmn, v.device.nup, v.device.tahunPerolehan]),
    ).toEqual([
      ['3', '12', 2019],
      ['', '007', 2020],
      ['', '', 2018],
    ]);
    expect(result.errors).toEqual([
      { rowNumber: 5, messages: ['Tahun Perolehan: Tahun perolehan berupa angka.'] },
    ]);
  });

  it('refuses a BMN code and NUP, or a serial number, given twice in the file', () => {
    const item = { jenis: 'Switch', merek: 'TP-Link', ruangan: 'Ruang Server', kondisi: 'Baik' };
    const rows = [
      HEADER,
      row({ ...item, kodeBmn: '3.10.02.01.003', nup: '12' }),
      row({ ...item, kodeBmn: '3.10.02.01.003', nup: '13', nomorSeri: 'abc1' }),
      row({ ...item, kodeBmn: '3.10.02.01.003', nup: 12 }),
      row({ ...item, nomorSeri: 'ABC1' }),
      // Only one half of the BMN identity: not a duplicate.
      row({ ...item, kodeBmn: '3.10.02.01.003' }),
      row({ ...item, nup: '12' }),
    ];
    const result = parseDeviceSheet(rows, opts);
    expect(result.valid.map((v) => v.rowNumber)).toEqual([2, 3, 6, 7]);
    expect(result.errors).toEqual([
      { rowNumber: 4, messages: ['Kode BMN 3.10.02.01.003 NUP 12 sudah ada (baris 2).'] },
      { rowNumber: 5, messages: ['Nomor Seri ABC1 sudah ada (baris 3).'] },
    ]);
  });

  it('refuses what the inventory already holds', () => {
    const existing = [{ id: 'd1', kodeBmn: '3.10.02.01.003', nup: '12', nomorSeri: 'SGH123ABC' }];
    const rows = [
      HEADER,
      row({
        jenis: 'PC',
        merek: 'HP',
        ruangan: 'R',
        kondisi: 'Baik',
        kodeBmn: '3.10.02.01.003',
        nup: '012',
      }),
      row({ jenis: 'PC', merek: 'HP', ruangan: 'R', kondisi: 'Baik', nomorSeri: 'sgh123abc' }),
    ];
    expect(parseDeviceSheet(rows, { currentYear: 2026, existing }).errors).toEqual([
      {
        rowNumber: 2,
        messages: ['Kode BMN 3.10.02.01.003 NUP 012 sudah terdaftar di inventaris.'],
      },
      { rowNumber: 3, messages: ['Nomor Seri sgh123abc sudah terdaftar di inventaris.'] },
    ]);
  });

  it('does not let a bad row claim its BMN code', () => {
    const rows = [
      HEADER,
      row({ jenis: 'PC', merek: 'HP', ruangan: 'R', kondisi: 'Hilang', kodeBmn: '3.1', nup: '1' }),
      row({ jenis: 'PC', merek: 'HP', ruangan: 'R', kondisi: 'Baik', kodeBmn: '3.1', nup: '1' }),
    ];
    const result = parseDeviceSheet(rows, opts);
    expect(result.valid.map((v) => v.rowNumber)).toEqual([3]);
    expect(result.errors.map((e) => e.rowNumber)).toEqual([2]);
  });

  it(`reads at most ${MAX_SHEET_ROWS} data rows`, () => {
    const rows = [HEADER, ...Array.from({ length: MAX_SHEET_ROWS + 3 }, () => good)];
    const result = parseDeviceSheet(rows, opts);
    expect(result.valid).toHaveLength(MAX_SHEET_ROWS);
    expect(result.errors).toEqual([
      {
        rowNumber: MAX_SHEET_ROWS + 2,
        messages: [
          expect.stringMatching(/^Paling banyak 5000 baris data sekali impor: baris 5002/),
        ],
      },
    ]);
  });
});

describe('device sheet with columns chosen by the office', () => {
  const simak = [
    ['DAFTAR BARANG INVENTARIS (SIMAK-BMN)'],
    ['Kode Barang', 'NUP', 'Uraian Barang', 'Merk/Type', 'Kondisi Barang', 'Ruang Penempatan'],
    ['3.10.02.01.003', 7, 'Printer', 'Epson L3110', 'Baik', 'Ruang PTSP'],
  ];
  const mapping = {
    jenis: 'Uraian Barang',
    merek: 'Merk/Type',
    kondisi: 'kondisi barang',
    ruangan: 'Ruang Penempatan',
  } as const;

  it('refuses the headings it does not know, then reads them once mapped', () => {
    expect(parseDeviceSheet(simak, { currentYear: 2026, existing: [] }).headerError).toMatch(
      /tidak ditemukan/,
    );
    const parsed = parseDeviceSheet(simak, { currentYear: 2026, existing: [], mapping });
    expect(parsed.headerError).toBeNull();
    expect(parsed.errors).toEqual([]);
    expect(parsed.valid[0]?.device).toMatchObject({
      jenis: 'printer',
      merek: 'Epson L3110',
      kodeBmn: '3.10.02.01.003',
      nup: '7',
      ruangan: 'Ruang PTSP',
      kondisi: 'baik',
    });
  });

  it('names the heading row and the heading each field reads', () => {
    const header = deviceSheetHeader(simak, mapping);
    expect(header.index).toBe(1);
    expect(header.chosen).toEqual({
      kodeBmn: 'Kode Barang',
      nup: 'NUP',
      jenis: 'Uraian Barang',
      merek: 'Merk/Type',
      kondisi: 'Kondisi Barang',
      ruangan: 'Ruang Penempatan',
    });
    expect(deviceSheetHeader(simak).chosen.jenis).toBeUndefined();
  });
});
