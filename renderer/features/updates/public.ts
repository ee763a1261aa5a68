// The updates feature as other features and the shell may use it.
export { UpdateNotice } from './UpdateNotice';
export { UpdatesPanel } from './UpdatesPanel';
