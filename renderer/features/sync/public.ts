// The sync feature as other features may use it; anything else in this folder is its own.
export { JoinWorkspacePanel } from './JoinWorkspacePanel';
