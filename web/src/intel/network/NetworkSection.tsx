import { lazy, Suspense, useMemo } from 'react';
import type { Me } from '../../types.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { useLoad } from '../../useLoad.ts';
import type { Registry } from '../types.ts';
import { SaveChart, SavedChartList } from './SavedCharts.tsx';
import { apiSource } from './source.ts';
import type { SavedChart } from './types.ts';
import './network.css';

// Cytoscape and the chart load only when a chart is opened.
const ChartView = lazy(() => import('./ChartView.tsx').then((m) => ({ default: m.ChartView })));
const loadingChart = <p className="muted">Loading the chart…</p>;

/** Which chart a `#/intel/network…` path asks for: a new one from a node, a saved one, or none (the list). */
export function chartRoute(path: string): { start: string } | { saved: string } | null {
  const saved = /^\/intel\/network\/charts\/([0-9a-f-]{36})$/i.exec(path);
  if (saved?.[1]) return { saved: saved[1] };
  // Read by hand: URLSearchParams would turn the + of tel:+66… into a space.
  const raw = /[?&]node=([^&]+)/.exec(path)?.[1];
  if (!raw) return null;
  try {
    return { start: decodeURIComponent(raw) };
  } catch {
    return null;
  }
}

/** `#/intel/network…`: the link chart (a new chart from an entity or number, or a saved chart). */
export function NetworkSection({ path, me }: { path: string; me: Me }) {
  const route = chartRoute(path);
  const reg = useLoad<Registry>('/api/intel/registry');
  const saved = useLoad<SavedChart>(
    route && 'saved' in route ? `/api/intel/network/charts/${route.saved}` : null,
  );
  const canWrite = me.permissions.includes('intel.write');
  const linkTypes = useMemo<[string, string][]>(
    () => [
      ['call', 'calls (traced)'],
      ['transfer', 'transfers (traced)'],
      ...Object.entries(reg.data?.linkTypes ?? {}).map(([k, v]) => [k, v.label] as [string, string]),
    ],
    [reg.data],
  );
  const grades = reg.data ? { sourceGrades: reg.data.sourceGrades, infoGrades: reg.data.infoGrades } : null;
  const back = (
    <p className="breadcrumb">
      <a href="#/intel">Intelligence</a> › <a href="#/intel/network">Link charts</a>
    </p>
  );
  if (!route)
    return (
      <>
        {back}
        <PageHeading>Link charts</PageHeading>
        <p className="lead">
          Start a chart from any entity's page (“Open in link chart”), or open a saved one.
        </p>
        <SavedChartList />
      </>
    );
  if ('saved' in route) {
    const c = saved.data;
    return (
      <>
        {back}
        <PageHeading>{c ? c.title : 'Saved link chart'}</PageHeading>
        <ErrorMessage message={saved.error} />
        {c ? (
          <>
            <p className="lead">
              Saved by {c.createdBy}; {c.nodes} nodes. Drawn again from what you may see today.
            </p>
            <Suspense fallback={loadingChart}>
              <ChartView
                key={c.id}
                source={apiSource}
                start={c.chart.start}
                saved={c.chart}
                grades={grades}
                linkTypes={linkTypes}
                renderSave={canWrite ? (current) => <SaveChart current={current} saved={c} /> : undefined}
              />
            </Suspense>
          </>
        ) : saved.error ? null : (
          <p className="muted">Loading the chart…</p>
        )}
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeading>Link chart</PageHeading>
      <Suspense fallback={loadingChart}>
        <ChartView
          key={route.start}
          source={apiSource}
          start={route.start}
          grades={grades}
          linkTypes={linkTypes}
          renderSave={canWrite ? (current) => <SaveChart current={current} saved={null} /> : undefined}
        />
      </Suspense>
    </>
  );
}
