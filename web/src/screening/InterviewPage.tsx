import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { InterviewSections } from './InterviewSections.tsx';
import { type ScreenableOperations, type SetDefinition, treatedAsChild } from './types.ts';
import { useInterview } from './useInterview.ts';

/** `#/screening/<id>`: the interview in sections (the person, the indicators group by group, a summary with the
 * outcome and referrals to services). */
export function InterviewPage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation('screening');
  const interview = useInterview(id);
  const s = interview.screening;
  const set = useLoad<SetDefinition>(s ? `/api/screening/sets/${encodeURIComponent(s.setId)}` : null);
  const canWrite = me.permissions.includes('screening.write');
  const fromOperation = canWrite && s?.source === 'operation' && Boolean(s.sourceRef);
  const ops = useLoad<ScreenableOperations>(fromOperation ? '/api/screening/operations' : null);
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
      {set.loading || (!set.data && !set.error) ? (
        <p className="muted">{t('interviewPage.loadingIndicators')}</p>
      ) : (
        // Mounted once the set has come (or failed): the section it opens on depends on the answers in it.
        <InterviewSections
          set={set.data}
          setError={set.error}
          interview={interview}
          child={child}
          readOnly={readOnly}
          canWrite={canWrite}
          canSeeCases={me.permissions.includes('protection.read')}
          codeName={codeName}
        />
      )}
    </>
  );
}
