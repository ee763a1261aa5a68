import { z } from 'zod';
import { auditEntrySchema } from '../audit/schema';
import { cancellationSchema, correctionSchema } from '../requests/corrections';
import { deviceSchema } from '../devices/schema';
import { deviceTypeSchema } from '../devices/deviceTypes';
import { cycleFieldsSchema, cycleStepExtrasSchema, cycleStepSchema } from '../website/cycle';
import { incidentSchema } from '../website/incident';
import { availabilityCheckSchema, renewalSchema, siteSchema } from '../website/schema';
import { visitorReviewSchema } from '../website/visitorReview';
import { maintenanceRecordSchema } from '../maintenance/record';
import { maintenanceTaskSchema } from '../maintenance/task';
import { delegationSchema } from '../office/delegation';
import { personSchema, unitSchema } from '../office/person';
import { ACTOR_ROLES_FIELD, actorRoleMapSchema, atasNamaSchema } from '../office/stepActors';
import {
  closureSchema,
  dispositionSchema,
  levelSchema,
  receptionSchema,
  REQUEST_STATUSES,
  stepRecordSchema,
} from '../requests/schema';
import {
  approvalSchema,
  backupSchema,
  considerationSchema,
  networkCheckSchema,
  uatSchema,
} from '../security/schema';
import {
  policyStepExtrasSchema,
  policyStepSchema,
  programFieldsSchema,
  programItemSchema,
  regulasiSchema,
  skTimSchema,
  usulanSchema,
} from '../policy/schema';
import { contentFieldsSchema, contentStepExtrasSchema, contentStepSchema } from '../content/schema';
import { mandatoryInfoSchema } from '../content/mandatoryInfo';
import { stepSettlementSchema } from '../requests/stepConflicts';
import { numberHistorySchema } from '../requests/numberHistory';
import { siteCodeSchema } from '../requests/numbering';
import { stepRowExtrasSchema } from '../requests/stepEffects';
import { idleMinutesSchema } from '../signin/idleLock';
import { pinHashSchema } from '../signin/pinPolicy';
import { sopDocumentSchema } from '../sop/schema';
import { isoDateSchema } from '../validation/text';

/**
 * The schema of each synced table's stored fields (bookkeeping aside), built from the
 * same zod schemas the forms use, field limits included. A row from another PC is checked
 * against it before it is stored (renderer/sync/rowCheck.ts), and screens parse rows
 * through it, so a damaged row shows as damaged instead of crashing a screen.
 *
 * Bounds that depend on today (no date in the future) are left open: a stored row must
 * read the same tomorrow and on every PC. Rules across fields (a rejection needs its
 * reason) are left out too: two PCs' edits merge field by field, so only each field's own
 * rule holds for every merged row.
 */
const FAR_DATE = '9999-12-31';
const FAR_YEAR = 9999;
const FAR_TIME = new Date(8_000_000_000_000);

const id = z.string().min(1);
const isoDateTime = z.iso.datetime({ offset: true });

/** Shape only: the object's fields without its cross-field refinements. */
function fieldsOf<S extends z.ZodRawShape>(schema: { shape: S }) {
  return z.object(schema.shape);
}

const requestFields = z.object({
  ...receptionSchema(FAR_TIME).shape,
  deviceId: id.nullable().optional(),
  nomor: z.string().min(1).max(100),
  tahun: z.number().int().min(2000).max(2999),
  urut: z.number().int().positive(),
  nomorSementara: z.boolean().optional(),
  riwayatNomor: numberHistorySchema.optional(),
  lokasi: siteCodeSchema.optional(),
  sopId: id,
  sopRevision: z.number().int().nonnegative(),
  urgensi: levelSchema.nullable(),
  dampak: levelSchema.nullable(),
  prioritas: levelSchema.nullable(),
  disposisi: dispositionSchema.nullable(),
  status: z.enum(REQUEST_STATUSES),
  langkahTerakhir: z.number().int().nonnegative(),
  langkahMulai: isoDateTime,
  adaTerlambat: z.boolean(),
  selesaiPada: isoDateTime.nullable(),
  penutupan: closureSchema.nullable(),
  pembatalan: cancellationSchema.nullable().optional(),
  koreksi: correctionSchema.nullable().optional(),
});

