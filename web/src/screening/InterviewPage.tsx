import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { IndicatorForm } from './IndicatorForm.tsx';
import { InterviewFacts } from './InterviewFacts.tsx';
import { OutcomePanel } from './OutcomePanel.tsx';
import { ReferralPanel } from './ReferralPanel.tsx';
import { ShowToPerson } from './ShowToPerson.tsx';
import { type ScreenableOperation, type SetDefinition, treatedAsChild } from './types.ts';
import { useInterview } from './useInterview.ts';

/** `#/screening/<id>`: the interview, its outcome, and referrals to services. */
export function InterviewPage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation('screening');
  const interview = useInterview(id);
  const s = interview.screening;
  const set = useLoad<SetDefinition>(s ? `/api/screening/sets/${encodeURIComponent(s.setId)}` : null);
  const canWrite = me.permissions.includes('screening.write');
  const fromOperation = canWrite && s?.source === 'operation' && Boolean(s.sourceRef);
  const ops = useLoad<{ operations: ScreenableOperation[] }>(
    fromOperation ? '/api/screening/operations' : null,
  );
  const codeName = ops.data?.operations.find((o) => o.id === s?.sourceRef?.toLowerCase())?.codeName;
  if (!s) {
    return (
      <>
        <PageHeading>{t('page.title')}</PageHeading>
        <ErrorMessage message={interview.loadError} />
        {interview.loadError ? null : <p className="muted">{t('interviewPage.loading')}</p>}
        <p>
          <a href="#/screening">{t('interviewPage.back')}</a>
        </p>
      </>
    );
  }
  const child = s.evaluation?.child ?? treatedAsChild(s.age, s.ageDoubtful);
  const readOnly = !canWrite || s.status === 'completed';
  const lead = { name: set.data?.name ?? s.setId, version: s.setVersion };
  return (
    <>
      <p className="breadcrumb">
        <a href="#/screening">{t('interviewPage.breadcrumb')}</a>
      </p>
      <PageHeading>{t('interviewPage.title', { pseudonym: s.pseudonym })}</PageHeading>
      <p className="lead">
        {s.status === 'completed'
          ? t('interviewPage.leadCompleted', lead)
          : t('interviewPage.leadInProgress', lead)}
      </p>
      <InterviewFacts s={s} child={child} codeName={codeName} />
      <section className="panel" aria-labelledby="interview-h">
        <h2 id="interview-h">{t('interviewPage.interview')}</h2>
        <p className="hint">{child ? t('interviewPage.hintChild') : t('interviewPage.hintAdult')}</p>
        <ShowToPerson
          recorded={s.language}
          set={set.data ?? null}
          interview={interview}
          child={child}
          readOnly={readOnly}
        />
        <ErrorMessage message={set.error} />
        {set.data ? (
          <IndicatorForm set={set.data} interview={interview} child={child} readOnly={readOnly} />
        ) : null}
        {set.loading ? <p className="muted">{t('interviewPage.loadingIndicators')}</p> : null}
      </section>
      <OutcomePanel
        interview={interview}
        canWrite={canWrite}
        canSeeCases={me.permissions.includes('protection.read')}
      />
      <ReferralPanel screening={s} canWrite={canWrite} child={child} onReferral={interview.putReferral} />
    </>
  );
}
