import { useTranslation } from 'react-i18next';
import { word } from './labels.ts';

/** The danger in words, a risk to life drawn strongly so no one misses it. */
export function DangerBadge({ danger }: { danger: string | null }) {
  useTranslation('monitoring');
  const code = danger ?? 'unknown';
  return <span className={`danger danger-${code}`}>{word('danger', code)}</span>;
}

/** Overdue and escalated, as badges beside a tip. */
export function TipBadges({ overdue, escalated }: { overdue: boolean; escalated: boolean }) {
  const { t } = useTranslation('monitoring');
  return (
    <>
      {overdue ? <span className="status-badge tip-overdue">{t('badges.overdue')}</span> : null}{' '}
      {escalated ? <span className="status-badge tip-escalated">{t('badges.escalated')}</span> : null}
    </>
  );
}
