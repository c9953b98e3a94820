import { useTranslation } from 'react-i18next';
import type { Status } from './types.ts';

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation('operations');
  return (
    <span className={`status-badge status-${status.replace('_', '-')}`}>
      {t(`codes.status.${status}`, { defaultValue: status })}
    </span>
  );
}
