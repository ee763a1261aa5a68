import type { MejaApi } from '../../shared/api/contract';
import {
  clipRendererError,
  type RendererError,
  type RendererErrorKind,
} from '../../shared/api/logContract';

/** The message and stack of anything thrown (a thrown string or object included). */
export function describeThrown(thrown: unknown): { message: string; stack?: string } {
  if (thrown instanceof Error) {
    return { message: `${thrown.name}: ${thrown.message}`, stack: thrown.stack };
  }
  if (typeof thrown === 'string') return { message: thrown };
  try {
    return { message: JSON.stringify(thrown) ?? String(thrown) };
  } catch {
    return { message: String(thrown) };
  }
}

/** A report for the log channel, cut to its bounds. */
export function rendererErrorReport(
  kind: RendererErrorKind,
  thrown: unknown,
  extra: { screen?: string; componentStack?: string | null } = {},
): RendererError {
  const { message, stack } = describeThrown(thrown);
  return clipRendererError({
    kind,
    message,
    ...(stack !== undefined && { stack }),
    ...(extra.componentStack ? { componentStack: extra.componentStack } : {}),
    ...(extra.screen !== undefined && { screen: extra.screen }),
  });
}

/**
 * Sends a report to main's log. It never throws and never logs to the console as an error:
 * a failure here must not raise another error report.
 */
export async function reportRendererError(api: MejaApi, report: RendererError): Promise<void> {
  try {
    await api.logRendererError({ error: report });
  } catch {
    // Main is away (the window is closing); the error is lost with it.
  }
}

/**
 * Errors that no error boundary sees (event handlers, timers, promises nobody awaited) go
 * to main's log as they happen. Returns the function that stops it.
 */
export function installErrorReporting(target: Window, api: MejaApi): () => void {
  const onError = (event: ErrorEvent) => {
    void reportRendererError(
      api,
      rendererErrorReport('error', event.error ?? event.message ?? 'Galat tanpa keterangan'),
    );
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    void reportRendererError(api, rendererErrorReport('unhandledrejection', event.reason));
  };
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
