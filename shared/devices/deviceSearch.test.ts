import { describe, expect, it } from 'vitest';
import { deviceIdentityLine, deviceMatches, deviceSearchText } from './deviceSearch';

const printer = {
  jenis: 'printer',
  merek: 'Epson',
  model: 'L3110',
  ruangan: 'Ruang PTSP',
  kodeBmn: '3.10.02.01.003',
  nup: '12',
  nomorSeri: 'X5YZ123456',
  alamatIp: '192.168.1.25',
  pengguna: 'Siti Aminah',
} as const;

describe('device picker search', () => {
  const text = deviceSearchText(printer);
  it.each([
    ['3.10.02.01.003', true],
    ['x5yz123', true],
    ['192.168.1.25', true],
    ['siti', true],
    ['epson ptsp', true],
    ['3.10.02.01.003 / 12', true],
    ['canon', false],
    ['192.168.1.26', false],
  ])('"%s" finds it: %s', (query, found) => {
    expect(deviceMatches(text, query)).toBe(found);
  });

  it('shows serial number, IP and user under the name', () => {
    expect(deviceIdentityLine(printer)).toBe(
      'SN X5YZ123456 · IP 192.168.1.25 · Pengguna: Siti Aminah',
    );
    expect(deviceIdentityLine({ nomorSeri: '', alamatIp: '', pengguna: '' })).toBe('');
  });
});
