import { AppError, type ErrorCode } from '../../../shared/api/result';

/** Why a shared-folder operation failed, for the sync engine to branch on. */
export type SyncFolderErrorReason =
  'unreachable' | 'exists' | 'busy' | 'notFound' | 'invalidPath' | 'lockTimeout' | 'io';

/** The API error code each reason travels as; the renderer reads the reason back from it. */
const CODE_OF_REASON: Record<SyncFolderErrorReason, ErrorCode> = {
  unreachable: 'syncUnreachable',
  exists: 'syncExists',
  busy: 'syncBusy',
  notFound: 'syncNotFound',
  invalidPath: 'invalidInput',
  lockTimeout: 'syncLockTimeout',
  io: 'io',
};

/** An AppError with the sync folder's own reason; the message is Indonesian. */
export class SyncFolderError extends AppError {
  readonly reason: SyncFolderErrorReason;
  constructor(reason: SyncFolderErrorReason, message: string, options?: { cause?: unknown }) {
    super(CODE_OF_REASON[reason], message, options);
    this.name = 'SyncFolderError';
    this.reason = reason;
  }
}

export function isSyncFolderError(
  error: unknown,
  reason?: SyncFolderErrorReason,
): error is SyncFolderError {
  return error instanceof SyncFolderError && (reason === undefined || error.reason === reason);
}
