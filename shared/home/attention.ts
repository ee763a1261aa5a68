import type { Condition } from '../devices/schema';
import type { DueList } from '../maintenance/schedule';
import { stepPermission, type ActorRoleMap, type ActorPerson } from '../office/stepActors';
import type { Delegation } from '../office/delegation';
import type { Procedure } from '../sop/schema';
import { backupStatus } from '../security/backupStatus';
import type { BackupItem } from '../security/schema';
import { renewalLabel, type RenewalDue } from '../website/renewals';

/**
 * What the home screen ("Perlu perhatian") lists: each line counts one kind of work waiting
 * and names the screen where it is done. Counting is kept here, pure, so the lines are
 * tested without a database; a line with nothing to count is left out, so a fresh install
 * (nothing recorded yet) lists nothing.
 */

/** Where a line leads, with the filter the target screen starts from. */
export type AttentionTarget =
  | { page: 'permintaan'; filter: { tahap: 'berjalan'; terlambatSaja?: boolean } }
  | { page: 'jadwal' }
  | { page: 'perangkat'; filter: { kondisi: Condition } }
  | { page: 'pengamanan' }
  | { page: 'sinkronisasi' }
  | { page: 'kebijakan' }
  | { page: 'konten'; filter?: { tab: 'papan' | 'wajib' } }
  | { page: 'website'; filter?: { tab: 'layanan' | 'siklus' } };

export interface AttentionLine {
  key: string;
  text: string;
  count: number;
  /** red: overdue or broken; orange: due soon or waiting. */
  color: 'red' | 'orange';
  target: AttentionTarget;
}

/** An open request, as far as "who does its next step" needs it. */
export interface OpenRequestRef {
  id: string;
  sopKey: string;
  langkahTerakhir: number;
}

export interface StepAuthorityData {
  people: readonly ActorPerson[];
  delegations: readonly Delegation[];
  mapping: ActorRoleMap;
}

/**
 * The open requests whose next step the user may record (holding its actor's role, or as
 * Plh./Plt. of one who does) on `day` ('YYYY-MM-DD'). Nobody signed in: none.
 */
export function requestsWaitingFor(
  userId: string | null,
  open: readonly OpenRequestRef[],
  procedures: ReadonlyMap<string, Pick<Procedure, 'steps' | 'actors'>>,
  authority: StepAuthorityData,
  day: string,
): string[] {
  if (!userId) return [];
  const mine: string[] = [];
  for (const r of open) {
    const procedure = procedures.get(r.sopKey);
    const step = procedure?.steps.find((s) => s.no === r.langkahTerakhir + 1);
    if (!procedure || !step) continue;
    const permission = stepPermission({ procedure, step, userId, day, ...authority });
    if (permission.kind !== 'refused') mine.push(r.id);
  }
  return mine;
}

/**
 * Backup items the office has set up that are late: an item counts once the office saved
 * its own list of items or recorded a backup of it; the built-in suggestions alone never
 * warn (a fresh install has nothing it could act on).
 */
export function lateBackupItems(
  items: readonly BackupItem[],
  backups: readonly { itemId: string; tanggal: string }[],
  today: string,
  itemsSaved: boolean,
): BackupItem[] {
  const recorded = new Set(backups.map((b) => b.itemId));
  return backupStatus(items, backups, today)
    .filter((s) => s.terlambat && (itemsSaved || recorded.has(s.item.id)))
    .map((s) => s.item);
}

export interface AttentionCounts {
  /** Open requests whose next step waits for the user. */
  mySteps: number;
  /** Steps of the Rencana Program TI (SOP A) the user may record next. */
  myPolicySteps: number;
  openRequests: number;
  lateRequests: number;
  maintenance: Pick<DueList, 'terlewat' | 'jatuhTempo' | 'akanDatang'>;
  devices: Record<Condition, number>;
  lateBackups: number;
  quarantined: number;
  /** Steps of website content items (SOP E) the user may record next. */
  myContentSteps: number;
  /** Steps of the month's website upkeep (SOP F) the user may record next. */
  myWebsiteSteps: number;
  /** The office's websites and services whose contract ends within 60 days, or has ended. */
  renewals: readonly RenewalDue[];
  /** Mandatory information on the website not updated within its period. */
  staleInfo: number;
}

/** Device counts by condition, active devices only. */
export function devicesByCondition(
  devices: readonly { kondisi: Condition; aktif: boolean }[],
): Record<Condition, number> {
  const out: Record<Condition, number> = { baik: 0, rusakRingan: 0, rusakBerat: 0 };
  for (const d of devices) if (d.aktif) out[d.kondisi]++;
  return out;
}

