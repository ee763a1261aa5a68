import type { AuditEntry } from '../../shared/audit/auditChain';
import type { Cancellation, Correction } from '../../shared/requests/corrections';
import type { NumberHistoryEntry } from '../../shared/requests/numberHistory';
import type { DeviceFields } from '../../shared/devices/schema';
import type { DeviceTypeFields } from '../../shared/devices/deviceTypes';
import type { MaintenanceRecordFields } from '../../shared/maintenance/record';
import type { MaintenanceTaskFields } from '../../shared/maintenance/task';
import type { DelegationFields } from '../../shared/office/delegation';
import type { AtasNama } from '../../shared/office/stepActors';
import type { PersonFields, UnitFields } from '../../shared/office/person';
import type {
  Closure,
  Disposition,
  Level,
  LetterRef,
  Requester,
  RequestStatus,
  Saluran,
  StepRecord,
} from '../../shared/requests/schema';
import type { StepSettlement } from '../../shared/requests/stepConflicts';
import type { StepEffects } from '../../shared/requests/stepEffects';
import type {
  ApprovalRecord,
  BackupFields,
  Consideration,
  NetworkCheckFields,
  UatFields,
} from '../../shared/security/schema';
import type { SopDocument } from '../../shared/sop/schema';
import type { PolicyTables } from './policyRows';
import type { ContentTables } from './contentRows';
import type { WebsiteTables } from './websiteRows';

/** A JSON value as rows and outbox entries hold them. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Every synced row carries per-field clock stamps (`_clock`), a tombstone flag (rows are
 * never removed, so a deletion can sync), and who changed it last and when.
 */
export interface SyncedRow {
  id: string;
  _clock: Record<string, string>;
  _deleted: boolean;
  _updatedBy: string | null;
  _updatedAt: string;
}

/** Office-wide settings, one row per topic ('office' is the court's identity). */
export type SettingsRow = SyncedRow & Record<string, unknown>;
export type PersonRow = SyncedRow & PersonFields;
export type UnitRow = SyncedRow & UnitFields;

/** An SOP the office owns: the current revision of a copy it made from the catalog. */
export type SopDocumentRow = SyncedRow & {
  document: SopDocument;
  revision: number;
  /** The catalog or office SOP it was copied from. */
  basedOnId: string | null;
};

/** One revision of an office SOP, kept forever so old records can point to it. */
export type SopRevisionRow = SyncedRow & {
  sopId: string;
  revision: number;
  /** ISO date the revision takes effect in the document (Tanggal Revisi). */
  tanggalRevisi: string;
  /** What changed, in the office's words. */
  perubahan: string;
  document: SopDocument;
};

/** A service request (SOP B) in the register. */
export type RequestRow = SyncedRow & {
  /**
   * The register number as printed, and its parts: unique per year across the workspace,
   * claimed on the shared folder (renderer/features/requests/registerNumbers.ts).
   */
  nomor: string;
  tahun: number;
  urut: number;
  /** True while the number is a draft given without the shared folder, final on reconnect. */
  nomorSementara?: boolean;
  /** The numbers the request carried, oldest first (shared/requests/numberHistory.ts). */
  riwayatNomor?: NumberHistoryEntry[];
  /** The site code of its number series in a replicated workspace; absent: the one series. */
  lokasi?: string;
  /** The SOP procedure B revision the request runs on, fixed at registration. */
  sopId: string;
  sopRevision: number;
  pemohon: Requester;
  diterimaPada: string;
  saluran: Saluran;
  kategori: string;
  aplikasi: string;
  perangkat: string;
  /** The device in the inventory (absent on requests registered before the inventory). */
  deviceId?: string | null;
  uraian: string;
  urgensiPemohon: Level;
  /** The letter it arrived as (number and date); absent on requests from before. */
  surat?: LetterRef | null;
  /** Set at the priority step. */
  urgensi: Level | null;
  dampak: Level | null;
  prioritas: Level | null;
  disposisi: Disposition | null;
  status: RequestStatus;
  /** Progress kept on the request so the register needs no step rows: the last step done, */
  langkahTerakhir: number;
  /** when the step now in hand started (the last step's end), */
  langkahMulai: string;
  /** and whether any recorded step ran over its time standard. */
  adaTerlambat: boolean;
  /** When the request was closed (rejected, or confirmed by the requester). */
  selesaiPada: string | null;
  penutupan: Closure | null;
  /** Set when it was cancelled (Dibatalkan); absent on requests never cancelled. */
  pembatalan?: Cancellation | null;
  /** The latest correction of its data, with its reason (absent when never corrected). */
  koreksi?: Correction | null;
};

/**
 * One SOP step done on a request, with what it set on the request; when the step was
 * recorded twice (two PCs apart), the settlement that kept one record (stepConflicts.ts).
 */
