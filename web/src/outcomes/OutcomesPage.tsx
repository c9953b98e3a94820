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
import type { Question } from './types.ts';
import './outcomes.css';

/** Whether a `#/…` path belongs to the Outcomes section. */
export const outcomesRoute = (path: string) => /^\/outcomes(\/|\?|$)/.test(path);

function Checklists({ path }: { path: string }) {
  const meta = useLoad<{ questions: Question[]; places: { country: string; province: string }[] }>(
    '/api/outcomes/checklists',
  );
  const id = /^\/outcomes\/checklists\/([^/?]+)$/.exec(path)?.[1];
  if (id === 'new')
    return meta.data ? <ChecklistForm questions={meta.data.questions} places={meta.data.places} /> : null;
  if (id) return <ChecklistView id={decodeURIComponent(id)} places={meta.data?.places ?? []} />;
  return <ChecklistList />;
}

/** `#/outcomes`: the dashboard of outcome indicators, the donor checklists, evaluation, released summaries. */
export function OutcomesPage({ me, path }: { me: Me; path: string }) {
  const checklists = path.startsWith('/outcomes/checklists');
  const evaluation = evaluationRoute(path);
  const summaries = /^\/outcomes\/summaries(\/|\?|$)/.test(path);
  const query = path.includes('?') ? path.slice(path.indexOf('?') + 1) : '';
  return (
    <>
      <PageHeading>Outcomes</PageHeading>
      <p className="lead">
        What the work achieves across both tracks, counted from everyone’s records: never a row about a
        person, and no small figure that could point to one.
      </p>
      <nav className="subnav" aria-label="Outcomes">
        <a href={href('/outcomes')} aria-current={checklists || evaluation || summaries ? undefined : 'page'}>
          Dashboard
        </a>
        <a href={href('/outcomes/checklists')} aria-current={checklists ? 'page' : undefined}>
          Donor checklists
        </a>
        <a href={href('/outcomes/evaluation')} aria-current={evaluation ? 'page' : undefined}>
          Evaluation and capacity
        </a>
        <a href={href('/outcomes/summaries')} aria-current={summaries ? 'page' : undefined}>
          Released summaries
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
