import { useTranslation } from 'react-i18next';

/** A save refused because someone else saved first: nothing was overwritten; reload to see their version. */
export function StaleNotice({ version, onReload }: { version: number; onReload: () => void }) {
  const { t } = useTranslation('plans');
  return (
    <div className="notice notice-error stale" role="alert">
      <p>{t('form.stale.text', { version })}</p>
      <button type="button" className="button" onClick={onReload}>
        {t('form.stale.reload')}
      </button>
    </div>
  );
}
