import { formatTanggal, fromIsoDate } from '../../../shared/format/date';
import type { StaffRole } from '../../../shared/office/roles';
import type { BackupItemStatus } from '../../../shared/security/backupStatus';
import type { NetworkStatus, RestoreTest } from '../../../shared/security/schema';
import type { PersonRow } from '../../db/rows';
import type { UatStatus } from './securityStore';

export const UAT_STATUS_LABELS: Record<UatStatus, string> = {
  menungguPertimbangan: 'Menunggu pertimbangan Kasubag',
  menungguPersetujuan: 'Menunggu persetujuan',
  disetujui: 'Disetujui',
  ditolak: 'Tidak disetujui',
};

export const UAT_STATUS_COLORS: Record<UatStatus, string> = {
  menungguPertimbangan: 'yellow',
  menungguPersetujuan: 'blue',
  disetujui: 'teal',
  ditolak: 'red',
};

export const NETWORK_STATUS_COLORS: Record<NetworkStatus, string> = {
  normal: 'teal',
  gangguan: 'orange',
  ancaman: 'red',
};

export const RESTORE_TEST_COLORS: Record<RestoreTest, string> = {
  tidak: 'gray',
  berhasil: 'teal',
  gagal: 'red',
};

/** Who may act: operators record, the Kasubag considers, leadership approves. */
export const PETUGAS_ROLES: readonly StaffRole[] = ['operator'];
export const KASUBAG_ROLES: readonly StaffRole[] = ['kasubag'];
export const PIMPINAN_ROLES: readonly StaffRole[] = ['sekretaris', 'wakilKetua', 'ketua'];

/** Active staff holding one of the roles; all active staff when no one does. */
export function staffFor(
  people: readonly PersonRow[],
  roles: readonly StaffRole[],
): { people: PersonRow[]; fallback: boolean } {
  const active = people.filter((p) => p.aktif);
  const holders = active.filter((p) => p.roles.some((r) => roles.includes(r)));
  return holders.length ? { people: holders, fallback: false } : { people: active, fallback: true };
}

export const personOptions = (people: readonly PersonRow[]) =>
  people.map((p) => ({ value: p.id, label: `${p.nama} — ${p.jabatan}` }));

/** The staff member's name, or a dash for one no longer known on this PC. */
export function nameOf(people: readonly PersonRow[], id: string): string {
  return people.find((p) => p.id === id)?.nama ?? '—';
}

/** "22 November 2026" from a stored 'YYYY-MM-DD'. */
export function tanggalLabel(iso: string): string {
  const date = fromIsoDate(iso);
  return date ? formatTanggal(date) : iso;
}

/** "hari ini", "kemarin" or "19 hari lalu". */
export function umurLabel(days: number): string {
  if (days <= 0) return 'hari ini';
  if (days === 1) return 'kemarin';
  return `${days} hari lalu`;
}

/** "2.048 MB" in Indonesian number style; a dash when the size is unknown. */
export function ukuranLabel(mb: number | null): string {
  return mb === null ? '—' : `${mb.toLocaleString('id-ID', { maximumFractionDigits: 2 })} MB`;
}

/** One line of the home screen's warning about a late backup. */
export function lateBackupLine(s: BackupItemStatus): string {
  if (s.terakhir === null || s.umurHari === null) {
    return `${s.item.nama}: belum pernah dicadangkan`;
  }
  return `${s.item.nama}: cadangan terakhir ${tanggalLabel(s.terakhir)} (${umurLabel(s.umurHari)}), jadwal setiap ${s.item.setiapHari} hari`;
}
