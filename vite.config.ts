import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the browser app from web/ into web/dist, which the server serves at `/`. */
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:4600' },
  },
});
