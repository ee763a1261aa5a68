import { describe, expect, it } from 'vitest';
import { readGuide, searchGuides } from './guide';

const guides = [
  readGuide('perangkat', '# Perangkat TI\n\n## Isian\n- **Kode BMN**: kode barang milik negara.\n'),
  readGuide('jadwal', '# Jadwal Pemeliharaan\n\nPemeliharaan perangkat setiap minggu.\n'),
  readGuide('kantor', '# Pengaturan Kantor\n\nKop surat dan kertas F4.\n'),
];

describe('guides', () => {
  it('take their title from the first heading', () => {
    expect(guides.map((g) => g.title)).toEqual([
      'Perangkat TI',
      'Jadwal Pemeliharaan',
      'Pengaturan Kantor',
    ]);
  });

  it('are found by every word of the query, in any case, with the lines that hold it', () => {
    const hits = searchGuides(guides, 'bmn  KODE');
    expect(hits.map((h) => h.guide.id)).toEqual(['perangkat']);
    expect(hits[0]?.lines).toEqual(['Kode BMN: kode barang milik negara.']);
    expect(searchGuides(guides, 'kop surat f4').map((h) => h.guide.id)).toEqual(['kantor']);
    expect(searchGuides(guides, 'kop printer')).toEqual([]);
  });

  it('list those with the word in the title first', () => {
    expect(searchGuides(guides, 'perangkat').map((h) => h.guide.id)).toEqual([
      'perangkat',
      'jadwal',
    ]);
  });

  it('are all listed for an empty query', () => {
    expect(searchGuides(guides, '  ')).toHaveLength(3);
  });
});