/** The lines of "Perlu perhatian", most pressing first; none when nothing waits. */
export function attentionLines(c: AttentionCounts): AttentionLine[] {
  const lines: AttentionLine[] = [];
  const add = (line: AttentionLine) => {
    if (line.count > 0) lines.push(line);
  };
  add({
    key: 'langkahSaya',
    count: c.mySteps,
    text: `${c.mySteps} permintaan menunggu langkah Anda`,
    color: 'orange',
    target: { page: 'permintaan', filter: { tahap: 'berjalan' } },
  });
  add({
    key: 'langkahKebijakan',
    count: c.myPolicySteps,
    text: `${c.myPolicySteps} langkah Kebijakan TI (Rencana Program TI) menunggu Anda`,
    color: 'orange',
    target: { page: 'kebijakan' },
  });
  add({
    key: 'langkahKonten',
    count: c.myContentSteps,
    text: `${c.myContentSteps} langkah Konten Website menunggu Anda`,
    color: 'orange',
    target: { page: 'konten' },
  });
  add({
    key: 'langkahWebsite',
    count: c.myWebsiteSteps,
    text: `${c.myWebsiteSteps} langkah Pemeliharaan Website menunggu Anda`,
    color: 'orange',
    target: { page: 'website', filter: { tab: 'siklus' } },
  });
  for (const due of c.renewals) {
    add({
      key: `perpanjangan-${due.id}`,
      count: 1,
      text: renewalLabel(due),
      // Ended, or within the last week: red; within 60 or 30 days: orange.
      color: due.kedaluwarsa || due.ambang === 7 ? 'red' : 'orange',
      target: { page: 'website', filter: { tab: 'layanan' } },
    });
  }
  add({
    key: 'permintaanTerlambat',
    count: c.lateRequests,
    text: `${c.lateRequests} permintaan dalam proses terlambat dari waktu standar SOP`,
    color: 'red',
    target: { page: 'permintaan', filter: { tahap: 'berjalan', terlambatSaja: true } },
  });
  add({
    key: 'permintaanTerbuka',
    count: c.openRequests,
    text: `${c.openRequests} permintaan dalam proses`,
    color: 'orange',
    target: { page: 'permintaan', filter: { tahap: 'berjalan' } },
  });
  add({
    key: 'pemeliharaanTerlewat',
    count: c.maintenance.terlewat.length,
    text: `${c.maintenance.terlewat.length} jadwal pemeliharaan terlewat dan belum dicatat`,
    color: 'red',
    target: { page: 'jadwal' },
  });
  const thisWeek = c.maintenance.jatuhTempo.length + c.maintenance.akanDatang.length;
  add({
    key: 'pemeliharaanMingguIni',
    count: thisWeek,
    text: `${thisWeek} jadwal pemeliharaan jatuh tempo dalam 7 hari`,
    color: 'orange',
    target: { page: 'jadwal' },
  });
  add({
    key: 'rusakBerat',
    count: c.devices.rusakBerat,
    text: `${c.devices.rusakBerat} perangkat rusak berat`,
    color: 'red',
    target: { page: 'perangkat', filter: { kondisi: 'rusakBerat' } },
  });
  add({
    key: 'rusakRingan',
    count: c.devices.rusakRingan,
    text: `${c.devices.rusakRingan} perangkat rusak ringan`,
    color: 'orange',
    target: { page: 'perangkat', filter: { kondisi: 'rusakRingan' } },
  });
  add({
    key: 'cadanganTerlambat',
    count: c.lateBackups,
    text: `${c.lateBackups} data terlambat dicadangkan`,
    color: 'red',
    target: { page: 'pengamanan' },
  });
  add({
    key: 'informasiWajib',
    count: c.staleInfo,
    text: `${c.staleInfo} informasi wajib di website belum diperbarui`,
    color: 'orange',
    target: { page: 'konten', filter: { tab: 'wajib' } },
  });
  add({
    key: 'karantina',
    count: c.quarantined,
    text: `${c.quarantined} berkas sinkronisasi dikarantina`,
    color: 'orange',
    target: { page: 'sinkronisasi' },
  });
  return lines;
}

export interface TodayFigures {
  diterima: number;
  selesai: number;
  dalamProses: number;
}

/** Today's requests at a glance: received and finished on `today`, and open now. */
export function todayFigures(
  requests: readonly {
    diterimaPada: string;
    selesaiPada: string | null;
    status: 'berjalan' | 'ditolak' | 'selesai';
    /** A cancelled request (Dibatalkan) is no longer in process. */
    pembatalan?: unknown;
  }[],
  today: string,
  dayOf: (iso: string) => string,
): TodayFigures {
  const out: TodayFigures = { diterima: 0, selesai: 0, dalamProses: 0 };
  for (const r of requests) {
    if (dayOf(r.diterimaPada) === today) out.diterima++;
    if (r.selesaiPada && r.status !== 'berjalan' && dayOf(r.selesaiPada) === today) out.selesai++;
    if (r.status === 'berjalan' && r.pembatalan == null) out.dalamProses++;
  }
  return out;
}
