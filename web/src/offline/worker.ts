import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that precaches the app (vite.config.ts), so the app opens without a connection; a
 * new version takes over at the next opening. From here rather than an inline script: the server's content
 * security policy allows none. Browsers without service workers (or pages not in a secure context) go without.
 */
export function registerWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  void registerSW({ immediate: true });
}