export const ROW_SCHEMAS = {
  // Office-wide settings are one row per topic, each read through its own schema.
  settings: z.object({
    [ACTOR_ROLES_FIELD]: actorRoleMapSchema.optional(),
    // The sign-in rows: the idle lock's minutes and the recovery code's slow hash.
    idleMinutes: idleMinutesSchema.optional(),
    recovery: pinHashSchema.optional(),
  }),
  people: fieldsOf(personSchema(FAR_TIME)),
  units: fieldsOf(unitSchema),
  sopDocuments: z.object({
    document: sopDocumentSchema,
    revision: z.number().int().nonnegative(),
    basedOnId: z.string().nullable(),
  }),
  sopRevisions: z.object({
    sopId: id,
    revision: z.number().int().nonnegative(),
    tanggalRevisi: isoDateSchema,
    perubahan: z.string().max(2000),
    document: sopDocumentSchema,
  }),
  requests: requestFields,
  requestSteps: z.object({
    ...stepRecordSchema.shape,
    ...stepRowExtrasSchema.shape,
    atasNama: atasNamaSchema.nullable().optional(),
    koreksi: correctionSchema.nullable().optional(),
  }),
  devices: fieldsOf(deviceSchema(FAR_YEAR)),
  maintenanceTasks: fieldsOf(maintenanceTaskSchema),
  maintenanceRecords: z.object({
    ...maintenanceRecordSchema(FAR_DATE).shape,
    deviceIds: z.array(z.string()).max(2000),
  }),
  networkChecks: fieldsOf(networkCheckSchema(FAR_DATE)),
  uatRecords: z.object({
    ...uatSchema(FAR_DATE).shape,
    pertimbangan: considerationSchema(FAR_DATE).nullable(),
    persetujuan: approvalSchema(FAR_DATE).nullable(),
  }),
  backups: fieldsOf(backupSchema(FAR_DATE)),
  monthlyReports: z.object({
    nomor: z.string().max(200),
    tanggalLaporan: isoDateSchema,
    narasi: z.record(z.string(), z.string().max(20_000)),
    dibuatOlehId: z.string().nullable(),
    diperiksaOlehId: z.string().nullable(),
    mengetahuiId: z.string().nullable(),
  }),
  syncPeers: z.object({
    nama: z.string().trim().min(1).max(120),
    bergabungPada: isoDateTime,
    dikeluarkanPada: isoDateTime.nullable(),
    dikeluarkanOleh: z.string().max(200).nullable(),
  }),
  delegations: delegationSchema,
  auditLog: auditEntrySchema,
  policyProposals: usulanSchema(FAR_DATE),
  policyPrograms: programFieldsSchema,
  policyProgramItems: programItemSchema,
  policySteps: z.object({
    ...fieldsOf(policyStepSchema).shape,
    ...policyStepExtrasSchema.shape,
    penyelesaian: stepSettlementSchema.nullable().optional(),
  }),
  regulations: fieldsOf(regulasiSchema),
  policyDecrees: skTimSchema,
  deviceTypes: deviceTypeSchema,
  contentItems: contentFieldsSchema,
  contentSteps: z.object({
    ...fieldsOf(contentStepSchema).shape,
    ...contentStepExtrasSchema.shape,
    penyelesaian: stepSettlementSchema.nullable().optional(),
  }),
  mandatoryInfo: mandatoryInfoSchema,
  websiteSites: fieldsOf(siteSchema),
  websiteRenewals: fieldsOf(renewalSchema),
  websiteChecks: availabilityCheckSchema,
  websiteIncidents: fieldsOf(incidentSchema),
  websiteVisitorReviews: fieldsOf(visitorReviewSchema),
  websiteMaintenance: cycleFieldsSchema,
  websiteMaintenanceSteps: z.object({
    ...fieldsOf(cycleStepSchema).shape,
    ...cycleStepExtrasSchema.shape,
  }),
} as const;

export type RowSchemaTable = keyof typeof ROW_SCHEMAS;

/** Indonesian names of the tables, for reasons shown to the user. */
export const TABLE_LABELS: Record<RowSchemaTable, string> = {
  settings: 'pengaturan',
  people: 'pegawai',
  units: 'unit kerja',
  sopDocuments: 'SOP',
  sopRevisions: 'revisi SOP',
  requests: 'permintaan',
  requestSteps: 'langkah permintaan',
  devices: 'perangkat',
  maintenanceTasks: 'tugas pemeliharaan',
  maintenanceRecords: 'catatan pemeliharaan',
  networkChecks: 'pemantauan jaringan',
  uatRecords: 'UAT',
  backups: 'pencadangan',
  monthlyReports: 'laporan bulanan',
  syncPeers: 'komputer',
  delegations: 'Plh./Plt.',
  auditLog: 'jejak audit',
  policyProposals: 'usulan program kerja',
  policyPrograms: 'rencana program TI',
  policyProgramItems: 'butir rencana program',
  policySteps: 'langkah kebijakan TI',
  regulations: 'peraturan TI',
  policyDecrees: 'SK Tim TI',
  deviceTypes: 'jenis perangkat',
  contentItems: 'konten website',
  contentSteps: 'langkah konten website',
  mandatoryInfo: 'informasi wajib website',
  websiteSites: 'layanan website',
  websiteRenewals: 'perpanjangan layanan website',
  websiteChecks: 'pemeriksaan ketersediaan website',
  websiteIncidents: 'masalah website',
  websiteVisitorReviews: 'tinjauan pengunjung website',
  websiteMaintenance: 'siklus pemeliharaan website',
  websiteMaintenanceSteps: 'langkah pemeliharaan website',
};

export function isRowSchemaTable(table: string): table is RowSchemaTable {
  return Object.hasOwn(ROW_SCHEMAS, table);
}
