import { useTranslation } from 'react-i18next';
import type { OpStatus } from './types.ts';

export function OpStatusBadge({ status }: { status: OpStatus }) {
  const { t } = useTranslation('plans');
  return (
    <span className={`status-badge op-${status}`}>
      {t(`codes.opStatus.${status}`, { defaultValue: status })}
    </span>
  );
}
