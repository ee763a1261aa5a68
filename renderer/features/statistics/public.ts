// The statistics feature as other features may use it; anything else in this folder is its own.
export { StatisticsPage } from './StatisticsPage';
