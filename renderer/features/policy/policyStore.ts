import { toIsoDate } from '../../../shared/format/date';
import {
  programItemSchema,
  regulasiSchema,
  skTimSchema,
  usulanSchema,
  type ProgramItemInput,
  type RegulasiInput,
  type SkTimInput,
  type UsulanInput,
} from '../../../shared/policy/schema';
import type { MejaDatabase } from '../../db/database';
import type {
  PolicyDecreeRow,
  PolicyProgramItemRow,
  PolicyProposalRow,
  RegulationRow,
} from '../../db/policyRows';
import { sortOutRows } from '../../db/rowReading';
import { createRow, putRow, writeTogether, type WriteContext } from '../../db/repository';
import { PolicyError } from './policyError';

/**
 * The records of SOP A other than the steps: the units' proposals, the programme lines,
 * the register of IT regulations and the SK Tim TI. Every write goes through the repository.
 */

const today = (ctx: WriteContext) => toIsoDate(ctx.now());

/** Records a proposal received from a unit; returns its id. */
export async function recordUsulan(ctx: WriteContext, input: UsulanInput): Promise<string> {
  return createRow(ctx, 'policyProposals', usulanSchema(today(ctx)).parse(input));
}

export async function updateUsulan(
  ctx: WriteContext,
  id: string,
  input: UsulanInput,
): Promise<void> {
  const current = await ctx.db.policyProposals.get(id);
  if (!current || current._deleted) throw new PolicyError('Usulan tidak ditemukan.');
  await putRow(ctx, 'policyProposals', id, usulanSchema(today(ctx)).parse(input));
}

export async function listUsulan(db: MejaDatabase, tahun?: number): Promise<PolicyProposalRow[]> {
  const rows =
    tahun === undefined
      ? await db.policyProposals.toArray()
      : await db.policyProposals.where('tahun').equals(tahun).toArray();
  return sortOutRows('policyProposals', rows)
    .rows.filter((r) => !r._deleted)
    .sort((a, b) => b.diterimaPada.localeCompare(a.diterimaPada) || a.unit.localeCompare(b.unit));
}

/**
 * Adds a programme line to a year's plan; a line taken from a proposal marks the proposal
 * "diakomodasi" in the same transaction.
 */
export async function addProgramItem(ctx: WriteContext, input: ProgramItemInput): Promise<string> {
  const fields = programItemSchema.parse(input);
  return writeTogether(
    ctx,
    ['policyPrograms', 'policyProgramItems', 'policyProposals'],
    async () => {
      const program = await ctx.db.policyPrograms.get(fields.programId);
      if (!program || program._deleted) throw new PolicyError('Rencana program tidak ditemukan.');
      if (program.status === 'ditetapkan') {
        throw new PolicyError('Rencana program sudah ditetapkan; programnya tidak dapat ditambah.');
      }
      if (fields.usulanId) {
        const usulan = await ctx.db.policyProposals.get(fields.usulanId);
        if (!usulan || usulan._deleted) throw new PolicyError('Usulan asal tidak ditemukan.');
        await putRow(ctx, 'policyProposals', usulan.id, { status: 'diakomodasi' });
      }
      return createRow(ctx, 'policyProgramItems', fields);
    },
  );
}

/** Changes a programme line: its status and realisation stay editable after adoption. */
export async function updateProgramItem(
  ctx: WriteContext,
  id: string,
  input: ProgramItemInput,
): Promise<void> {
  const fields = programItemSchema.parse(input);
  const current = await ctx.db.policyProgramItems.get(id);
  if (!current || current._deleted) throw new PolicyError('Program tidak ditemukan.');
  await putRow(ctx, 'policyProgramItems', id, fields);
}

export async function listProgramItems(
  db: MejaDatabase,
  programId: string,
): Promise<PolicyProgramItemRow[]> {
  const rows = await db.policyProgramItems.where('programId').equals(programId).toArray();
  return sortOutRows('policyProgramItems', rows)
    .rows.filter((r) => !r._deleted)
    .sort((a, b) => a.urut - b.urut || a.program.localeCompare(b.program));
}

/** Adds a regulation to the register (or changes one, given its id); returns its id. */
export async function saveRegulasi(
  ctx: WriteContext,
  input: RegulasiInput,
  id: string | null = null,
): Promise<string> {
  const fields = regulasiSchema.parse(input);
  if (id === null) return createRow(ctx, 'regulations', fields);
  const current = await ctx.db.regulations.get(id);
  if (!current || current._deleted) throw new PolicyError('Peraturan tidak ditemukan.');
  await putRow(ctx, 'regulations', id, fields);
  return id;
}

export async function listRegulasi(db: MejaDatabase): Promise<RegulationRow[]> {
  return sortOutRows('regulations', await db.regulations.toArray())
    .rows.filter((r) => !r._deleted)
    .sort(
      (a, b) =>
        b.tahun - a.tahun || a.jenis.localeCompare(b.jenis) || a.nomor.localeCompare(b.nomor),
    );
}

export const skTimId = (tahun: number) => `sk-tim-${tahun}`;

/** Saves the year's SK Tim TI draft; every member must be a staff member on record. */
export async function saveSkTim(ctx: WriteContext, input: SkTimInput): Promise<void> {
  const fields = skTimSchema.parse(input);
  await writeTogether(ctx, ['policyDecrees', 'people'], async () => {
    for (const a of fields.anggota) {
      const person = await ctx.db.people.get(a.personId);
      if (!person || person._deleted) throw new PolicyError('Anggota tim tidak ada di Pegawai.');
    }
    const ids = fields.anggota.map((a) => a.personId);
    if (new Set(ids).size !== ids.length) {
      throw new PolicyError('Seorang pegawai tercantum dua kali dalam tim.');
    }
    await putRow(ctx, 'policyDecrees', skTimId(fields.tahun), fields);
  });
}

export async function readSkTim(
  db: MejaDatabase,
  tahun: number,
): Promise<PolicyDecreeRow | undefined> {
  const row = await db.policyDecrees.get(skTimId(tahun));
  if (!row || row._deleted) return undefined;
  return sortOutRows('policyDecrees', [row]).rows[0];
}
