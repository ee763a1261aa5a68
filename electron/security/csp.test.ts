import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('content security policy', () => {
  const production = contentSecurityPolicy();
  const parsed = directives(production);

  it('is the strict policy in production', () => {
    expect(production).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; " +
        "worker-src 'self' blob:; object-src 'none'; frame-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('never allows eval', () => {
    expect(production).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' })).not.toContain(
      'unsafe-eval',
    );
  });

  it('names no remote origin in production', () => {
    expect(production).not.toMatch(/\b(https?|wss?):/);
  });

  it('allows no inline script in production', () => {
    expect(parsed.get('script-src')).toEqual(["'self'"]);
  });

  it('blocks plugins, frames, base and form targets', () => {
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(parsed.get(name)).toEqual(["'none'"]);
    }
  });

  it('adds the dev server and its websocket in development only', () => {
    const dev = directives(contentSecurityPolicy({ devServerOrigin: 'http://localhost:5173/' }));
    expect(dev.get('script-src')).toEqual(["'self'", 'http://localhost:5173', "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual([
      "'self'",
      'http://localhost:5173',
      'ws://localhost:5173',
    ]);
    expect(dev.get('default-src')).toEqual(["'self'"]);
  });
});
