import { describe, expect, it } from 'vitest';
import {
  clipRendererError,
  logContract,
  RENDERER_ERROR_LIMITS,
  rendererErrorSchema,
} from './logContract';

const report = { kind: 'render' as const, message: 'x is undefined', screen: 'unit' };

describe('the renderer error channel schema', () => {
  it('takes a report within the bounds', () => {
    expect(rendererErrorSchema.parse({ ...report, stack: 's', componentStack: 'c' })).toEqual({
      ...report,
      stack: 's',
      componentStack: 'c',
    });
  });

  it('refuses a message, stack or screen past its bound, and anything unknown', () => {
    const over = (n: number) => 'a'.repeat(n + 1);
    for (const bad of [
      { ...report, message: over(RENDERER_ERROR_LIMITS.message) },
      { ...report, stack: over(RENDERER_ERROR_LIMITS.stack) },
      { ...report, componentStack: over(RENDERER_ERROR_LIMITS.componentStack) },
      { ...report, screen: over(RENDERER_ERROR_LIMITS.screen) },
      { ...report, screen: '../etc' },
      { ...report, kind: 'debug' },
      { ...report, extra: 1 },
      { kind: 'render' },
    ]) {
      expect(rendererErrorSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(
        false,
      );
    }
    expect(logContract.logRendererError.input.safeParse({ error: report, more: 1 }).success).toBe(
      false,
    );
  });

  it('clips a long report so that it fits instead of being refused', () => {
    const clipped = clipRendererError({
      kind: 'error',
      message: 'm'.repeat(10_000),
      stack: 's'.repeat(50_000),
      componentStack: 'c'.repeat(50_000),
      screen: 'Not A Screen',
    });
    expect(rendererErrorSchema.safeParse(clipped).success).toBe(true);
    expect(clipped.message).toHaveLength(RENDERER_ERROR_LIMITS.message);
    expect(clipped.message.endsWith('…')).toBe(true);
    expect(clipped.stack).toHaveLength(RENDERER_ERROR_LIMITS.stack);
    expect(clipped.screen).toBeUndefined();
    expect(clipRendererError(report)).toEqual(report);
  });
});
