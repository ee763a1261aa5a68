import Dexie, { type Table } from 'dexie';
import type {
  AuditLogRow,
  BackupRow,
  DelegationRow,
  DeviceRow,
  DeviceTypeRow,
  LocalRow,
  MaintenanceRecordRow,
  MaintenanceTaskRow,
  MonthlyReportRow,
  NetworkCheckRow,
  UatRow,
  OutboxEntry,
  PersonRow,
  RequestRow,
  RequestStepRow,
  SettingsRow,
  SopDocumentRow,
  SopRevisionRow,
  SyncPeerRow,
  UnitRow,
} from './rows';
import type {
  PolicyDecreeRow,
  PolicyProgramItemRow,
  PolicyProgramRow,
  PolicyProposalRow,
  PolicyStepRow,
  RegulationRow,
} from './policyRows';
import type { AttachmentBlobRow } from './attachmentRows';
import type { ContentItemRow, ContentStepRow, MandatoryInfoRow } from './contentRows';
import type {
  WebsiteCheckRow,
  WebsiteIncidentRow,
  WebsiteMaintenanceRow,
  WebsiteMaintenanceStepRow,
  WebsiteRenewalRow,
  WebsiteSiteRow,
  WebsiteVisitorReviewRow,
} from './websiteRows';

export const DATABASE_NAME = 'meja-ti';

