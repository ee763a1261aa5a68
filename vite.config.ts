import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/security/csp';

/** frame-ancestors only works as a header; in a meta tag Chromium warns and ignores it. */
function metaPolicy(): string {
  return contentSecurityPolicy({})
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !d.startsWith('frame-ancestors'))
    .join('; ');
}

/** The production page carries its CSP as a meta tag too (main also sends it as a header). */
function cspMeta(): Plugin {
  return {
    name: 'meja-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 2048,
  },
  server: { port: 5173, strictPort: true },
});
