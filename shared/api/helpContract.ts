import { z } from 'zod';

/**
 * "Laporkan masalah": what main tells the renderer so the operator can hand the office's IT
 * person one text (app version, the PC, the last lines of main's log). Read-only; the text
 * only goes to the clipboard, nothing is sent anywhere.
 */

export const PROBLEM_REPORT_MAX_LINES = 200;

export const problemReportSchema = z.object({
  version: z.string(),
  dataPath: z.string(),
  logPath: z.string(),
  /** The last lines of main's log, oldest first; empty when nothing was logged yet. */
  logLines: z.array(z.string()),
  system: z.object({
    os: z.string(),
    osRelease: z.string(),
    arch: z.string(),
    hostname: z.string(),
    totalMemoryMb: z.number().int().nonnegative(),
    freeMemoryMb: z.number().int().nonnegative(),
    cpus: z.number().int().nonnegative(),
    /** null where main does not run in Electron (the e2e bridge). */
    electron: z.string().nullable(),
    chrome: z.string().nullable(),
    node: z.string(),
  }),
});
export type ProblemReport = z.infer<typeof problemReportSchema>;
export type SystemDetails = ProblemReport['system'];

export const helpContract = {
  getProblemReport: {
    channel: 'app:problem-report',
    input: z.object({ lines: z.number().int().min(1).max(PROBLEM_REPORT_MAX_LINES) }).strict(),
    output: problemReportSchema,
  },
} as const;
