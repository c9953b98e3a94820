import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../types.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { EntitiesPanel } from './EntitiesPanel.tsx';
import { ImportsPanel } from './ImportsPanel.tsx';
import { NewReportForm } from './NewReportForm.tsx';
import { NewSourceForm } from './NewSourceForm.tsx';
import { NetworkAnalysisPanel } from './network-analysis/NetworkAnalysisPanel.tsx';
import { ReviewPanel } from './people/ReviewPanel.tsx';
import { ReportList } from './ReportList.tsx';
import { SearchPanel } from './SearchPanel.tsx';
import { SourceList } from './SourceList.tsx';
import { type Tab, Tabs } from './Tabs.tsx';
import { TipsPanel } from './TipsPanel.tsx';
import type { Registry, Sources } from './types.ts';

const TAB_KEY = 'lantern.intel.tab';
const lastTab = (): string => {
  try {
    return sessionStorage.getItem(TAB_KEY) ?? 'reports';
  } catch {
    return 'reports';
  }
};

/**
 * `#/intel`: the one search box, then reports, sources with their record, tips (for those who may see them) and
 * entities, on tabs; new ones for those who may write.
 */
export function IntelPage({ me }: { me: Me }) {
  const { t } = useTranslation('intel');
  const canWrite = me.permissions.includes('intel.write');
  const canSeeTips = me.permissions.includes('monitoring.read');
  const reg = useLoad<Registry>('/api/intel/registry');
  const sources = useLoad<Sources>('/api/intel/sources');
  const [tab, setTab] = useState(lastTab);
  const select = (key: string) => {
    setTab(key);
    try {
      sessionStorage.setItem(TAB_KEY, key);
    } catch {
      // Remembering the tab is a convenience only.
    }
  };
  const r = reg.data;
  const tabs: Tab[] = [
    {
      key: 'reports',
      label: t('page.tabs.reports'),
      panel: (
        <section className="panel" aria-labelledby="reports-h">
          <h2 id="reports-h">{t('page.reportsHeading', { agency: me.agency.name })}</h2>
          <ReportList reg={r} />
        </section>
      ),
    },
    ...(canWrite
      ? [
          {
            key: 'new-report',
            label: t('page.tabs.newReport'),
            panel: (
              <section className="panel" aria-labelledby="new-report-h">
                <h2 id="new-report-h">{t('page.tabs.newReport')}</h2>
                <ErrorMessage message={sources.error} />
                {r && sources.data ? (
                  <NewReportForm reg={r} sources={sources.data.sources} />
                ) : (
                  <p className="muted">{t('page.loadingSources')}</p>
                )}
              </section>
            ),
          },
        ]
      : []),
    {
      key: 'sources',
      label: t('page.tabs.sources'),
      panel: (
        <>
          {canWrite ? (
            <section className="panel" aria-labelledby="new-source-h">
              <h2 id="new-source-h">{t('page.newSource')}</h2>
              <NewSourceForm onCreated={sources.reload} />
            </section>
          ) : null}
          <section className="panel" aria-labelledby="sources-h">
            <h2 id="sources-h">{t('page.sourcesHeading')}</h2>
            <ErrorMessage message={sources.error} />
            {r && sources.data ? <SourceList reg={r} sources={sources.data.sources} /> : null}
          </section>
        </>
      ),
    },
    ...(canWrite ? [{ key: 'imports', label: t('page.tabs.imports'), panel: <ImportsPanel /> }] : []),
    ...(canSeeTips
      ? [{ key: 'tips', label: t('page.tabs.tips'), panel: <TipsPanel active={tab === 'tips'} /> }]
      : []),
    {
      key: 'who-is-who',
      label: t('page.tabs.whoIsWho'),
      panel: <ReviewPanel active={tab === 'who-is-who'} canWrite={canWrite} />,
    },
    {
      key: 'entities',
      label: t('page.tabs.entities'),
      panel: r ? <EntitiesPanel reg={r} userId={me.user.id} canWrite={canWrite} /> : null,
    },
    {
      key: 'network',
      label: t('page.tabs.network'),
      panel: <NetworkAnalysisPanel active={tab === 'network'} canWrite={canWrite} />,
    },
  ];
  const current = tabs.some((x) => x.key === tab) ? tab : 'reports';
  return (
    <>
      <PageHeading>{t('page.title')}</PageHeading>
      <p className="lead">{t('page.lead')}</p>
      <p className="actions">
        <a href="#/intel/map">{t('page.openMap')}</a>
      </p>
      <ErrorMessage message={reg.error} />
      <SearchPanel reg={r} />
      <Tabs label={t('page.title')} tabs={tabs} current={current} onSelect={select} />
    </>
  );
}
