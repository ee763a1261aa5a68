import { describe, expect, it } from 'vitest';
import type { ProblemReport } from '../../../shared/api/helpContract';
import { problemReportText } from './problemReportText';

const report: ProblemReport = {
  version: '0.1.0',
  dataPath: 'C:\\Users\\op\\AppData\\Roaming\\Meja TI',
  logPath: 'C:\\Users\\op\\AppData\\Roaming\\Meja TI\\logs\\main.log',
  logLines: ['2026-12-04T01:00:00.000Z [pdf:save] Error: disk penuh', '    at save'],
  system: {
    os: 'Windows_NT Windows 10 Pro',
    osRelease: '10.0.19045',
    arch: 'x64',
    hostname: 'PTIP-01',
    totalMemoryMb: 8192,
    freeMemoryMb: 2048,
    cpus: 4,
    electron: '45.4.1',
    chrome: '140.0.7339.41',
    node: '22.19.0',
  },
};
const context = {
  madeAt: '4 Desember 2026 08.00',
  screen: 'Perangkat TI',
  device: 'A1B2',
  userAgent: 'Chrome/140',
};

describe('the problem report text', () => {
  it('names the version, the PC, its runtime and the log’s last lines', () => {
    const text = problemReportText(report, context);
    expect(text).toContain('Versi aplikasi: 0.1.0');
    expect(text).toContain('Nama komputer: PTIP-01');
    expect(text).toContain('Sistem operasi: Windows_NT Windows 10 Pro (10.0.19045, x64)');
    expect(text).toContain('Memori: 2048 MB bebas dari 8192 MB; 4 inti prosesor');
    expect(text).toContain('Electron: 45.4.1 · Chromium: 140.0.7339.41 · Node.js: 22.19.0');
    expect(text).toContain('Layar: Perangkat TI');
    expect(
      text.endsWith(
        'Baris terakhir log (2):\n2026-12-04T01:00:00.000Z [pdf:save] Error: disk penuh\n    at save',
      ),
    ).toBe(true);
  });

  it('says when the log is still empty and when main is not Electron', () => {
    const text = problemReportText(
      { ...report, logLines: [], system: { ...report.system, electron: null, chrome: null } },
      context,
    );
    expect(text).toContain('(log masih kosong)');
    expect(text).toContain('Electron: - · Chromium: -');
  });
});
