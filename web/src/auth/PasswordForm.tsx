import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';

const MIN_LENGTH = 12;

/** A new password typed twice, checked here before `onSave` sends it on. */
export function PasswordForm({ onSave }: { onSave: (password: string) => Promise<void> }) {
  const { t } = useTranslation('auth');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    if ([...password].length < MIN_LENGTH) {
      setError(t('password.tooShort', { count: MIN_LENGTH }));
      return;
    }
    if (password !== repeat) {
      setError(t('password.notSame'));
      setRepeat('');
      return;
    }
    await onSave(password);
  });
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Field
        label={t('password.new')}
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        hint={t('password.hint', { count: MIN_LENGTH })}
        required
      />
      <Field
        label={t('password.repeat')}
        type="password"
        value={repeat}
        onChange={setRepeat}
        autoComplete="new-password"
        required
      />
      <ErrorMessage message={error} />
      <button type="submit" className="button primary" disabled={busy || !password || !repeat}>
        {busy ? t('password.saving') : t('password.save')}
      </button>
    </form>
  );
}
