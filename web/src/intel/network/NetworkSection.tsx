import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../types.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { useLoad } from '../../useLoad.ts';
import type { Registry } from '../types.ts';
import { linkWord } from './linkWords.ts';
import { SaveChart, SavedChartList } from './SavedCharts.tsx';
import { apiSource } from './source.ts';
import type { SavedChart } from './types.ts';
import './network.css';

// Cytoscape and the chart load only when a chart is opened.
const ChartView = lazy(() => import('./ChartView.tsx').then((m) => ({ default: m.ChartView })));

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
  const { t } = useTranslation('network');
  const loadingChart = <p className="muted">{t('section.loadingChart')}</p>;
  const route = chartRoute(path);
  const reg = useLoad<Registry>('/api/intel/registry');
  const saved = useLoad<SavedChart>(
    route && 'saved' in route ? `/api/intel/network/charts/${route.saved}` : null,
  );
  const canWrite = me.permissions.includes('intel.write');
  const linkTypes = useMemo<[string, string][]>(
    () => [
      ['call', t('section.tracedCalls')],
      ['transfer', t('section.tracedTransfers')],
      ...Object.entries(reg.data?.linkTypes ?? {}).map(
        ([k, v]) => [k, linkWord(k, v.label)] as [string, string],
      ),
    ],
    [reg.data, t],
  );
  const grades = reg.data ? { sourceGrades: reg.data.sourceGrades, infoGrades: reg.data.infoGrades } : null;
  const back = (
    <p className="breadcrumb">
      <a href="#/intel">{t('section.intelligence')}</a> › <a href="#/intel/network">{t('section.charts')}</a>
    </p>
  );
  if (!route)
    return (
      <>
        {back}
        <PageHeading>{t('section.charts')}</PageHeading>
        <p className="lead">{t('section.lead')}</p>
        <SavedChartList />
      </>
    );
  if ('saved' in route) {
    const c = saved.data;
    return (
      <>
        {back}
        <PageHeading>{c ? c.title : t('section.savedChart')}</PageHeading>
        <ErrorMessage message={saved.error} />
        {c ? (
          <>
            <p className="lead">{t('section.savedBy', { by: c.createdBy, count: c.nodes })}</p>
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
          <p className="muted">{t('section.loadingChart')}</p>
        )}
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeading>{t('section.chart')}</PageHeading>
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
