import { useSyncExternalStore } from 'react';

/** Hash routing: `#/audit` is the path `/audit`. The server only ever serves index.html and its assets. */
export function currentPath(): string {
  const raw = window.location.hash.replace(/^#/, '');
  return raw.startsWith('/') ? raw : '/';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashPath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

export const href = (path: string): string => `#${path}`;

/** Replaces the current history entry, e.g. to drop a one-time token from the address bar. */
export function replacePath(path: string): void {
  if (currentPath() === path) return;
  window.history.replaceState(null, '', href(path));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function navigate(path: string): void {
  window.location.hash = href(path);
}

/** The token of a `#/welcome/<token>` link, if this is one. */
export function welcomeToken(path: string): string | null {
  const m = /^\/welcome\/([^/?#]+)$/.exec(path);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}
