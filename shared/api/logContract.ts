import { z } from 'zod';

/**
 * The renderer's errors, on their way to main's log. Everything here is untrusted (a broken
 * screen may send anything, as often as it likes): main parses each report with these
 * bounds and rate-limits what it writes, so a loop of errors cannot fill the disk.
 */

export const RENDERER_ERROR_LIMITS = {
  message: 2_000,
  stack: 8_000,
  componentStack: 8_000,
  screen: 60,
} as const;

export const RENDERER_ERROR_KINDS = ['render', 'error', 'unhandledrejection', 'startup'] as const;
export type RendererErrorKind = (typeof RENDERER_ERROR_KINDS)[number];

export const rendererErrorSchema = z
  .object({
    kind: z.enum(RENDERER_ERROR_KINDS),
    message: z.string().max(RENDERER_ERROR_LIMITS.message),
    stack: z.string().max(RENDERER_ERROR_LIMITS.stack).optional(),
    componentStack: z.string().max(RENDERER_ERROR_LIMITS.componentStack).optional(),
    /** The screen shown when it happened (a PageId such as 'unit'). */
    screen: z
      .string()
      .max(RENDERER_ERROR_LIMITS.screen)
      .regex(/^[a-z0-9-]*$/)
      .optional(),
  })
  .strict();
export type RendererError = z.infer<typeof rendererErrorSchema>;

export const logContract = {
  logRendererError: {
    channel: 'log:renderer-error',
    input: z.object({ error: rendererErrorSchema }).strict(),
    /** false when the entry was dropped by the rate limit. */
    output: z.object({ logged: z.boolean() }),
  },
} as const;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A report within the channel's bounds, so that a long stack is cut rather than refused.
 * `screen` is dropped when it is not a plain id.
 */
export function clipRendererError(report: RendererError): RendererError {
  const screen =
    report.screen !== undefined && /^[a-z0-9-]{0,60}$/.test(report.screen)
      ? report.screen
      : undefined;
  return {
    kind: report.kind,
    message: clip(report.message, RENDERER_ERROR_LIMITS.message),
    ...(report.stack !== undefined && {
      stack: clip(report.stack, RENDERER_ERROR_LIMITS.stack),
    }),
    ...(report.componentStack !== undefined && {
      componentStack: clip(report.componentStack, RENDERER_ERROR_LIMITS.componentStack),
    }),
    ...(screen !== undefined && { screen }),
  };
}
