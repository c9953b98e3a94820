import { useTranslation } from 'react-i18next';
import { ReferredWorkers } from '../monitoring/inspections/ReferredWorkers.tsx';
import type { Me } from '../types.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { NewScreeningForm } from './NewScreeningForm.tsx';
import { ScreeningList } from './ScreeningList.tsx';

/** `#/screening`: the agency's screenings, and a form to start one. */
export function ScreeningPage({ me }: { me: Me }) {
  const { t } = useTranslation('screening');
  const canWrite = me.permissions.includes('screening.write');
  return (
    <>
      <PageHeading>{t('page.title')}</PageHeading>
      <p className="lead">{t('page.lead')}</p>
      <ReferredWorkers canStart={canWrite} />
      <section className="panel" aria-labelledby="screenings-heading">
        <h2 id="screenings-heading">{t('page.listHeading', { agency: me.agency.name })}</h2>
        <ScreeningList canWrite={canWrite} />
      </section>
      {canWrite ? (
        <section className="panel" aria-labelledby="new-screening-heading">
          <h2 id="new-screening-heading">{t('page.newHeading')}</h2>
          <NewScreeningForm />
        </section>
      ) : null}
    </>
  );
}
