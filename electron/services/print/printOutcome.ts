/**
 * What `webContents.print`'s callback means for the user. Electron has reported a
 * cancelled dialog as "cancelled", then "canceled", and documents "Print job canceled";
 * any of them is the user's choice, not a failure.
 */
export type PrintOutcome = 'printed' | 'canceled' | 'failed';

export function printOutcome(success: boolean, failureReason: string | undefined): PrintOutcome {
  if (success) return 'printed';
  return /cancel/i.test(failureReason ?? '') ? 'canceled' : 'failed';
}
