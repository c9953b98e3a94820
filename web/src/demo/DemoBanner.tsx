import { Trans, useTranslation } from 'react-i18next';

/** Shown on every page in demo mode, so nobody mistakes demo data for real cases. */
export function DemoBanner() {
  const { t } = useTranslation('demo');
  return (
    <div className="demo-banner" role="note">
      <Trans t={t} i18nKey="banner" components={{ 1: <strong /> }} />
    </div>
  );
}
