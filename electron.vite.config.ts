import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/content-security-policy';

/** Writes the one Content-Security-Policy into the built page, so every transport serves it. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'boardwalk-csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The workforce reader runs in a worker thread: its own entry, found beside main.js.
        input: {
          main: resolve('src-main/electron/main.ts'),
          'scan-worker': resolve('src-main/core/workforce/scan-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only be a single CommonJS script.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src-renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      // Shipped inside the app and read locally: no need for the hash-named split chunks of a website.
      sourcemap: false,
      rollupOptions: {
        input: { index: resolve('src-renderer/index.html') },
      },
    },
  },
});
