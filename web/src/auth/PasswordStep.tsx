import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { rememberSignInSecret } from '../offline/signin-secret.ts';
import type { PasswordBody, Stage, StageReply } from '../types.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { PasswordForm } from './PasswordForm.tsx';

export function PasswordStep({ onStage }: { onStage: (stage: Stage) => void }) {
  const { t } = useTranslation('auth');
  return (
    <AuthLayout title={t('password.title')}>
      <p>{t('password.lead')}</p>
      <PasswordForm
        onSave={async (password) => {
          const r = await api.post<StageReply>('/api/auth/password', { password } satisfies PasswordBody);
          rememberSignInSecret(password);
          onStage(r.stage);
        }}
      />
    </AuthLayout>
  );
}
