import type { MejaApi } from '../../../shared/api/contract';
import { toIsoDate } from '../../../shared/format/date';
import { incidentSchema, type IncidentInput } from '../../../shared/website/incident';
import {
  availabilityCheckSchema,
  renewalSchema,
  siteSchema,
  type SiteInput,
} from '../../../shared/website/schema';
import {
  visitorReviewSchema,
  type VisitorReviewInput,
} from '../../../shared/website/visitorReview';
import { call } from '../../api/client';
import type { MejaDatabase } from '../../db/database';
import { sortOutRows, type DamagedRow } from '../../db/rowReading';
import {
  createRow,
  deleteRow,
  putRow,
  writeTogether,
  type WriteContext,
} from '../../db/repository';
import type {
  WebsiteCheckRow,
  WebsiteIncidentRow,
  WebsiteRenewalRow,
  WebsiteSiteRow,
  WebsiteVisitorReviewRow,
} from '../../db/websiteRows';
import { WebsiteError } from './websiteError';

/**
 * The records of SOP F: the office's sites and services with their contracts, renewals with
 * their invoices, availability checks, problems and visitor reviews. Every write goes through
 * the repository (clocks, outbox, audit trail).
 */

export interface Listed<T> {
  rows: T[];
  damaged: DamagedRow[];
}

export async function listSites(db: MejaDatabase): Promise<Listed<WebsiteSiteRow>> {
  const { rows, damaged } = sortOutRows('websiteSites', await db.websiteSites.toArray());
  return {
    rows: rows.filter((r) => !r._deleted).sort((a, b) => a.nama.localeCompare(b.nama)),
    damaged,
  };
}

export async function saveSite(
  ctx: WriteContext,
  input: SiteInput,
  id: string | null = null,
): Promise<string> {
  const fields = siteSchema.parse(input);
  if (id === null) return createRow(ctx, 'websiteSites', fields);
  const found = await ctx.db.websiteSites.get(id);
  if (!found || found._deleted) throw new WebsiteError('Layanan tidak ditemukan.');
  await putRow(ctx, 'websiteSites', id, fields);
  return id;
}

export async function removeSite(ctx: WriteContext, id: string): Promise<void> {
  await deleteRow(ctx, 'websiteSites', id);
}

/**
 * Records a renewal with its invoice: the renewal is kept, and its period becomes the site's
 * contract. A renewal must start after the current contract began.
 */
export async function recordRenewal(ctx: WriteContext, input: unknown): Promise<string> {
  const fields = renewalSchema.parse(input);
  return writeTogether(ctx, ['websiteSites', 'websiteRenewals'], async () => {
    const site = await ctx.db.websiteSites.get(fields.siteId);
    if (!site || site._deleted) throw new WebsiteError('Layanan tidak ditemukan.');
    if (fields.akhirKontrak <= site.akhirKontrak) {
      throw new WebsiteError('Akhir kontrak baru harus sesudah akhir kontrak sekarang.');
    }
    const id = await createRow(ctx, 'websiteRenewals', fields);
    await putRow(ctx, 'websiteSites', site.id, {
      mulaiKontrak: fields.mulaiKontrak,
      akhirKontrak: fields.akhirKontrak,
      biaya: fields.biaya,
      nomorTagihan: fields.nomorTagihan,
    });
    return id;
  });
}

export async function listRenewals(db: MejaDatabase): Promise<Listed<WebsiteRenewalRow>> {
  const { rows, damaged } = sortOutRows('websiteRenewals', await db.websiteRenewals.toArray());
  return {
    rows: rows
      .filter((r) => !r._deleted)
      .sort((a, b) => b.mulaiKontrak.localeCompare(a.mulaiKontrak)),
    damaged,
  };
}

export async function listChecks(db: MejaDatabase): Promise<Listed<WebsiteCheckRow>> {
  const { rows, damaged } = sortOutRows('websiteChecks', await db.websiteChecks.toArray());
  return {
    rows: rows.filter((r) => !r._deleted).sort((a, b) => b.waktu.localeCompare(a.waktu)),
    damaged,
  };
}

/** The newest check of any site, automatic or by hand; null before the first. */
export async function lastCheckAt(db: MejaDatabase): Promise<string | null> {
  return (await listChecks(db)).rows[0]?.waktu ?? null;
}

