import {
  delegationProblems,
  delegationSchema,
  type Delegation,
  type DelegationFields,
} from '../../../shared/office/delegation';
import type { MejaDatabase } from '../../db/database';
import { createRow, putRow, writeTogether, type WriteContext } from '../../db/repository';
import { sortOutRows } from '../../db/rowReading';
import type { DelegationRow } from '../../db/rows';
import { reportRolesEvent, type RolesEventReporter } from './delegationEvents';

/** A delegation refused, with the reasons in Indonesian. */
export class DelegationError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
    this.name = 'DelegationError';
  }
}

/** Only an administrator records or revokes delegations. */
export async function requireAdministrator(ctx: WriteContext): Promise<void> {
  const actor = ctx.actor();
  const person = actor ? await ctx.db.people.get(actor) : undefined;
  if (!person || person._deleted || !person.aktif || !person.roles.includes('administrator'))
    throw new DelegationError([
      'Hanya Administrator yang dapat mengubah Plh./Plt. dan pelaksana SOP.',
    ]);
}

/** Every delegation that reads well (revoked ones too), newest period first. */
export async function listDelegations(db: MejaDatabase): Promise<DelegationRow[]> {
  const { rows } = sortOutRows('delegations', await db.delegations.toArray());
  return rows
    .filter((r) => !r._deleted)
    .sort((a, b) => b.dari.localeCompare(a.dari) || b.sampai.localeCompare(a.sampai));
}

/** Records a delegation after the rules of shared/office/delegation.ts; returns its id. */
export async function addDelegation(
  ctx: WriteContext,
  input: DelegationFields,
  report: RolesEventReporter,
): Promise<string> {
  const parsed = delegationSchema.safeParse(input);
  if (!parsed.success) throw new DelegationError(parsed.error.issues.map((i) => i.message));
  const fields = { ...parsed.data, dicabut: false };
  const id = await writeTogether(ctx, ['delegations', 'people'], async () => {
    await requireAdministrator(ctx);
    const people = await ctx.db.people.toArray();
    const existing: Delegation[] = await listDelegations(ctx.db);
    const problems = delegationProblems(
      fields,
      people.filter((p) => !p._deleted),
      existing,
    );
    if (problems.length) throw new DelegationError(problems);
    return createRow(ctx, 'delegations', fields);
  });
  reportRolesEvent(report, {
    kind: 'delegasi.dibuat',
    table: 'delegations',
    recordId: id,
    detail: { ...fields },
  });
  return id;
}

/** Revokes a delegation ("Cabut"); it stays in the list, marked revoked. */
export async function revokeDelegation(
  ctx: WriteContext,
  id: string,
  report: RolesEventReporter,
): Promise<void> {
  await requireAdministrator(ctx);
  const row = await ctx.db.delegations.get(id);
  if (!row || row._deleted) throw new DelegationError(['Plh./Plt. tidak ditemukan.']);
  if (row.dicabut) return;
  await putRow(ctx, 'delegations', id, { dicabut: true });
  reportRolesEvent(report, {
    kind: 'delegasi.dicabut',
    table: 'delegations',
    recordId: id,
    detail: { untukPersonId: row.untukPersonId, delegasiPersonId: row.delegasiPersonId },
  });
}
