import { useEffect, useState } from 'react';
import { api, messageOf } from '../api.ts';
import { replacePath } from '../router.ts';
import type { Stage } from '../types.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { AuthLayout } from './AuthLayout.tsx';

// A link works once: remember each redemption so a re-render or remount never posts the token twice.
const redemptions = new Map<string, Promise<Stage>>();

function redeem(token: string): Promise<Stage> {
  let pending = redemptions.get(token);
  if (!pending) {
    pending = api.post<{ stage: Stage }>('/api/auth/link', { token }).then((r) => r.stage);
    redemptions.set(token, pending);
  }
  return pending;
}

interface Props {
  token: string;
  onStage: (stage: Stage) => void;
  onRestart: () => void;
}

/** `#/welcome/<token>`: redeems a one-time link, then hands over to the password step. */
export function WelcomeStep({ token, onStage, onRestart }: Props) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    redeem(token).then(
      (stage) => {
        // The token is spent; keep it out of the address bar and the history.
        replacePath('/welcome');
        if (live) onStage(stage);
      },
      (e: unknown) => {
        replacePath('/welcome');
        if (live) setError(messageOf(e));
      },
    );
    return () => {
      live = false;
    };
  }, [token, onStage]);
  return (
    <AuthLayout title="Welcome to Lantern">
      <StatusMessage message={error ? null : 'Checking your sign-in link…'} />
      <ErrorMessage message={error} />
      {error ? (
        <>
          <p>
            Each sign-in link works once and for a limited time. If you have set up your account already, sign
            in.
          </p>
          <button type="button" className="button" onClick={onRestart}>
            Go to sign-in
          </button>
        </>
      ) : null}
    </AuthLayout>
  );
}
