import type { ProblemReport } from '../../../shared/api/helpContract';

export interface ReportContext {
  /** When the report was made, already formatted ("4 Desember 2026 17.13"). */
  madeAt: string;
  /** The screen open when "Laporkan masalah" was chosen. */
  screen: string;
  /** This PC's code in the office's workspace. */
  device: string;
  /** The renderer's browser, which names the Chromium version. */
  userAgent: string;
}

const orDash = (value: string | null) => value ?? '-';

/** The text copied for the office's IT person; it goes to the clipboard only. */
export function problemReportText(report: ProblemReport, context: ReportContext): string {
  const s = report.system;
  return [
    'LAPORAN MASALAH MEJA TI',
    `Dibuat: ${context.madeAt}`,
    `Layar: ${context.screen}`,
    '',
    `Versi aplikasi: ${report.version}`,
    `Kode perangkat: ${context.device}`,
    `Nama komputer: ${s.hostname}`,
    `Sistem operasi: ${s.os} (${s.osRelease}, ${s.arch})`,
    `Memori: ${s.freeMemoryMb} MB bebas dari ${s.totalMemoryMb} MB; ${s.cpus} inti prosesor`,
    `Electron: ${orDash(s.electron)} · Chromium: ${orDash(s.chrome)} · Node.js: ${s.node}`,
    `Peramban: ${context.userAgent}`,
    `Lokasi data: ${report.dataPath}`,
    `Berkas log: ${report.logPath}`,
    '',
    `Baris terakhir log (${report.logLines.length}):`,
    ...(report.logLines.length > 0 ? report.logLines : ['(log masih kosong)']),
  ].join('\n');
}
