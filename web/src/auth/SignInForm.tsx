import { useState } from 'react';
import { api } from '../api.ts';
import { DemoUsers } from '../demo/DemoUsers.tsx';
import type { Stage } from '../types.ts';
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
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, handle } = useSubmit();
  const submit = handle(async () => {
    try {
      const r = await api.post<{ stage: Stage }>('/api/auth/sign-in', {
        username: username.trim(),
        password,
      });
      onStage(r.stage);
    } catch (e) {
      setPassword('');
      throw e;
    }
  });
  return (
    <AuthLayout title="Sign in to Lantern">
      <StatusMessage message={notice ?? null} />
      <form className="stack" onSubmit={submit} noValidate>
        <Field label="User name" value={username} onChange={setUsername} autoComplete="username" required />
        <Field
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
        />
        <ErrorMessage message={error} />
        <button type="submit" className="button primary" disabled={busy || !username || !password}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="muted small after-form">
        New here? Your agency administrator gives you a one-time link to set up your account.
      </p>
      {demo && <DemoUsers onStage={onStage} />}
    </AuthLayout>
  );
}
