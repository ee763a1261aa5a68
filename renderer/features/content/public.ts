// The content feature (SOP E) as other features may use it; anything else here is its own.
export { contentWaiting, publishedForReport, publishedInMonth } from './contentWaiting';
export type { ContentWaitingItem, PublishedContent } from './contentWaiting';
export { startContent } from './contentSteps';
export { staleKeptInfo } from './mandatoryInfoStore';
export { markMandatoryInfoUpdated, seedMandatoryInfo } from './mandatoryInfoStore';
