import {
  LEVEL_LABELS,
  REQUEST_STATUS_LABELS,
  type Level,
  type RequestStatus,
} from '../../../shared/requests/schema';

export const STATUS_COLORS: Record<RequestStatus, string> = {
  berjalan: 'blue',
  ditolak: 'gray',
  selesai: 'teal',
};
export const LEVEL_COLORS: Record<Level, string> = {
  sangatTinggi: 'red',
  tinggi: 'orange',
  sedang: 'yellow',
  rendah: 'gray',
};

export function statusLabel(status: RequestStatus): string {
  return REQUEST_STATUS_LABELS[status];
}

export function levelLabel(level: Level | null): string {
  return level ? LEVEL_LABELS[level] : '-';
}
