import type { WebsiteForReport } from '../../../shared/statistics/websiteStats';
import type { MejaDatabase } from '../../db/database';
import { listChecks, listIncidents, listSites } from './websiteStore';

/** The office's websites, checks and problems for the Laporan Tahunan TI (damaged rows left out). */
export async function websiteForReport(db: MejaDatabase): Promise<WebsiteForReport> {
  const [sites, checks, incidents] = await Promise.all([
    listSites(db),
    listChecks(db),
    listIncidents(db),
  ]);
  return { sites: sites.rows, checks: checks.rows, incidents: incidents.rows };
}
