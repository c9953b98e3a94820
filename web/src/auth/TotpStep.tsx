import { useTranslation } from 'react-i18next';
import type { Stage } from '../types.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { CodeForm } from './CodeForm.tsx';

interface Props {
  onStage: (stage: Stage) => void;
  onRestart: () => void;
}

export function TotpStep({ onStage, onRestart }: Props) {
  const { t } = useTranslation('auth');
  return (
    <AuthLayout title={t('totp.title')}>
      <p>{t('totp.lead')}</p>
      <CodeForm path="/api/auth/second-factor" submitLabel={t('totp.continue')} onStage={onStage} />
      <button type="button" className="button link" onClick={onRestart}>
        {t('totp.someoneElse')}
      </button>
    </AuthLayout>
  );
}
