import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, messageOf, setUnauthenticatedHandler } from './api.ts';
import type { AuthStage } from './auth/AuthSteps.tsx';
import { i18next } from './i18n/i18n.ts';
import { currentPath, replacePath, useHashPath, welcomeToken } from './router.ts';
import type { Catalogue, Me, SessionState, Stage } from './types.ts';

export type View =
  | { kind: 'loading' }
  | { kind: 'welcome'; token: string }
  | { kind: 'auth'; stage: AuthStage; notice?: string | undefined }
  | { kind: 'active'; me: Me; catalogue: Catalogue };

const SESSION_ENDED = (): string => i18next.t('errors.sessionEnded');
const POLL_MS = 60_000;

/** Where the browser stands in signing in, and the moves between those states. */
export function useSession() {
  const [view, setView] = useState<View>(() => {
    const token = welcomeToken(currentPath());
    return token ? { kind: 'welcome', token } : { kind: 'loading' };
  });
  const viewRef = useRef(view);
  viewRef.current = view;
  const path = useHashPath();

  const toSignIn = useCallback((notice?: string) => {
    setView({ kind: 'auth', stage: 'signin', notice });
    replacePath('/signin');
  }, []);

  const activate = useCallback(async () => {
    try {
      const [me, catalogue] = await Promise.all([
        api.get<Me>('/api/me'),
        api.get<Catalogue>('/api/catalogue'),
      ]);
      setView({ kind: 'active', me, catalogue });
      const p = currentPath();
      if (p === '/signin' || p.startsWith('/welcome')) replacePath('/');
    } catch (e) {
      // A 401 `unauthenticated` is handled by the session-ended handler below.
      if (!(e instanceof ApiError && e.code === 'unauthenticated')) toSignIn(messageOf(e));
    }
  }, [toSignIn]);

  const onStage = useCallback(
    (stage: Stage) => {
      if (stage === 'active') void activate();
      else setView({ kind: 'auth', stage });
    },
    [activate],
  );

  const leave = useCallback(
    async (notice?: string) => {
      await api.post('/api/auth/sign-out').catch(() => undefined);
      toSignIn(notice);
    },
    [toSignIn],
  );
  const restart = useCallback(() => void leave(), [leave]);
  const signOut = useCallback(() => void leave('You have signed out.'), [leave]);

  // First load: ask the server where this browser's session stands.
  useEffect(() => {
    if (viewRef.current.kind !== 'loading') return;
    api.get<SessionState>('/api/auth/session').then(
      (s) => {
        if (s.signedIn) void activate();
        else if (s.stage && s.stage !== 'active') setView({ kind: 'auth', stage: s.stage });
        else toSignIn();
      },
      (e: unknown) => toSignIn(messageOf(e)),
    );
  }, [activate, toSignIn]);

  // Any protected call answering 401 `unauthenticated` means the session ended.
  useEffect(() => {
    setUnauthenticatedHandler((error) => {
      const v = viewRef.current;
      if (v.kind === 'auth' && v.stage === 'signin') return;
      toSignIn(v.kind === 'auth' || v.kind === 'welcome' ? error.message : SESSION_ENDED());
    });
    return () => setUnauthenticatedHandler(null);
  }, [toSignIn]);

  // While signed in, check the session every minute and when the tab comes back into view.
  const active = view.kind === 'active';
  useEffect(() => {
    if (!active) return;
    const check = () =>
      api.get<SessionState>('/api/auth/session').then(
        (s) => {
          if (!s.signedIn && viewRef.current.kind === 'active') toSignIn(SESSION_ENDED());
        },
        () => undefined,
      );
    const timer = window.setInterval(check, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void check();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [active, toSignIn]);

  // A sign-in link opened while the app is running; the sign-in page once signed in.
  useEffect(() => {
    const token = welcomeToken(path);
    const v = viewRef.current;
    if (token && !(v.kind === 'welcome' && v.token === token)) setView({ kind: 'welcome', token });
    else if (v.kind === 'active' && path === '/signin') replacePath('/');
  }, [path]);

  return { view, onStage, restart, signOut };
}
