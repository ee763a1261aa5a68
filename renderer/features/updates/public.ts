// The updates feature as other features and the shell may use it.
export { UpdatesPanel } from './UpdatesPanel';
