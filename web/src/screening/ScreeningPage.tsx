import { ReferredWorkers } from '../monitoring/inspections/ReferredWorkers.tsx';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { NewScreeningForm } from './NewScreeningForm.tsx';
import { ScreeningList } from './ScreeningList.tsx';
import type { ScreeningRow } from './types.ts';

/** `#/screening`: the agency's screenings, and a form to start one. */
export function ScreeningPage({ me }: { me: Me }) {
  const list = useLoad<{ screenings: ScreeningRow[] }>('/api/screenings');
  const canWrite = me.permissions.includes('screening.write');
  return (
    <>
      <PageHeading>Screening</PageHeading>
      <p className="lead">
        Interviews of people who may have been trafficked, held at a safe place, in their language and with
        their consent, to decide what protection they are offered. Services are voluntary.
      </p>
      <ReferredWorkers canStart={canWrite} />
      <section className="panel" aria-labelledby="screenings-heading">
        <h2 id="screenings-heading">Screenings of {me.agency.name}</h2>
        <ErrorMessage message={list.error} />
        {list.data ? <ScreeningList rows={list.data.screenings} /> : null}
        {list.loading && !list.data ? <p className="muted">Loading screenings…</p> : null}
      </section>
      {canWrite ? (
        <section className="panel" aria-labelledby="new-screening-heading">
          <h2 id="new-screening-heading">New screening</h2>
          <NewScreeningForm />
        </section>
      ) : null}
    </>
  );
}
