import type { ProgramForReport } from '../../../shared/statistics/policyStats';
import type { MejaDatabase } from '../../db/database';
import { listPeople } from '../people/public';
import { listProgramItems } from './policyStore';
import { listPrograms } from './programSteps';

/**
 * The year's Rencana Program TI for the annual report: the adopted one if any, else the one
 * still being drafted (a refused programme is not the year's plan); null when there is none.
 */
export async function programForReport(
  db: MejaDatabase,
  tahun: number,
): Promise<ProgramForReport | null> {
  const ofYear = (await listPrograms(db)).filter((p) => p.tahun === tahun);
  const program =
    ofYear.find((p) => p.status === 'ditetapkan') ?? ofYear.find((p) => p.status === 'disusun');
  if (!program) return null;
  const names = new Map((await listPeople(db)).map((p) => [p.id, p.nama]));
  const items = await listProgramItems(db, program.id);
  return {
    tahun,
    status: program.status,
    items: items.map((i) => ({
      program: i.program,
      triwulan: i.triwulan,
      perkiraanBiaya: i.perkiraanBiaya,
      realisasiBiaya: i.realisasiBiaya,
      status: i.status,
      penanggungJawab: names.get(i.penanggungJawabId) ?? '-',
    })),
  };
}
