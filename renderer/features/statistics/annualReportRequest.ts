import { toIsoDate } from '../../../shared/format/date';
import type { Office } from '../../../shared/office/office';
import type { PaperSizeId } from '../../../shared/pdf/paper';
import type { Signer } from '../../../shared/pdf/signer';
import type { AnnualReportRequest } from '../../../shared/statistics/annualReportSchema';
import { periodRange, type StatPeriod } from '../../../shared/statistics/period';
import { programTables } from '../../../shared/statistics/policyStats';
import { securityTables } from '../../../shared/statistics/securityStats';
import { statisticsFor } from '../../../shared/statistics/statistics';
import { headline, statisticsTables } from '../../../shared/statistics/tables';
import { contentTables, websiteTables } from '../../../shared/statistics/websiteStats';
import type { MejaDatabase } from '../../db/database';
import type { PersonRow } from '../../db/rows';
import { listPeople, readCurrentUser } from '../people/public';
import { publishedForReport } from '../content/public';
import { programForReport } from '../policy/public';
import { signerOf } from '../requests/public';
import { listBackups, listNetworkChecks, listUats, readBackupItems } from '../security/public';
import { readActiveProcedure } from '../sop/public';
import { websiteForReport } from '../website/public';
import type { StatisticsData } from './statisticsData';

/** The annual report covers the quarter shown, or else the year of the period shown. */
export function annualPeriodOf(period: StatPeriod): StatPeriod {
  return period.jenis === 'triwulan' ? period : { jenis: 'tahun', tahun: period.tahun, ke: 1 };
}

/** A signer nobody is set for yet: a dotted name to fill in by hand. */
const blank = (jabatan: string): Signer => ({ jabatan, nama: '.'.repeat(40), nip: '' });

function withRole(people: readonly PersonRow[], role: PersonRow['roles'][number]) {
  return signerOf(people.find((p) => p.aktif && p.roles.includes(role)));
}

/** The print request of the Laporan Tahunan TI for `period` (a year or a quarter). */
export async function annualReportRequest(
  db: MejaDatabase,
  data: StatisticsData,
  office: Office,
  period: StatPeriod,
  now: Date,
  paper: PaperSizeId,
): Promise<AnnualReportRequest> {
  const stats = statisticsFor(data.prepared, data.other, period);
  const range = periodRange(period);
  const days = Math.round((range.toMs - range.fromMs) / 86_400_000);
  const security = securityTables(
    range,
    await listNetworkChecks(db),
    await listUats(db),
    await readBackupItems(db),
    await listBackups(db),
    days,
  );
  const people = await listPeople(db);
  const current = await readCurrentUser(db);
  const dibuat = signerOf(people.find((p) => p.id === current && p.aktif));
  const active = await readActiveProcedure(db, 'B');
  const sop = active
    ? [active.entry.document.nomor, active.entry.document.judul].filter(Boolean).join(' ')
    : '';
  return {
    kind: 'laporanTahunan',
    office,
    paper,
    printedAt: now.toISOString(),
    periode: period,
    tanggalLaporan: toIsoDate(now),
    ringkasan: headline(stats),
    sop,
    tabel: [
      ...statisticsTables(stats),
      ...security,
      ...programTables(await programForReport(db, period.tahun), period),
      ...websiteTables(await websiteForReport(db), range),
      ...contentTables(await publishedForReport(db), range),
    ],
    penandatangan: {
      dibuat: dibuat ?? blank('Pranata Komputer'),
      diperiksa: withRole(people, 'kasubag') ?? blank('Kepala Subbagian PTIP'),
      mengetahui: withRole(people, 'sekretaris') ?? blank('Sekretaris'),
    },
  };
}
