import { officeSchema, type Office } from '../../../shared/office/office';
import type { PersonFields } from '../../../shared/office/person';
import type { MejaDatabase } from '../../db/database';
import { putRow, type WriteContext } from '../../db/repository';
import type { PersonRow } from '../../db/rows';
import { OFFICE_ROW_ID, readOffice } from '../office/public';
import type { CycleReport } from '../../sync/engine';
import { markJoinReviewReady, readJoinHold, releaseJoinHold } from '../../sync/joinHold';
import { mergeDuplicateNips, mergePerson } from '../people/public';

/**
 * What a PC that joined with its own data holds that differs from the workspace, once the
 * workspace is imported (sync/joinHold.ts), and how the operator's choices are written.
 */

export const OFFICE_FIELD_LABELS: Record<keyof Office, string> = {
  lingkungan: 'Lingkungan peradilan',
  pengadilanTinggi: 'Pengadilan tingkat banding',
  namaPengadilan: 'Nama pengadilan',
  alamat: 'Alamat',
  kota: 'Kota',
  kodePos: 'Kode pos',
  telepon: 'Telepon',
  faks: 'Faksimile',
  email: 'E-mail',
  website: 'Situs web',
  logo: 'Logo',
  kertas: 'Kertas bawaan',
  kopTeks: 'Letak teks kop',
  labelWebsite: 'Sebutan situs pada kop',
  labelEmail: 'Sebutan surel pada kop',
};
const OFFICE_FIELDS = Object.keys(OFFICE_FIELD_LABELS) as (keyof Office)[];

export interface OfficeDifference {
  field: keyof Office;
  workspace: Office[keyof Office];
  local: Office[keyof Office];
}

/** The same NIP on a staff member of the workspace and one this PC made before joining. */
export interface PersonDifference {
  nip: string;
  workspace: PersonRow;
  local: PersonRow;
}

export interface JoinDifferences {
  office: OfficeDifference[];
  people: PersonDifference[];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The differences to choose from; null when this PC is not waiting for a review. */
export async function readJoinDifferences(db: MejaDatabase): Promise<JoinDifferences | null> {
  const hold = await readJoinHold(db);
  if (hold?.phase !== 'review') return null;
  const workspaceOffice = await readOffice(db);
  const local = officeSchema.safeParse(hold.localOffice);
  const office: OfficeDifference[] =
    workspaceOffice && local.success
      ? OFFICE_FIELDS.filter((f) => !same(workspaceOffice[f], local.data[f])).map((field) => ({
          field,
          workspace: workspaceOffice[field],
          local: local.data[field],
        }))
      : [];
  const mine = new Set(hold.localPeopleIds);
  const live = (await db.people.toArray()).filter((p) => !p._deleted);
  const people: PersonDifference[] = [];
  for (const person of live.filter((p) => mine.has(p.id) && p.nip)) {
    const theirs = live.find((p) => !mine.has(p.id) && p.nip === person.nip);
    if (theirs) people.push({ nip: person.nip, workspace: theirs, local: person });
  }
  return { office, people };
}

export type Source = 'workspace' | 'local';

export interface JoinChoices {
  /** Per office field that differs; a field not named keeps the workspace's value. */
  office: Partial<Record<keyof Office, Source>>;
  /** Per NIP: whose data the one merged person keeps. */
  people: Record<string, Source>;
}

function personFields(row: PersonRow): PersonFields {
  return {
    nama: row.nama,
    nip: row.nip,
    jabatan: row.jabatan,
    unitId: row.unitId,
    roles: row.roles,
    aktif: row.aktif,
  };
}

/**
 * Writes the choices and ends the hold: each office field chosen from this PC is written
 * again as a new change (so it wins on every PC); the rest stays the workspace's, whose
 * values this PC already holds. Each pair of staff with one NIP becomes the workspace's
 * person (its id is the one the other PCs' records use), with this PC's data when chosen,
 * and everything that referred to this PC's copy refers to it. Then the hold ends and the
 * next cycle sends this PC's changes.
 */
export async function applyJoinChoices(ctx: WriteContext, choices: JoinChoices): Promise<void> {
  const differences = await readJoinDifferences(ctx.db);
  if (!differences) return;
  const office: Partial<Office> = {};
  for (const d of differences.office) {
    if (choices.office[d.field] === 'local') Object.assign(office, { [d.field]: d.local });
  }
  if (Object.keys(office).length) await putRow(ctx, 'settings', OFFICE_ROW_ID, office);
  for (const d of differences.people) {
    const keepLocal = choices.people[d.nip] === 'local';
    await mergePerson(
      ctx,
      d.workspace.id,
      d.local.id,
      keepLocal ? personFields(d.local) : undefined,
    );
  }
  await releaseJoinHold(ctx.db);
}

/**
 * After each sync cycle: a joining PC whose first import is done gets its review (ended at
 * once when nothing differs); otherwise staff with one NIP created apart on two PCs become
 * one person (mergeDuplicateNips). Nothing is merged while a review waits: there the
 * operator chooses. Returns whether staff were merged.
 */
export async function afterJoinCycle(ctx: WriteContext, report: CycleReport): Promise<boolean> {
  if (report.folderUnreachable || report.retired) return false;
  const hold = await readJoinHold(ctx.db);
  if (hold?.phase === 'waiting') {
    if (report.waiting.length > 0) return false;
    await markJoinReviewReady(ctx.db);
    const differences = await readJoinDifferences(ctx.db);
    if (differences && !differences.office.length && !differences.people.length) {
      await applyJoinChoices(ctx, { office: {}, people: {} });
    }
    return false;
  }
  return hold ? false : (await mergeDuplicateNips(ctx)) > 0;
}
