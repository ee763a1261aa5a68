import { describeThrown } from './errorReport';

/** What "Salin rincian" puts on the clipboard, for the operator to send to whoever helps. */
export function errorDetails(options: {
  thrown: unknown;
  componentStack: string | null;
  screen: string;
  version: string;
  at: Date;
}): string {
  const { message, stack } = describeThrown(options.thrown);
  const lines = [
    `Meja TI versi ${options.version}`,
    `Layar: ${options.screen}`,
    `Waktu: ${options.at.toISOString()}`,
    `Kesalahan: ${message}`,
  ];
  if (stack) lines.push('', stack);
  if (options.componentStack) lines.push('', `Komponen:${options.componentStack}`);
  return lines.join('\n');
}
