import type { RendererError } from '../../../shared/api/logContract';
import type { FileLog } from './fileLog';

export interface RendererErrorLogOptions {
  log: Pick<FileLog, 'logError'>;
  now: () => Date;
  /** How many entries a minute may bring; a burst may spend them all at once. */
  perMinute?: number;
}

export interface RendererErrorLog {
  /** Writes the report unless the rate limit is spent; false when it was dropped. */
  record(report: RendererError): boolean;
}

export const RENDERER_LOG_CHANNEL = 'renderer';
const DEFAULT_PER_MINUTE = 20;
const MINUTE_MS = 60_000;

/** Control characters other than tab and newline could forge or hide lines in the log. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, ' ');
}

/** One log entry: what happened on which screen, then the stacks. */
export function describeRendererError(report: RendererError): string {
  const where = report.screen ? ` (layar ${report.screen})` : '';
  const lines = [`${report.kind}${where}: ${printable(report.message)}`];
  if (report.stack) lines.push(printable(report.stack));
  if (report.componentStack) lines.push(`Komponen:${printable(report.componentStack)}`);
  return lines.join('\n');
}

/**
 * The renderer's errors into main's log, through a token bucket: `perMinute` tokens refill
 * evenly over a minute. When it is empty one line says so, and the first entry written
 * after it says how many were dropped.
 */
export function createRendererErrorLog(options: RendererErrorLogOptions): RendererErrorLog {
  const capacity = options.perMinute ?? DEFAULT_PER_MINUTE;
  let tokens = capacity;
  let refilledAt = options.now().getTime();
  let skipped = 0;

  function refill(): void {
    const at = options.now().getTime();
    // A clock that goes back refills nothing.
    const elapsed = Math.max(0, at - refilledAt);
    tokens = Math.min(capacity, tokens + (elapsed * capacity) / MINUTE_MS);
    refilledAt = at;
  }

  return {
    record(report) {
      refill();
      if (tokens < 1) {
        if (skipped === 0) {
          options.log.logError(
            'Terlalu banyak galat dari tampilan: entri berikutnya dilewati sementara.',
            RENDERER_LOG_CHANNEL,
          );
        }
        skipped += 1;
        return false;
      }
      tokens -= 1;
      if (skipped > 0) {
        options.log.logError(`… ${skipped} entri dilewati.`, RENDERER_LOG_CHANNEL);
        skipped = 0;
      }
      options.log.logError(describeRendererError(report), RENDERER_LOG_CHANNEL);
      return true;
    },
  };
}
