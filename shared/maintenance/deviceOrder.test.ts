import { describe, expect, it } from 'vitest';
import { compareDeviceRows } from './deviceOrder';

const row = (ruangan: string, nama: string, nup: string, kodeBmn = '3.10.02.01.003') => ({
  ruangan,
  nama,
  nup,
  kodeBmn,
});

describe('compareDeviceRows', () => {
  it('lists by room, then model, then NUP as a number', () => {
    const rows = [
      row('Ruang Sidang II', 'PC Lenovo', '10'),
      row('Kesekretariatan', 'Printer Epson', '2'),
      row('Ruang Sidang II', 'PC Lenovo', '9'),
      row('Kesekretariatan', 'Printer Epson', '11'),
      row('Kesekretariatan', 'PC Lenovo', '3'),
    ];
    expect([...rows].sort(compareDeviceRows).map((r) => `${r.ruangan}/${r.nama}/${r.nup}`)).toEqual(
      [
        'Kesekretariatan/PC Lenovo/3',
        'Kesekretariatan/Printer Epson/2',
        'Kesekretariatan/Printer Epson/11',
        'Ruang Sidang II/PC Lenovo/9',
        'Ruang Sidang II/PC Lenovo/10',
      ],
    );
  });
});
