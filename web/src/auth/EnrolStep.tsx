import { useEffect, useRef, useState } from 'react';
import { api, messageOf } from '../api.ts';
import type { Stage } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { AuthLayout } from './AuthLayout.tsx';
import { CodeForm } from './CodeForm.tsx';
import { SecretKey } from './SecretKey.tsx';

interface Enrolment {
  secret: string;
  uri: string;
}

interface Props {
  onStage: (stage: Stage) => void;
  onRestart: () => void;
}

/** Sets up an authenticator app: shows the key once, then asks for a code to prove the app has it. */
export function EnrolStep({ onStage, onRestart }: Props) {
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
    <AuthLayout title="Set up your authenticator">
      <p>
        Your roles give access to sensitive information, so Lantern asks for a code from an authenticator app
        on your phone each time you sign in.
      </p>
      <ErrorMessage message={error} />
      {error ? (
        <button type="button" className="button" onClick={onRestart}>
          Start again
        </button>
      ) : null}
      {enrolment ? (
        <ol className="steps">
          <li>Open an authenticator app (any app that supports time-based codes).</li>
          <li>
            Add an account and type in this key:
            <SecretKey secret={enrolment.secret} uri={enrolment.uri} />
          </li>
          <li>
            Enter the six-digit code the app now shows for Lantern.
            <CodeForm
              path="/api/auth/enrolment/confirm"
              submitLabel="Confirm and continue"
              onStage={onStage}
            />
          </li>
        </ol>
      ) : null}
      {!enrolment && !error ? <p className="muted">Preparing your key…</p> : null}
    </AuthLayout>
  );
}
