import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { DemoUsers } from '../demo/DemoUsers.tsx';
import { rememberSignInSecret } from '../offline/signin-secret.ts';
import type { SignInBody, Stage, StageReply } from '../types.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { AuthLayout } from './AuthLayout.tsx';

interface Props {
  notice?: string | undefined;
  onStage: (stage: Stage) => void;
  demo?: boolean;
}

export function SignInForm({ notice, onStage, demo = false }: Props) {
  const { t } = useTranslation('auth');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, handle } = useSubmit();
  const submit = handle(async () => {
    try {
      const r = await api.post<StageReply>('/api/auth/sign-in', {
        username: username.trim(),
        password,
      } satisfies SignInBody);
      // Held in memory until the profile loads: it opens this user's field kit if it seals it (offline/session.ts).
      rememberSignInSecret(password);
      onStage(r.stage);
    } catch (e) {
      setPassword('');
      throw e;
    }
  });
  return (
    <AuthLayout title={t('signIn.title')}>
      <StatusMessage message={notice ?? null} />
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          label={t('signIn.userName')}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          required
        />
        <Field
          label={t('signIn.password')}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
        />
        <ErrorMessage message={error} />
        <button type="submit" className="button primary" disabled={busy || !username || !password}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
      <p className="muted small after-form">{t('signIn.newHere')}</p>
      {demo && <DemoUsers onStage={onStage} />}
    </AuthLayout>
  );
}
