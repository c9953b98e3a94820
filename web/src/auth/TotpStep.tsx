import type { Stage } from '../types.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { CodeForm } from './CodeForm.tsx';

interface Props {
  onStage: (stage: Stage) => void;
  onRestart: () => void;
}

export function TotpStep({ onStage, onRestart }: Props) {
  return (
    <AuthLayout title="Enter your code">
      <p>Open the authenticator app you set up for Lantern and enter the code it shows now.</p>
      <CodeForm path="/api/auth/second-factor" submitLabel="Continue" onStage={onStage} />
      <button type="button" className="button link" onClick={onRestart}>
        Sign in as someone else
      </button>
    </AuthLayout>
  );
}
