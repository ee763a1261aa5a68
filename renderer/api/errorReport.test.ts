import { describe, expect, it, vi } from 'vitest';
import type { MejaApi } from '../../shared/api/contract';
import { rendererErrorSchema } from '../../shared/api/logContract';
import { errorDetails } from './errorDetails';
import { installErrorReporting, rendererErrorReport } from './errorReport';

describe('renderer error reports', () => {
  it('describes anything thrown within the channel bounds', () => {
    const error = new TypeError('x is undefined');
    const report = rendererErrorReport('render', error, {
      screen: 'unit',
      componentStack: '\n    at UnitsPage',
    });
    expect(report).toMatchObject({
      kind: 'render',
      message: 'TypeError: x is undefined',
      screen: 'unit',
      componentStack: '\n    at UnitsPage',
    });
    expect(report.stack).toContain('x is undefined');
    expect(rendererErrorReport('unhandledrejection', { code: 7 }).message).toBe('{"code":7}');
    const huge = rendererErrorReport('error', 'z'.repeat(100_000));
    expect(rendererErrorSchema.safeParse(huge).success).toBe(true);
  });

  it('sends errors and rejections no boundary sees to main, and stops when told', async () => {
    const logRendererError = vi.fn(async (_input: unknown) => ({
      ok: true as const,
      value: { logged: true },
    }));
    const api = { logRendererError } as unknown as MejaApi;
    const target = new EventTarget();
    const stop = installErrorReporting(target as unknown as Window, api);
    target.dispatchEvent(
      Object.assign(new Event('error'), { error: new Error('klik gagal'), message: 'klik gagal' }),
    );
    target.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: 'ditolak' }));
    expect(logRendererError.mock.calls.map(([input]) => input)).toEqual([
      { error: expect.objectContaining({ kind: 'error', message: 'Error: klik gagal' }) },
      { error: { kind: 'unhandledrejection', message: 'ditolak' } },
    ]);
    stop();
    target.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: 'lagi' }));
    expect(logRendererError).toHaveBeenCalledTimes(2);
  });

  it('never throws when main cannot be reached', async () => {
    const api = {
      logRendererError: async () => {
        throw new Error('gone');
      },
    } as unknown as MejaApi;
    const target = new EventTarget();
    installErrorReporting(target as unknown as Window, api);
    expect(() =>
      target.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: 'x' })),
    ).not.toThrow();
  });

  it('puts version, screen, time, message and stacks in the copied details', () => {
    const thrown = new Error('rusak');
    const text = errorDetails({
      thrown,
      componentStack: '\n    at UnitsPage',
      screen: 'Unit Kerja',
      version: '0.1.0',
      at: new Date(Date.UTC(2026, 10, 20, 2, 0)),
    });
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Meja TI versi 0.1.0',
      'Layar: Unit Kerja',
      'Waktu: 2026-11-20T02:00:00.000Z',
      'Kesalahan: Error: rusak',
    ]);
    expect(text).toContain(thrown.stack ?? 'no stack');
    expect(text).toContain('Komponen:\n    at UnitsPage');
  });
});