/** Records a check the operator made by hand (offline, or from another place). */
export async function recordManualCheck(ctx: WriteContext, input: unknown): Promise<string> {
  const fields = availabilityCheckSchema.parse(input);
  if (fields.cara !== 'manual') throw new WebsiteError('Pemeriksaan manual harus bercara manual.');
  if (Date.parse(fields.waktu) > ctx.now().getTime() + 60_000) {
    throw new WebsiteError('Waktu pemeriksaan tidak boleh di masa depan.');
  }
  const site = await ctx.db.websiteSites.get(fields.siteId);
  if (!site || site._deleted) throw new WebsiteError('Layanan tidak ditemukan.');
  return createRow(ctx, 'websiteChecks', fields);
}

/**
 * Checks one site from main (`website:check`: one GET, status, time and the certificate's
 * end; nothing else is sent) and records what it saw. A site that did not answer is recorded
 * as down with main's reason.
 */
export async function checkSiteNow(
  ctx: WriteContext,
  api: MejaApi,
  site: Pick<WebsiteSiteRow, 'id' | 'alamatUrl'>,
): Promise<WebsiteCheckRow> {
  if (!site.alamatUrl) throw new WebsiteError('Layanan ini tidak memiliki alamat untuk diperiksa.');
  const seen = await call(api, 'websiteCheck', { alamatUrl: site.alamatUrl });
  const fields = availabilityCheckSchema.parse({
    siteId: site.id,
    waktu: ctx.now().toISOString(),
    statusHttp: seen.statusHttp,
    waktuResponsMs: seen.waktuResponsMs,
    tlsBerakhir: seen.tlsBerakhir,
    cara: 'otomatis',
    catatan: seen.galat.slice(0, 500),
  });
  const id = await createRow(ctx, 'websiteChecks', fields);
  const row = await ctx.db.websiteChecks.get(id);
  if (!row) throw new WebsiteError('Hasil pemeriksaan tidak tersimpan.');
  return row;
}

/** Checks every site that has an address, one after another; returns the rows recorded. */
export async function checkAllSites(ctx: WriteContext, api: MejaApi): Promise<WebsiteCheckRow[]> {
  const { rows } = await listSites(ctx.db);
  const done: WebsiteCheckRow[] = [];
  for (const site of rows) {
    if (site.alamatUrl) done.push(await checkSiteNow(ctx, api, site));
  }
  return done;
}

export async function listIncidents(db: MejaDatabase): Promise<Listed<WebsiteIncidentRow>> {
  const { rows, damaged } = sortOutRows('websiteIncidents', await db.websiteIncidents.toArray());
  return {
    rows: rows.filter((r) => !r._deleted).sort((a, b) => b.mulai.localeCompare(a.mulai)),
    damaged,
  };
}

/** Records a problem, or saves its handling, follow-ups and restore. */
export async function saveIncident(
  ctx: WriteContext,
  input: IncidentInput,
  id: string | null = null,
): Promise<string> {
  const fields = incidentSchema.parse(input);
  const site = await ctx.db.websiteSites.get(fields.siteId);
  if (!site || site._deleted) throw new WebsiteError('Layanan tidak ditemukan.');
  if (fields.pemulihan && fields.selesai === null) {
    throw new WebsiteError('Pemulihan dari cadangan dicatat setelah masalah selesai.');
  }
  if (fields.pemulihan?.backupId) {
    const backup = await ctx.db.backups.get(fields.pemulihan.backupId);
    if (!backup || backup._deleted) throw new WebsiteError('Cadangan tidak ditemukan.');
  }
  if (id === null) return createRow(ctx, 'websiteIncidents', fields);
  const found = await ctx.db.websiteIncidents.get(id);
  if (!found || found._deleted) throw new WebsiteError('Masalah tidak ditemukan.');
  await putRow(ctx, 'websiteIncidents', id, fields);
  return id;
}

export async function listVisitorReviews(
  db: MejaDatabase,
): Promise<Listed<WebsiteVisitorReviewRow>> {
  const { rows, damaged } = sortOutRows(
    'websiteVisitorReviews',
    await db.websiteVisitorReviews.toArray(),
  );
  return {
    rows: rows
      .filter((r) => !r._deleted)
      .sort((a, b) => b.dariTanggal.localeCompare(a.dariTanggal)),
    damaged,
  };
}

export async function recordVisitorReview(
  ctx: WriteContext,
  input: VisitorReviewInput,
): Promise<string> {
  const fields = visitorReviewSchema.parse(input);
  if (fields.sampaiTanggal > toIsoDate(ctx.now())) {
    throw new WebsiteError('Periode tinjauan tidak boleh melewati hari ini.');
  }
  const site = await ctx.db.websiteSites.get(fields.siteId);
  if (!site || site._deleted) throw new WebsiteError('Layanan tidak ditemukan.');
  return createRow(ctx, 'websiteVisitorReviews', fields);
}
