import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, messageOf } from '../api.ts';
import type { DemoSignInBody, DemoUserList, Stage, StageReply } from '../types.ts';
import { roleWord } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';

type DemoUser = DemoUserList['users'][number];

/** Demo mode: the demo users by agency, each signed in with one click. */
export function DemoUsers({ onStage }: { onStage: (stage: Stage) => void }) {
  const { t } = useTranslation('demo');
  const [users, setUsers] = useState<DemoUser[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => {
    api.get<DemoUserList>('/api/auth/demo-users').then(
      (r) => setUsers(r.users),
      (e: unknown) => setError(messageOf(e)),
    );
  }, []);
  const signIn = async (id: string) => {
    setBusy(id);
    setError(null);
    try {
      const r = await api.post<StageReply>('/api/auth/demo-sign-in', { userId: id } satisfies DemoSignInBody);
      onStage(r.stage);
    } catch (e) {
      setError(messageOf(e));
      setBusy(null);
    }
  };
  if (!users) return <ErrorMessage message={error} />;
  const agencies = [...new Set(users.map((u) => u.agencyName))];
  return (
    <section className="demo-users" aria-labelledby="demo-users-title">
      <h2 id="demo-users-title">{t('users.title')}</h2>
      <p className="muted small">{t('users.hint')}</p>
      <ErrorMessage message={error} />
      {agencies.map((agency) => (
        <div key={agency} className="demo-agency">
          <h3>{agency}</h3>
          <ul>
            {users
              .filter((u) => u.agencyName === agency)
              .map((u) => (
                <li key={u.id}>
                  <button
                    type="button"
                    className="button demo-user"
                    disabled={busy !== null}
                    onClick={() => void signIn(u.id)}
                  >
                    <span className="demo-role">
                      {u.roles.map((r) => roleWord(r.name, r.label)).join(', ')}
                    </span>
                    <span className="demo-name">{u.displayName}</span>
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
