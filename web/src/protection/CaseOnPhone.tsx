import { useTranslation } from 'react-i18next';
import { KeepOnDevice } from '../offline/KeepOnDevice.tsx';
import type { Me } from '../types.ts';
import { formatClock } from '../ui/datetime.ts';

/**
 * The case kept for work without a connection (a shelter with no signal): the caseworker's open case, kept in their
 * field kit on this device as it is opened (offline/KeepOnDevice.tsx).
 */
export function KeepCaseOnPhone({ me }: { me: Me }) {
  const { t } = useTranslation('protection');
  return (
    <KeepOnDevice
      me={me}
      headingId="keep-case-h"
      texts={{
        title: t('kit.title'),
        kept: t('kit.kept'),
        lead: t('kit.lead'),
        setUp: t('kit.setUp'),
        unlock: t('kit.unlock'),
      }}
    />
  );
}

/** Opened from the field kit: when it was kept, and what waits for a connection because it reaches others. */
export function OfflineCaseNotice({ keptAt }: { keptAt: string }) {
  const { t } = useTranslation('protection');
  return (
    <div className="notice notice-info">
      <p>{t('kit.offline', { time: formatClock(keptAt) })}</p>
      <p>{t('kit.connectedOnly')}</p>
    </div>
  );
}
