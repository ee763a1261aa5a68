import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldValueText, valueText } from './fieldLabels';

describe('values in the history', () => {
  it('shows a time as Indonesians write it, a reason and a requester by what they say', () => {
    expect(valueText('2026-11-23T02:00:00.000Z')).toMatch(/^23 November 2026 \d\d\.00$/);
    expect(valueText({ alasan: 'Unit salah pilih', olehPersonId: 'p1', pada: 'x' })).toBe(
      'Unit salah pilih',
    );
    expect(valueText({ personId: null, nama: 'Siti', unitNama: 'Kepaniteraan' })).toBe(
      'Siti, Kepaniteraan',
    );
    expect(valueText('2026-11-23')).toBe('2026-11-23');
    expect(valueText([{ nomor: '001/PLTI/XI/2026', jenis: 'final' }])).toBe('001/PLTI/XI/2026');
    expect(valueText(null)).toBe('—');
  });

  it("names a step record's fields and decision", () => {
    expect(fieldLabel('requestSteps', 'selesaiPada')).toBe('Selesai pada');
    expect(fieldLabel('requests', 'koreksi')).toBe('Alasan perubahan');
    expect(fieldValueText('requestSteps', 'keputusan', 'tolak')).toBe('Tolak');
  });
});
