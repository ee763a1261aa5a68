import type { CheckSchedule } from '../../shared/website/checkSchedule';
import type { CycleFields, CycleStepExtras, CycleStepFields } from '../../shared/website/cycle';
import type { Incident } from '../../shared/website/incident';
import type { AvailabilityCheck, RenewalFields, SiteFields } from '../../shared/website/schema';
import type { VisitorReviewFields } from '../../shared/website/visitorReview';
import type { SyncedRow } from './rows';

/** A website or service of the office with its current contract (SOP F). */
export type WebsiteSiteRow = SyncedRow & SiteFields;
/** A renewal recorded with its invoice; it became the site's contract. */
export type WebsiteRenewalRow = SyncedRow & RenewalFields;
/** One availability check, automatic or by hand. */
export type WebsiteCheckRow = SyncedRow & AvailabilityCheck;
/** A problem with a site, its handling, third-party follow-ups and restore. */
export type WebsiteIncidentRow = SyncedRow & Incident;
/** A review of the visitor activity. */
export type WebsiteVisitorReviewRow = SyncedRow & VisitorReviewFields;
/** The month's SOP F cycle. */
export type WebsiteMaintenanceRow = SyncedRow & CycleFields;
/** One step of procedure F recorded on a month's cycle. */
export type WebsiteMaintenanceStepRow = SyncedRow & CycleStepFields & CycleStepExtras;

export interface WebsiteTables {
  websiteSites: WebsiteSiteRow;
  websiteRenewals: WebsiteRenewalRow;
  websiteChecks: WebsiteCheckRow;
  websiteIncidents: WebsiteIncidentRow;
  websiteVisitorReviews: WebsiteVisitorReviewRow;
  websiteMaintenance: WebsiteMaintenanceRow;
  websiteMaintenanceSteps: WebsiteMaintenanceStepRow;
}

export type { CheckSchedule };
