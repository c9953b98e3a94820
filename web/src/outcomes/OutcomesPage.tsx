import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import type { Me } from '../types.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { ChecklistForm } from './ChecklistForm.tsx';
import { ChecklistList } from './ChecklistList.tsx';
import { ChecklistView } from './ChecklistView.tsx';
import { Dashboard } from './Dashboard.tsx';
import { EvaluationPanel, evaluationRoute } from './evaluation/EvaluationPanel.tsx';
import { ReleasedSummaries } from './summaries/ReleasedSummaries.tsx';
import type { ChecklistIndex } from './types.ts';
import './outcomes.css';

/** Whether a `#/…` path belongs to the Outcomes section. */
export const outcomesRoute = (path: string) => /^\/outcomes(\/|\?|$)/.test(path);

function Checklists({ path }: { path: string }) {
  const meta = useLoad<ChecklistIndex>('/api/outcomes/checklists');
  const id = /^\/outcomes\/checklists\/([^/?]+)$/.exec(path)?.[1];
  if (id === 'new')
    return meta.data ? <ChecklistForm questions={meta.data.questions} places={meta.data.places} /> : null;
  if (id) return <ChecklistView id={decodeURIComponent(id)} places={meta.data?.places ?? []} />;
  return <ChecklistList />;
}

/** `#/outcomes`: the dashboard of outcome indicators, the donor checklists, evaluation, released summaries. */
export function OutcomesPage({ me, path }: { me: Me; path: string }) {
  const { t } = useTranslation('outcomes');
  const checklists = path.startsWith('/outcomes/checklists');
  const evaluation = evaluationRoute(path);
  const summaries = /^\/outcomes\/summaries(\/|\?|$)/.test(path);
  const query = path.includes('?') ? path.slice(path.indexOf('?') + 1) : '';
  return (
    <>
      <PageHeading>{t('page.title')}</PageHeading>
      <p className="lead">{t('page.lead')}</p>
      <nav className="subnav" aria-label={t('page.nav')}>
        <a href={href('/outcomes')} aria-current={checklists || evaluation || summaries ? undefined : 'page'}>
          {t('page.dashboard')}
        </a>
        <a href={href('/outcomes/checklists')} aria-current={checklists ? 'page' : undefined}>
          {t('page.checklists')}
        </a>
        <a href={href('/outcomes/evaluation')} aria-current={evaluation ? 'page' : undefined}>
          {t('page.evaluation')}
        </a>
        <a href={href('/outcomes/summaries')} aria-current={summaries ? 'page' : undefined}>
          {t('page.summaries')}
        </a>
      </nav>
      {summaries ? (
        <ReleasedSummaries />
      ) : evaluation ? (
        <EvaluationPanel path={path} />
      ) : checklists ? (
        <Checklists path={path} />
      ) : (
        <Dashboard me={me} query={query} />
      )}
    </>
  );
}
