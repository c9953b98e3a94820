import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, messageOf } from '../api.ts';
import { replacePath } from '../router.ts';
import type { LinkBody, PasswordBody, Stage, StageReply } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { AuthLayout } from './AuthLayout.tsx';
import { PasswordForm } from './PasswordForm.tsx';

interface Props {
  token: string;
  onStage: (stage: Stage) => void;
  onRestart: () => void;
}

/**
 * `#/welcome/<token>`: the one-time link opens the password form and is spent only when the person submits it, so a
 * link opened by a mail scanner, a preview or by mistake still works. The token leaves the address bar at once and is
 * kept in memory only; the link is redeemed, then the password set, in one submission.
 */
export function WelcomeStep({ token, onStage, onRestart }: Props) {
  const { t } = useTranslation('auth');
  const [linkError, setLinkError] = useState<string | null>(null);
  // Once redeemed, a refused password is typed again without redeeming the (now spent) link a second time.
  const redeemed = useRef(false);
  useEffect(() => {
    replacePath('/welcome');
  }, []);
  const save = async (password: string) => {
    let stage: Stage = 'set_password';
    try {
      if (!redeemed.current) {
        stage = (await api.post<StageReply>('/api/auth/link', { token } satisfies LinkBody)).stage;
        redeemed.current = true;
      }
    } catch (e) {
      if (e instanceof ApiError && e.status < 500 && e.status !== 0) {
        setLinkError(messageOf(e));
        return;
      }
      throw e;
    }
    if (stage !== 'set_password') {
      onStage(stage);
      return;
    }
    const r = await api.post<StageReply>('/api/auth/password', { password } satisfies PasswordBody);
    onStage(r.stage);
  };
  if (linkError) {
    return (
      <AuthLayout title={t('welcome.title')}>
        <ErrorMessage message={linkError} />
        <p>{t('welcome.spent')}</p>
        <button type="button" className="button" onClick={onRestart}>
          {t('welcome.toSignIn')}
        </button>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={t('password.title')}>
      <p>{t('welcome.lead')}</p>
      <PasswordForm onSave={save} />
    </AuthLayout>
  );
}
