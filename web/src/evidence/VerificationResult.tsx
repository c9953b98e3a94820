import { useTranslation } from 'react-i18next';
import { keyed } from '../ui/keyed.ts';
import type { Exhibit } from './types.ts';

/** The chain of custody re-computed by the server when the record was read. */
export function VerificationResult({ v }: { v: Exhibit['verification'] }) {
  const { t } = useTranslation('evidence');
  if (v.intact) {
    return (
      <p className="notice notice-success verification">{t('verification.intact', { count: v.entries })}</p>
    );
  }
  return (
    <div className="notice notice-error verification" role="alert">
      <p>{t('verification.broken', { count: v.problems.length })}</p>
      <ul>
        {keyed(v.problems, (p) => p).map(({ key, item }) => (
          <li key={key}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
