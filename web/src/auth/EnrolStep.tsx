import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, messageOf } from '../api.ts';
import type { Enrolment, Stage } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { AuthLayout } from './AuthLayout.tsx';
import { CodeForm } from './CodeForm.tsx';
import { SecretKey } from './SecretKey.tsx';

interface Props {
  onStage: (stage: Stage) => void;
  onRestart: () => void;
}

/** Sets up an authenticator app: shows the key once, then asks for a code to prove the app has it. */
export function EnrolStep({ onStage, onRestart }: Props) {
  const { t } = useTranslation('auth');
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const started = useRef<Promise<Enrolment> | null>(null);
  useEffect(() => {
    let live = true;
    started.current ??= api.post<Enrolment>('/api/auth/enrolment/start');
    started.current.then(
      (e) => live && setEnrolment(e),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <AuthLayout title={t('enrol.title')}>
      <p>{t('enrol.lead')}</p>
      <ErrorMessage message={error} />
      {error ? (
        <button type="button" className="button" onClick={onRestart}>
          {t('enrol.again')}
        </button>
      ) : null}
      {enrolment ? (
        <ol className="steps">
          <li>{t('enrol.step1')}</li>
          <li>
            {t('enrol.step2')}
            <SecretKey secret={enrolment.secret} uri={enrolment.uri} />
          </li>
          <li>
            {t('enrol.step3')}
            <CodeForm path="/api/auth/enrolment/confirm" submitLabel={t('enrol.confirm')} onStage={onStage} />
          </li>
        </ol>
      ) : null}
      {!enrolment && !error ? <p className="muted">{t('enrol.preparing')}</p> : null}
    </AuthLayout>
  );
}
