// The maintenance feature as other features may use it; anything else in this folder is its own.
export { ScheduleWarnings } from './ScheduleWarnings';
export { readDueList, readScheduledTasks } from './dueNow';
