/**
 * The Content-Security-Policy the app's pages are served with. Production allows only the
 * app's own origin: no remote origin, no eval, no inline script. Development adds the Vite
 * dev server, its HMR websocket, and inline script for React Fast Refresh's preamble.
 */

export interface CspOptions {
  /** e.g. `http://localhost:5173`; only given when running against the Vite dev server. */
  devServerOrigin?: string;
}

type Directives = Record<string, string[]>;

const PRODUCTION: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Mantine and React set style attributes at runtime.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

function websocketOrigin(httpOrigin: string): string {
  return httpOrigin.replace(/^http/, 'ws');
}

function withDevServer(base: Directives, origin: string): Directives {
  return {
    ...base,
    'script-src': [...(base['script-src'] ?? []), origin, "'unsafe-inline'"],
    'connect-src': [...(base['connect-src'] ?? []), origin, websocketOrigin(origin)],
  };
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const origin = options.devServerOrigin?.replace(/\/+$/, '');
  const directives = origin ? withDevServer(PRODUCTION, origin) : PRODUCTION;
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