export type RequestStepRow = SyncedRow &
  StepRecord &
  StepEffects & {
    penyelesaian?: StepSettlement | null;
    atasNama?: AtasNama | null;
    /** The latest correction of this record, with its reason. */
    koreksi?: Correction | null;
  };

/** A device in the inventory (Perangkat TI). */
export type DeviceRow = SyncedRow & DeviceFields;
/** A device type the office added; its id is the type's code (shared/devices/deviceTypes.ts). */
export type DeviceTypeRow = SyncedRow & DeviceTypeFields;

/** A recurring task on the Jadwal Pemeliharaan. */
export type MaintenanceTaskRow = SyncedRow & MaintenanceTaskFields;

/** A maintenance round done; `deviceIds` repeats the checked devices for the index. */
export type MaintenanceRecordRow = SyncedRow & MaintenanceRecordFields & { deviceIds: string[] };

/** One network watch (SOP D). */
export type NetworkCheckRow = SyncedRow & NetworkCheckFields;

/** A UAT with its consideration and approval as they come (SOP D). */
export type UatRow = SyncedRow &
  UatFields & { pertimbangan: Consideration | null; persetujuan: ApprovalRecord | null };

/** One backup taken (SOP D). */
export type BackupRow = SyncedRow & BackupFields;

/** The operator's words for a month's report (id 'YYYY-MM'), kept until printed again. */
export type MonthlyReportRow = SyncedRow & {
  nomor: string;
  /** 'YYYY-MM-DD', the date over the signatures. */
  tanggalLaporan: string;
  narasi: Record<string, string>;
  dibuatOlehId: string | null;
  diperiksaOlehId: string | null;
  mengetahuiId: string | null;
};

/**
 * A PC of the sync workspace (id: its device id), named by itself when it joins; retired
 * by an explicit action on any PC, after which nobody waits for its files.
 */
export type SyncPeerRow = SyncedRow & {
  nama: string;
  /** ISO, when the PC joined the workspace. */
  bergabungPada: string;
  /** ISO, when it was retired; null while it is part of the workspace. */
  dikeluarkanPada: string | null;
  /** The person who retired it. */
  dikeluarkanOleh: string | null;
};

/** A Plh./Plt. delegation (shared/office/delegation.ts). */
export type DelegationRow = SyncedRow & DelegationFields;
/** One entry of a PC's audit chain (shared/audit/auditChain.ts); never changed once written. */
export type AuditLogRow = SyncedRow & AuditEntry;

export interface SyncedTables extends PolicyTables, ContentTables, WebsiteTables {
  settings: SettingsRow;
  people: PersonRow;
  units: UnitRow;
  sopDocuments: SopDocumentRow;
  sopRevisions: SopRevisionRow;
  requests: RequestRow;
  requestSteps: RequestStepRow;
  devices: DeviceRow;
  maintenanceTasks: MaintenanceTaskRow;
  maintenanceRecords: MaintenanceRecordRow;
  networkChecks: NetworkCheckRow;
  uatRecords: UatRow;
  backups: BackupRow;
  monthlyReports: MonthlyReportRow;
  syncPeers: SyncPeerRow;
  delegations: DelegationRow;
  auditLog: AuditLogRow;
  deviceTypes: DeviceTypeRow;
}
export type SyncedTableName = keyof SyncedTables;
export const SYNCED_TABLES: readonly SyncedTableName[] = [
  'settings',
  'people',
  'units',
  'sopDocuments',
  'sopRevisions',
  'requests',
  'requestSteps',
  'devices',
  'maintenanceTasks',
  'maintenanceRecords',
  'networkChecks',
  'uatRecords',
  'backups',
  'monthlyReports',
  'syncPeers',
  'delegations',
  'auditLog',
  'policyProposals',
  'policyPrograms',
  'policyProgramItems',
  'policySteps',
  'regulations',
  'policyDecrees',
  'deviceTypes',
  'contentItems',
  'contentSteps',
  'mandatoryInfo',
  'websiteSites',
  'websiteRenewals',
  'websiteChecks',
  'websiteIncidents',
  'websiteVisitorReviews',
  'websiteMaintenance',
  'websiteMaintenanceSteps',
];

/** The fields a caller may write: everything but the bookkeeping. */
export type FieldsOf<T extends SyncedTableName> = Omit<SyncedTables[T], keyof SyncedRow>;

/** One change, as the sync engine will ship it to the other PCs. */
export interface OutboxEntry {
  id: string;
  /** The stamp of this change; every changed field carries it. */
  hlc: string;
  device: string;
  table: SyncedTableName;
  key: string;
  changes: Record<string, unknown>;
  deleted: boolean;
  actor: string | null;
  at: string;
}

/** Device-local values that never sync: this PC's id, its clock, its current user. */
export interface LocalRow {
  key: string;
  value: unknown;
}
