import { z } from 'zod';

/**
 * The roles a staff member can hold in the IT office's work. `administrator` is Meja TI's own:
 * it manages staff, roles, settings and sync; the others are the SOPs' actors. The ids are stable (they are
 * stored and synced); the labels are what the court calls them.
 */
export const STAFF_ROLES = [
  'administrator',
  'operator',
  'kasubag',
  'sekretaris',
  'wakilKetua',
  'ketua',
  'redaktur',
  'editor',
  'penanggungJawab',
] as const;

export type StaffRole = (typeof STAFF_ROLES)[number];

export const staffRoleSchema = z.enum(STAFF_ROLES);

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  administrator: 'Administrator',
  operator: 'Operator/Admin',
  kasubag: 'Kasubag PTIP',
  sekretaris: 'Sekretaris',
  wakilKetua: 'Wakil Ketua',
  ketua: 'Ketua',
  redaktur: 'Redaktur',
  editor: 'Editor',
  penanggungJawab: 'Penanggung Jawab',
};
