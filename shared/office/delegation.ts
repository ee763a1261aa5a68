import { z } from 'zod';
import { isoDateSchema } from '../validation/text';

/**
 * A Plh. (pelaksana harian) or Plt. (pelaksana tugas): while an official is away, a letter
 * names a delegate who does the official's work from one date to another. Revoked
 * delegations are kept (dicabut) so old records still say on whose behalf they were made.
 */
export const DELEGATION_KINDS = ['Plh.', 'Plt.'] as const;
export type DelegationKind = (typeof DELEGATION_KINDS)[number];

export const delegationSchema = z.object({
  jenis: z.enum(DELEGATION_KINDS, { message: 'Pilih Plh. atau Plt.' }),
  /** The official who is away. */
  untukPersonId: z.string().min(1, 'Pilih pejabat yang digantikan.'),
  /** The staff member who acts for the official. */
  delegasiPersonId: z.string().min(1, 'Pilih pegawai yang ditunjuk.'),
  /** 'YYYY-MM-DD', both days included. */
  dari: isoDateSchema,
  sampai: isoDateSchema,
  nomorSurat: z
    .string()
    .trim()
    .min(1, 'Nomor surat penunjukan wajib diisi.')
    .max(100, 'Nomor surat paling panjang 100 karakter.'),
  dicabut: z.boolean(),
});
export type DelegationFields = z.output<typeof delegationSchema>;
export type Delegation = DelegationFields & { id: string };

/** Whether a delegation holds on a day ('YYYY-MM-DD'). */
export function delegationActiveOn(d: DelegationFields, day: string): boolean {
  return !d.dicabut && d.dari <= day && day <= d.sampai;
}

export interface DelegationPerson {
  id: string;
  nama: string;
  aktif: boolean;
}

/**
 * The rules a new delegation must keep, beyond its fields' own: dates in order, the delegate
 * is not the official, both are active staff, and the official has no other delegation (not
 * revoked) whose period overlaps. Returns the reasons, empty when it may be saved.
 */
export function delegationProblems(
  input: DelegationFields,
  people: readonly DelegationPerson[],
  existing: readonly Delegation[],
): string[] {
  const problems: string[] = [];
  if (input.sampai < input.dari) problems.push('Tanggal sampai tidak boleh sebelum tanggal dari.');
  if (input.untukPersonId === input.delegasiPersonId)
    problems.push('Pegawai yang ditunjuk tidak boleh pejabat yang digantikan sendiri.');
  const official = people.find((p) => p.id === input.untukPersonId);
  const delegate = people.find((p) => p.id === input.delegasiPersonId);
  if (!official?.aktif) problems.push('Pejabat yang digantikan harus pegawai aktif.');
  if (!delegate?.aktif) problems.push('Pegawai yang ditunjuk harus pegawai aktif.');
  const clash = existing.find(
    (d) =>
      !d.dicabut &&
      d.untukPersonId === input.untukPersonId &&
      d.dari <= input.sampai &&
      input.dari <= d.sampai,
  );
  if (clash)
    problems.push(
      `Sudah ada ${clash.jenis} untuk pejabat ini pada ${clash.dari} s.d. ${clash.sampai} (${clash.nomorSurat}).`,
    );
  return problems;
}
