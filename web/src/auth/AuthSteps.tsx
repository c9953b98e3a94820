import type { Stage } from '../types.ts';
import { EnrolStep } from './EnrolStep.tsx';
import { PasswordStep } from './PasswordStep.tsx';
import { SignInForm } from './SignInForm.tsx';
import { TotpStep } from './TotpStep.tsx';

export type AuthStage = 'signin' | Exclude<Stage, 'active'>;

interface Props {
  stage: AuthStage;
  notice?: string | undefined;
  onStage: (stage: Stage) => void;
  onRestart: () => void;
  demo?: boolean;
}

/** The step of signing in the session is at. */
export function AuthSteps({ stage, notice, onStage, onRestart, demo = false }: Props) {
  switch (stage) {
    case 'signin':
      return <SignInForm notice={notice} onStage={onStage} demo={demo} />;
    case 'set_password':
      return <PasswordStep onStage={onStage} />;
    case 'enroll_totp':
      return <EnrolStep onStage={onStage} onRestart={onRestart} />;
    case 'totp':
      return <TotpStep onStage={onStage} onRestart={onRestart} />;
  }
}
