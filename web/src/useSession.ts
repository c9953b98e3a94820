import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, messageOf, setUnauthenticatedHandler } from './api.ts';
import type { AuthStage } from './auth/AuthSteps.tsx';
import { i18next } from './i18n/i18n.ts';
import { openedWithConnection } from './offline/session.ts';
import { forgetSignInSecret } from './offline/signin-secret.ts';
import * as vault from './offline/vault.ts';
import { currentPath, replacePath, useHashPath, welcomeToken } from './router.ts';
import type { Catalogue, Me, SessionState, Stage } from './types.ts';

export type View =
  | { kind: 'loading' }
  | { kind: 'welcome'; token: string }
  | { kind: 'auth'; stage: AuthStage; notice?: string | undefined }
  | { kind: 'active'; me: Me; catalogue: Catalogue }
  /** No connection at the opening, and a field kit on this device: it opens with its secret. */
  | { kind: 'offline' };

/** The server could not be reached: no connection (the request never left, or the answer never came). */
const unreachable = (e: unknown) => e instanceof ApiError && e.status === 0;

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

  /** Without a connection, the field kit opens if this device has one; else the sign-in says why not. */
  const unreached = useCallback(
    async (e: unknown) => {
      if (unreachable(e) && (await vault.anyStore().catch(() => false))) setView({ kind: 'offline' });
      else toSignIn(messageOf(e));
    },
    [toSignIn],
  );

  const activate = useCallback(async () => {
    try {
      const [me, catalogue] = await Promise.all([
        api.get<Me>('/api/me'),
        api.get<Catalogue>('/api/catalogue'),
      ]);
      // The field kit opens silently with the password just typed, and this device is checked, before any screen.
      await openedWithConnection(me);
      setView({ kind: 'active', me, catalogue });
      const p = currentPath();
      if (p === '/signin' || p.startsWith('/welcome')) replacePath('/');
    } catch (e) {
      // A 401 `unauthenticated` is handled by the session-ended handler below.
      if (!(e instanceof ApiError && e.code === 'unauthenticated')) void unreached(e);
    }
  }, [unreached]);

  const onStage = useCallback(
    (stage: Stage) => {
      if (stage === 'active') void activate();
      else setView({ kind: 'auth', stage });
    },
    [activate],
  );

  const leave = useCallback(
    async (notice?: string, wipe = false) => {
      await api.post('/api/auth/sign-out').catch(() => undefined);
      forgetSignInSecret();
      // Signing out leaves nothing of the field kit on this device: its database is deleted, its key dropped. A
      // sign-in started again does not (a session that ended keeps what waits to be sent).
      if (wipe) await vault.wipe().catch(() => undefined);
      toSignIn(notice);
    },
    [toSignIn],
  );
  const restart = useCallback(() => void leave(), [leave]);

  /** Asks the server again where this browser's session stands (the connection is back). */
  const recheck = useCallback(() => setView({ kind: 'loading' }), []);
  const signOut = useCallback(() => {
    void (async () => {
      // Signing out wipes the field kit: what it has not sent yet would be lost, so the person is asked first.
      const waiting = await vault.anythingWaiting().catch(() => false);
      if (waiting && !window.confirm(i18next.t('field:kit.signOutWaiting'))) return;
      await leave('You have signed out.', true);
    })();
  }, [leave]);

  // First load (and a check again): ask the server where this browser's session stands.
  const loading = view.kind === 'loading';
  useEffect(() => {
    if (!loading) return;
    api.get<SessionState>('/api/auth/session').then(
      (s) => {
        if (s.signedIn) void activate();
        else if (s.stage && s.stage !== 'active') setView({ kind: 'auth', stage: s.stage });
        else toSignIn();
      },
      (e: unknown) => void unreached(e),
    );
  }, [loading, activate, toSignIn, unreached]);

  // Any protected call answering 401 `unauthenticated` means the session ended.
  useEffect(() => {
    setUnauthenticatedHandler((error) => {
      const v = viewRef.current;
      if ((v.kind === 'auth' && v.stage === 'signin') || v.kind === 'offline') return;
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

  return { view, onStage, restart, signOut, recheck };
}
