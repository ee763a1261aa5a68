import type { OccurrenceStatus } from '../../../shared/maintenance/schedule';

export const OCCURRENCE_LABELS: Record<OccurrenceStatus, string> = {
  tepatWaktu: 'Terlaksana',
  terlambat: 'Terlaksana terlambat',
  terlewat: 'Terlewat',
  jatuhTempo: 'Jatuh tempo hari ini',
  akanDatang: 'Akan datang',
};

export const OCCURRENCE_COLORS: Record<OccurrenceStatus, string> = {
  tepatWaktu: 'teal',
  terlambat: 'yellow',
  terlewat: 'red',
  jatuhTempo: 'orange',
  akanDatang: 'blue',
};
