// The website feature (SOP F) as other features may use it; anything else here is its own.
export { renewalsDueFor, websiteWaiting } from './websiteWaiting';
export type { WebsiteWaitingItem } from './websiteWaiting';
export { websiteReportData } from './websiteReportData';
export type { PublishedProvider } from './websiteReportData';
export { WebsitePage } from './WebsitePage';
export { WebsiteCheckScheduler } from './WebsiteCheckScheduler';
export { saveSite } from './websiteStore';
export { websiteForReport } from './websiteForReport';
export { recordManualCheck } from './websiteStore';
