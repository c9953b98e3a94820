import { useState } from 'react';
import { api } from '../api.ts';
import type { Stage } from '../types.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { AuthLayout } from './AuthLayout.tsx';

const MIN_LENGTH = 12;

export function PasswordStep({ onStage }: { onStage: (stage: Stage) => void }) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    if ([...password].length < MIN_LENGTH) {
      setError(`The password needs at least ${MIN_LENGTH} characters.`);
      return;
    }
    if (password !== repeat) {
      setError('The two passwords are not the same. Type them again.');
      setRepeat('');
      return;
    }
    const r = await api.post<{ stage: Stage }>('/api/auth/password', { password });
    onStage(r.stage);
  });
  return (
    <AuthLayout title="Choose your password">
      <p>You will use this password with your user name each time you sign in.</p>
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          label="New password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          hint={`At least ${MIN_LENGTH} characters. A few unrelated words make a strong password you can remember.`}
          required
        />
        <Field
          label="Repeat the password"
          type="password"
          value={repeat}
          onChange={setRepeat}
          autoComplete="new-password"
          required
        />
        <ErrorMessage message={error} />
        <button type="submit" className="button primary" disabled={busy || !password || !repeat}>
          {busy ? 'Saving…' : 'Save password'}
        </button>
      </form>
    </AuthLayout>
  );
}
