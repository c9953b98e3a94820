import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { WrongSecret } from './crypto.ts';
import * as vault from './vault.ts';

interface Props {
  /** Whose store, or null when the app opened offline and does not know who. */
  userId: string | null;
  title: string;
  lead: string;
  /** Why the secret is asked again, where the app opened with a connection. */
  note?: string;
  unlocked: (userId: string) => Promise<void> | void;
}

/** Asks for the secret of the field kit on this device and opens it; a wrong secret is told as such. */
export function UnlockForm({ userId, title, lead, note, unlocked }: Props) {
  const { t } = useTranslation('field');
  const [secret, setSecret] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const onSubmit = handle(async () => {
    if (!secret) return setError(t('kit.unlock.typeIt'));
    try {
      const who = await vault.unlock(userId, secret);
      setSecret('');
      await unlocked(who);
    } catch (e) {
      setSecret('');
      if (e instanceof WrongSecret) return setError(t('kit.unlock.wrong'));
      throw e;
    }
  });
  return (
    <section className="panel kit-form" aria-labelledby="kit-unlock-h">
      <h2 id="kit-unlock-h">{title}</h2>
      <p>{lead}</p>
      {note ? <p className="hint">{note}</p> : null}
      <form className="stack" onSubmit={onSubmit} noValidate>
        <Field
          label={t('kit.unlock.secret')}
          type="password"
          value={secret}
          onChange={setSecret}
          autoComplete="current-password"
        />
        <ErrorMessage message={error} />
        <button type="submit" className="button primary big" disabled={busy}>
          {busy ? t('kit.unlock.busy') : t('kit.unlock.submit')}
        </button>
      </form>
    </section>
  );
}
