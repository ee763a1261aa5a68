import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, type ApiHandlers } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { createDispatch } from './dispatch';

const info = {
  name: 'Meja TI',
  version: '0.1.0',
  dataPath: '/data',
  platform: 'linux',
  packaged: false,
};

function handlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  const unused = async () => {
    throw new Error('not called');
  };
  // Every method answers "not called" unless the test gives it.
  const all = Object.fromEntries(API_METHODS.map((m) => [m, unused])) as unknown as ApiHandlers;
  return { ...all, getAppInfo: async () => info, ...overrides };
}

describe('dispatch', () => {
  it('answers a valid call with ok and the value', async () => {
    const dispatch = createDispatch(handlers(), { logError: vi.fn() });
    expect(await dispatch('app:get-info', {})).toEqual({ ok: true, value: info });
  });

  it('refuses an unknown channel', async () => {
    const dispatch = createDispatch(handlers(), { logError: vi.fn() });
    expect(await dispatch('fs:read-anything', {})).toMatchObject({
      ok: false,
      error: { code: 'unknownChannel' },
    });
  });

  it('refuses a payload that breaks the schema before any handler runs', async () => {
    const savePdf = vi.fn();
    const dispatch = createDispatch(handlers({ savePdf }), { logError: vi.fn() });
    const result = await dispatch('pdf:save', {
      document: { kind: 'ujiKop' },
      suggestedName: '../x.pdf',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(result.ok ? '' : result.error.message).toMatch(/^Data yang dikirim tidak valid/);
    expect(savePdf).not.toHaveBeenCalled();
    expect(await dispatch('app:get-info', { extra: true })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput' },
    });
  });

  it('checks a spreadsheet to save: base64 content and an .xlsx name', async () => {
    const saveSpreadsheet = vi.fn(async () => ({ saved: true as const, path: '/docs/a.xlsx' }));
    const dispatch = createDispatch(handlers({ saveSpreadsheet }), { logError: vi.fn() });
    const base64 = 'UEsDBBQABgA=';
    expect(
      await dispatch('file:save-xlsx', { base64, suggestedName: 'perangkat-ti-2026-11-22.xlsx' }),
    ).toEqual({ ok: true, value: { saved: true, path: '/docs/a.xlsx' } });
    for (const bad of [
      { base64, suggestedName: '../perangkat.xlsx' },
      { base64, suggestedName: 'perangkat.xls' },
      { base64, suggestedName: 'perangkat.pdf' },
      { base64: 'not base64!', suggestedName: 'a.xlsx' },
      { base64: '', suggestedName: 'a.xlsx' },
      { base64, suggestedName: 'a.xlsx', path: '/etc/passwd' },
    ]) {
      expect(await dispatch('file:save-xlsx', bad)).toMatchObject({
        ok: false,
        error: { code: 'invalidInput' },
      });
    }
    expect(saveSpreadsheet).toHaveBeenCalledTimes(1);
  });

  it('passes an AppError through with its code and message', async () => {
    const dispatch = createDispatch(
      handlers({
        getAppInfo: async () => {
          throw new AppError('io', 'Folder tidak dapat dibaca.');
        },
      }),
      { logError: vi.fn() },
    );
    expect(await dispatch('app:get-info', {})).toEqual({
      ok: false,
      error: { code: 'io', message: 'Folder tidak dapat dibaca.' },
    });
  });

  it('hides an unexpected error behind a plain message and logs it', async () => {
    const logError = vi.fn();
    const dispatch = createDispatch(
      handlers({
        getAppInfo: async () => {
          throw new TypeError('x is undefined');
        },
      }),
      { logError },
    );
    const result = await dispatch('app:get-info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(result.ok ? '' : result.error.message).not.toContain('undefined');
    expect(logError).toHaveBeenCalledWith(expect.any(TypeError), 'app:get-info');
  });

  it('treats a result that breaks the contract as an internal error', async () => {
    const logError = vi.fn();
    const dispatch = createDispatch(
      handlers({ getAppInfo: async () => ({ ...info, version: 1 }) as unknown as typeof info }),
      { logError },
    );
    expect(await dispatch('app:get-info', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});

describe('dispatch of renderer errors', () => {
  it('passes a bounded report to the log and refuses an oversize one before it', async () => {
    const logRendererError = vi.fn(async () => ({ logged: true }));
    const dispatch = createDispatch(handlers({ logRendererError }), { logError: vi.fn() });
    const error = { kind: 'render', message: 'x is undefined', screen: 'unit' };
    expect(await dispatch('log:renderer-error', { error })).toEqual({
      ok: true,
      value: { logged: true },
    });
    for (const bad of [
      { error: { ...error, message: 'a'.repeat(2_001) } },
      { error: { ...error, stack: 'a'.repeat(8_001) } },
      { error: { ...error, kind: 'anything' } },
      { error, extra: 'x' },
      'x'.repeat(100_000),
    ]) {
      expect(await dispatch('log:renderer-error', bad)).toMatchObject({
        ok: false,
        error: { code: 'invalidInput' },
      });
    }
    expect(logRendererError).toHaveBeenCalledTimes(1);
  });
});
