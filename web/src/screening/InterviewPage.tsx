import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { formatClock } from '../ui/datetime.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { AnswersQueue } from './AnswersQueue.tsx';
import { InterviewSections } from './InterviewSections.tsx';
import { KeepOnPhone } from './KeepOnPhone.tsx';
import { type ScreenableOperations, type SetDefinition, treatedAsChild } from './types.ts';
import { useInterview } from './useInterview.ts';
import { useKeepScreening } from './useKeepScreening.ts';

/** `#/screening/<id>`: the interview in sections (the person, the indicators group by group, a summary with the
 * outcome and referrals to services). Without a connection it opens from the field kit (`offline`: opened from
 * the offline opening, which has no list of screenings to go back to). */
export function InterviewPage({ id, me, offline = false }: { id: string; me: Me; offline?: boolean }) {
  const { t } = useTranslation('screening');
  const interview = useInterview(id, me);
  const s = interview.screening;
  const fromKit = interview.kept;
  const loaded = useLoad<SetDefinition>(
    s && !fromKit ? `/api/screening/sets/${encodeURIComponent(s.setId)}` : null,
  );
  const keptSet = fromKit?.set ?? (loaded.data ? null : interview.keptSet);
  const set = keptSet ? { data: keptSet, error: null, loading: false } : loaded;
  const canWrite = me.permissions.includes('screening.write');
  const fromOperation = canWrite && !fromKit && s?.source === 'operation' && Boolean(s.sourceRef);
  const ops = useLoad<ScreenableOperations>(fromOperation ? '/api/screening/operations' : null);
  useKeepScreening(me, fromKit ? null : s, loaded.data);
  const codeName = ops.data?.operations.find((o) => o.id === s?.sourceRef?.toLowerCase())?.codeName;
  if (!s) {
    return (
      <>
        <PageHeading>{t('page.title')}</PageHeading>
        <ErrorMessage message={interview.loadError} />
        {interview.loadError ? null : <p className="muted">{t('interviewPage.loading')}</p>}
        {offline ? null : (
          <p>
            <a href="#/screening">{t('interviewPage.back')}</a>
          </p>
        )}
      </>
    );
  }
  const child = s.evaluation?.child ?? treatedAsChild(s.age, s.ageDoubtful);
  const readOnly = !canWrite || s.status === 'completed';
  const lead = { name: set.data?.name ?? s.setId, version: s.setVersion };
  return (
    <>
      {offline ? null : (
        <p className="breadcrumb">
          <a href="#/screening">{t('interviewPage.breadcrumb')}</a>
        </p>
      )}
      <PageHeading>{t('interviewPage.title', { pseudonym: s.pseudonym })}</PageHeading>
      <p className="lead">
        {s.status === 'completed'
          ? t('interviewPage.leadCompleted', lead)
          : t('interviewPage.leadInProgress', lead)}
      </p>
      {fromKit ? (
        <div className="notice notice-info">
          <p>{t('kit.offline', { time: formatClock(fromKit.keptAt) })}</p>
          <p>{t('kit.noComplete')}</p>
        </div>
      ) : null}
      {canWrite && !fromKit && s.status === 'in_progress' ? <KeepOnPhone me={me} /> : null}
      <AnswersQueue outbox={interview.outbox} set={set.data} online={interview.outbox.online} />
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
