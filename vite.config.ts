import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Builds the browser app from web/ into web/dist, which the server serves at `/`. A service worker (Workbox,
 * generated) precaches the app shell, its assets and fonts so the app opens without a connection; it caches no
 * API answer: what the field kit keeps offline is sealed in its own store (web/src/offline/).
 */
export default defineConfig({
  root: 'web',
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      // Registered from main.tsx: the server's content security policy allows no inline script.
      injectRegister: false,
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['lantern-icon.svg'],
      manifest: {
        name: 'Lantern',
        short_name: 'Lantern',
        description: 'Counter-trafficking casework, intelligence and operations.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        // The header's navy and the page's background (web/src/styles/base.css).
        theme_color: '#15213a',
        background_color: '#f3f4f7',
        icons: [{ src: 'lantern-icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,ttf,woff2,webmanifest}'],
        // The Chinese faces weigh 10 MB each: offline, Chinese text falls back to the phone's own font.
        globIgnores: ['**/NotoSansSC_*'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The API, and the anonymous public report pages the server writes itself (no script): a staff member's
        // browser must get those from the server, not the app's shell.
        navigateFallbackDenylist: [/^\/api\//, /^\/report(\/|$|\?)/],
        // Nothing is cached at run time: API answers never reach the worker's caches.
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:4600' },
  },
});
