import {
  PROGRAM_ITEM_STATUS_LABELS,
  PROGRAM_STATUS_LABELS,
  type ProgramItemStatus,
  type ProgramStatus,
} from '../policy/schema';
import { toRoman } from '../format/roman';

const rupiah = (n: number) => n.toLocaleString('id-ID');
import { periodMonths, type StatPeriod } from './period';
import type { StatTable } from './tables';

/** A year's Rencana Program TI as the annual report needs it (SOP A). */
export interface ProgramForReport {
  tahun: number;
  status: ProgramStatus;
  items: readonly {
    program: string;
    triwulan: readonly number[];
    perkiraanBiaya: number;
    realisasiBiaya: number | null;
    status: ProgramItemStatus;
    penanggungJawab: string;
  }[];
}

/** The quarters (1..4) a period touches. */
function quartersOf(period: StatPeriod): Set<number> {
  const { first, last } = periodMonths(period);
  const out = new Set<number>();
  for (let m = first; m <= last; m++) out.add(Math.ceil(m / 3));
  return out;
}

/**
 * The programme of SOP A and its realisation for the report's period: the programmes of
 * the year planned in the period's quarters, each with its estimate, what was spent and
 * where it stands, the totals in the title. No programme for the year: no table.
 */
export function programTables(program: ProgramForReport | null, period: StatPeriod): StatTable[] {
  if (!program || program.tahun !== period.tahun) return [];
  const quarters = quartersOf(period);
  const items = program.items.filter((i) => i.triwulan.some((q) => quarters.has(q)));
  const planned = items.reduce((sum, i) => sum + i.perkiraanBiaya, 0);
  const spent = items.reduce((sum, i) => sum + (i.realisasiBiaya ?? 0), 0);
  const done = items.filter((i) => i.status === 'selesai').length;
  return [
    {
      id: 'programTi',
      judul:
        `Rencana Program TI ${program.tahun} (${PROGRAM_STATUS_LABELS[program.status]}) dan ` +
        `realisasinya: ${done} dari ${items.length} program selesai; perkiraan biaya ` +
        `Rp${rupiah(planned)}, realisasi Rp${rupiah(spent)}`,
      kolom: [
        'Program',
        'Triwulan',
        'Penanggung jawab',
        'Perkiraan biaya (Rp)',
        'Realisasi biaya (Rp)',
        'Status',
      ],
      baris: [
        ...items.map((i) => [
          i.program,
          [...i.triwulan].sort().map(toRoman).join(', '),
          i.penanggungJawab,
          i.perkiraanBiaya,
          i.realisasiBiaya,
          PROGRAM_ITEM_STATUS_LABELS[i.status],
        ]),
      ],
      grafik: { jenis: 'batang', seri: [3, 4] },
    },
  ];
}
