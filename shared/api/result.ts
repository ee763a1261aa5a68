/** Why a call failed, as a stable code the UI can branch on. */
export const ERROR_CODES = [
  'invalidInput',
  'forbiddenSender',
  'unknownChannel',
  'canceled',
  'io',
  'pdfRender',
  'printFailed',
  'internal',
  // The shared folder's reasons (SyncFolderErrorReason), so the sync engine can branch on them.
  'syncUnreachable',
  'syncExists',
  'syncBusy',
  'syncNotFound',
  'syncLockTimeout',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error that crossed a process boundary: a reason code and a message for the user. */
export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});

/**
 * Thrown by services for failures the user should read about. The message is Indonesian
 * and shown as is; the code travels with it.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}
