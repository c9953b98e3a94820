import { useTranslation } from 'react-i18next';
import { KeepOnDevice } from '../offline/KeepOnDevice.tsx';
import type { Me } from '../types.ts';

/** The interview kept for work without a connection (offline/KeepOnDevice.tsx), in the screening's words. */
export function KeepOnPhone({ me }: { me: Me }) {
  const { t } = useTranslation('screening');
  return (
    <KeepOnDevice
      me={me}
      headingId="keep-h"
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
