import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices } from '../monitoring/inspections/controls.tsx';
import type { Me } from '../types.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { afterUnlock } from './session.ts';
import * as vault from './vault.ts';

/** A passphrase chosen for the store is at least this long; a sign-in password met the server's own rules. */
export const MIN_PASSPHRASE = 10;

/**
 * The field kit set up on this device, once: the user chooses the secret that seals it (their sign-in password, or
 * a passphrase for those who sign in without one, such as the demo's users), and the device registers itself
 * with the agency.
 */
export function SetUpForm({ me, done }: { me: Me; done: (message: string) => void }) {
  const { t } = useTranslation('field');
  const [kind, setKind] = useState<vault.SecretKind>('passphrase');
  const [secret, setSecret] = useState('');
  const [again, setAgain] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const onSubmit = handle(async () => {
    if (kind === 'passphrase' && secret.length < MIN_PASSPHRASE) return setError(t('kit.setUp.tooShort'));
    if (kind === 'password' && secret.length === 0) return setError(t('kit.setUp.typePassword'));
    if (secret !== again) return setError(t('kit.setUp.mismatch'));
    await vault.setUp(me.user.id, secret, kind);
    setSecret('');
    setAgain('');
    // Registers the device with the agency (afterUnlock checks it: a device not yet registered registers).
    const registered = await afterUnlock(me);
    done(registered === 'active' ? t('kit.setUp.done') : t('kit.setUp.unregistered'));
  });
  const label = kind === 'password' ? t('kit.setUp.passwordLabel') : t('kit.setUp.passphraseLabel');
  return (
    <section className="panel kit-form" aria-labelledby="kit-setup-h">
      <h2 id="kit-setup-h">{t('kit.setUp.title')}</h2>
      <p>{t('kit.setUp.lead')}</p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <Choices
          legend={t('kit.setUp.which')}
          name="kit-secret"
          value={kind}
          onChange={(v) => setKind(v === 'password' ? 'password' : 'passphrase')}
          options={[
            ['password', t('kit.setUp.password')],
            ['passphrase', t('kit.setUp.passphrase', { count: MIN_PASSPHRASE })],
          ]}
        />
        <Field
          label={label}
          type="password"
          value={secret}
          onChange={setSecret}
          autoComplete={kind === 'password' ? 'current-password' : 'new-password'}
          hint={t('kit.setUp.hint')}
        />
        <Field
          label={t('kit.setUp.again')}
          type="password"
          value={again}
          onChange={setAgain}
          autoComplete="off"
        />
        <ErrorMessage message={error} />
        <button type="submit" className="button primary big" disabled={busy}>
          {busy ? t('kit.setUp.busy') : t('kit.setUp.submit')}
        </button>
      </form>
    </section>
  );
}