/**
 * The schema, one numbered version at a time. Each version lists only the tables it adds or
 * changes (Dexie carries the others over); a new version keeps every earlier one and adds an
 * upgrade function when existing rows must change; a test opens a database of the
 * previous version and checks the upgrade (see migrations.test.ts).
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      settings: 'id',
      people: 'id, nama, nip, unitId',
      units: 'id, nama',
      outbox: 'id, hlc',
      local: 'key',
    },
  },
  {
    // The office's own SOPs (copies of the catalog, revised) and every revision kept.
    version: 2,
    stores: {
      sopDocuments: 'id',
      sopRevisions: 'id, sopId',
    },
  },
  {
    // Service requests (SOP B) and the steps recorded on them.
    version: 3,
    stores: {
      // Not a unique index: after sync two PCs' numbers may collide, and a collision must be
      // stored and flagged, not refused. Numbers are unique on this PC by the write transaction.
      requests: 'id, [tahun+urut], diterimaPada, status',
      requestSteps: 'id, requestId',
    },
  },
  {
    // Devices, maintenance and security (SOP C and D); requests learn which device they are
    // about, so a device's history lists them.
    version: 4,
    stores: {
      requests: 'id, [tahun+urut], diterimaPada, status, deviceId',
      devices: 'id, jenis',
      maintenanceTasks: 'id',
      maintenanceRecords: 'id, tanggal, taskId, *deviceIds',
      networkChecks: 'id, tanggal',
      uatRecords: 'id, tanggal',
      backups: 'id, tanggal, itemId',
      monthlyReports: 'id',
    },
  },
  {
    version: 5,
    stores: {
      syncPeers: 'id',
    },
  },
  {
    // Plh./Plt. delegations (shared/office/delegation.ts).
    version: 7,
    stores: {
      delegations: 'id, untukPersonId, delegasiPersonId',
    },
  },
  {
    // The audit trail: each PC's chain of entries (renderer/features/audit/).
    version: 8,
    stores: {
      auditLog: 'id, [device+seq], [table+recordId], at, actor, kind',
    },
  },
  {
    // IT policy (SOP A): proposals, the year's programme and its steps, the regulations,
    // the SK Tim TI (renderer/features/policy/).
    version: 9,
    stores: {
      policyProposals: 'id, tahun',
      policyPrograms: 'id, tahun',
      policyProgramItems: 'id, programId',
      policySteps: 'id, programId',
      regulations: 'id, tahun',
      policyDecrees: 'id, tahun',
    },
  },
  {
    // The device types the office adds to the built-in ones (shared/devices/deviceTypes.ts).
    version: 14,
    stores: {
      deviceTypes: 'id',
    },
  },
  {
    // Beranda's "Selesai hari ini" reads the day's closed requests through this index.
    version: 15,
    stores: {
      requests: 'id, [tahun+urut], diterimaPada, status, deviceId, selesaiPada',
    },
  },
  {
    // Website content (SOP E): the items and their steps, the Informasi Wajib checklist
    // (renderer/features/content/).
    version: 16,
    stores: {
      contentItems: 'id, status, tahun, dimulaiPada',
      contentSteps: 'id, contentId',
      mandatoryInfo: 'id, urut',
    },
  },
  {
    // Website maintenance (SOP F): sites and contracts, renewals, availability checks,
    // problems, visitor reviews, the month's cycle and its steps (renderer/features/website/).
    version: 17,
    stores: {
      websiteSites: 'id',
      websiteRenewals: 'id, siteId',
      websiteChecks: 'id, siteId, waktu',
      websiteIncidents: 'id, siteId, mulai',
      websiteVisitorReviews: 'id, siteId, dariTanggal',
      websiteMaintenance: 'id, bulan',
      websiteMaintenanceSteps: 'id, cycleId',
    },
  },
  {
    // Attachments' bytes, kept on this PC by their SHA-256 (never synced as rows: the shared
    // folder carries them, renderer/features/attachments/). `diunggah` is 1 once in the folder.
    version: 18,
    stores: {
      attachmentBlobs: 'hash, diunggah',
    },
  },
] as const;

export class MejaDatabase extends Dexie {
  settings!: Table<SettingsRow, string>;
  people!: Table<PersonRow, string>;
  units!: Table<UnitRow, string>;
  outbox!: Table<OutboxEntry, string>;
  local!: Table<LocalRow, string>;
  sopDocuments!: Table<SopDocumentRow, string>;
  sopRevisions!: Table<SopRevisionRow, string>;
  requests!: Table<RequestRow, string>;
  requestSteps!: Table<RequestStepRow, string>;
  devices!: Table<DeviceRow, string>;
  maintenanceTasks!: Table<MaintenanceTaskRow, string>;
  maintenanceRecords!: Table<MaintenanceRecordRow, string>;
  networkChecks!: Table<NetworkCheckRow, string>;
  uatRecords!: Table<UatRow, string>;
  backups!: Table<BackupRow, string>;
  monthlyReports!: Table<MonthlyReportRow, string>;
  syncPeers!: Table<SyncPeerRow, string>;
  delegations!: Table<DelegationRow, string>;
  auditLog!: Table<AuditLogRow, string>;
  policyProposals!: Table<PolicyProposalRow, string>;
  policyPrograms!: Table<PolicyProgramRow, string>;
  policyProgramItems!: Table<PolicyProgramItemRow, string>;
  policySteps!: Table<PolicyStepRow, string>;
  regulations!: Table<RegulationRow, string>;
  policyDecrees!: Table<PolicyDecreeRow, string>;
  websiteSites!: Table<WebsiteSiteRow, string>;
  websiteRenewals!: Table<WebsiteRenewalRow, string>;
  websiteChecks!: Table<WebsiteCheckRow, string>;
  websiteIncidents!: Table<WebsiteIncidentRow, string>;
  websiteVisitorReviews!: Table<WebsiteVisitorReviewRow, string>;
  websiteMaintenance!: Table<WebsiteMaintenanceRow, string>;
  websiteMaintenanceSteps!: Table<WebsiteMaintenanceStepRow, string>;
  deviceTypes!: Table<DeviceTypeRow, string>;
  contentItems!: Table<ContentItemRow, string>;
  contentSteps!: Table<ContentStepRow, string>;
  mandatoryInfo!: Table<MandatoryInfoRow, string>;
  attachmentBlobs!: Table<AttachmentBlobRow, string>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const schema of SCHEMA_VERSIONS) {
      this.version(schema.version).stores(schema.stores);
    }
  }
}
