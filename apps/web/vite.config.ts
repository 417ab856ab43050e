/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** Where `pnpm dev` and `pnpm preview` forward /api; override with API_PROXY_TARGET. */
const apiTarget = process.env.API_PROXY_TARGET ?? 'http://localhost:3000';
const proxy = { '/api': { target: apiTarget, changeOrigin: true } };

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      // Use the client's TypeScript source (tsconfig.json `paths` says the same to vue-tsc), so
      // dev, tests and build work without building packages/client first.
      '@jaryk/client': fileURLToPath(
        new URL('../../packages/client/src/index.ts', import.meta.url),
      ),
    },
  },
  define: {
    // Feature flags: the composition API only (smaller Vue), no devtools hooks in
    // production. A dependency written with the options API (data, methods, mounted …) needs
    // __VUE_OPTIONS_API__ back on: it would render without them and fail quietly.
    __VUE_OPTIONS_API__: false,
  },
  // dist/.vite/manifest.json: scripts/check-bundle.ts measures the home page's first-load JS.
  build: { manifest: true },
  server: { proxy },
  preview: { proxy },
  test: {
    environment: 'happy-dom',
    // Tests never touch the network: no page loads in iframes (the click-to-play YouTube
    // player), no scripts or style sheets fetched by the fake DOM.
    environmentOptions: {
      happyDOM: {
        settings: {
          disableIframePageLoading: true,
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
        },
      },
    },
    include: ['src/**/*.test.ts'],
    restoreMocks: true,
  },
});
