import { useTranslation } from 'react-i18next';
import { KeepOnDevice } from '../../offline/KeepOnDevice.tsx';
import type { Me } from '../../types.ts';

/** An inspection the user is on, kept for work without a connection (offline/KeepOnDevice.tsx). */
export function KeepInspectionOnPhone({ me }: { me: Me }) {
  const { t } = useTranslation('monitoring');
  return (
    <KeepOnDevice
      me={me}
      headingId="insp-keep-h"
      texts={{
        title: t('inspections.kit.title'),
        kept: t('inspections.kit.kept'),
        lead: t('inspections.kit.lead'),
        setUp: t('inspections.kit.setUp'),
        unlock: t('inspections.kit.unlock'),
      }}
    />
  );
}
