import { Trans, useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { TimelinePanel } from './TimelinePanel.tsx';

/**
 * `#/intel/phones/<E.164 number>`: the calls of a phone number met in call records that no phone entity is known
 * by yet (the search box links a number with an entity to the entity's page instead).
 */
export function NumberPage({ number, me }: { number: string; me: Me }) {
  const { t } = useTranslation('intel');
  return (
    <>
      <p className="breadcrumb">
        <a href="#/intel">{t('page.title')}</a>
      </p>
      <PageHeading>
        <Trans
          t={t}
          i18nKey="number.heading"
          values={{ number }}
          components={{ 1: <span className="mono" /> }}
        />
      </PageHeading>
      <p className="hint">{t('number.hint')}</p>
      <TimelinePanel phoneNumber={number} canSeeTips={me.permissions.includes('monitoring.read')} />
    </>
  );
}
