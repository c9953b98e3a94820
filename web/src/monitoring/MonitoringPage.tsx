import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Tab, Tabs } from '../intel/Tabs.tsx';
import { TipsPanel } from '../intel/TipsPanel.tsx';
import type { Me } from '../types.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { Inbox } from './Inbox.tsx';
import { IntakeForm } from './IntakeForm.tsx';
import { InspectionPage } from './inspections/InspectionPage.tsx';
import { InspectionsPanel } from './inspections/InspectionsPanel.tsx';
import { monitoringInspection } from './inspections/labels.ts';
import { MyTips } from './MyTips.tsx';
import { RulesPanel } from './RulesPanel.tsx';
import { TipPage } from './TipPage.tsx';
import { TriageQueue } from './TriageQueue.tsx';
import './monitoring.css';

const TAB_KEY = 'lantern.monitoring.tab';
const lastTab = (): string | null => {
  try {
    return sessionStorage.getItem(TAB_KEY);
  } catch {
    return null;
  }
};

/** The tip of a `#/monitoring/tips/<id>` path, if this is one. */
export function monitoringTip(path: string): string | null {
  const m = /^\/monitoring\/tips\/([^/]+)$/.exec(path);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/**
 * `#/monitoring`: by permission, the triage queue, reporting a tip, what other agencies routed here, the tips the
 * reader reported and what became of them, the imported tips, and the routing rules. `#/monitoring/tips/<id>`: a tip.
 */
export function MonitoringPage({ me, path = '/monitoring' }: { me: Me; path?: string }) {
  const { t } = useTranslation('monitoring');
  const has = (p: string) => me.permissions.includes(p);
  const [tab, setTab] = useState(lastTab);
  const tipId = monitoringTip(path);
  if (tipId) return <TipPage id={tipId} me={me} />;
  const inspectionId = monitoringInspection(path);
  if (inspectionId) return <InspectionPage id={inspectionId} me={me} />;
  // Labour inspections: for those who read monitoring in a labour agency, and their first task there.
  const inspects = me.agency.kind === 'labour' && has('monitoring.read');
  const canTriage = has('monitoring.triage');
  const keys = [
    inspects && 'mon-inspections',
    canTriage && 'mon-queue',
    has('monitoring.write') && 'mon-report',
    canTriage && 'mon-inbox',
    has('monitoring.write') && !canTriage && 'mon-mine',
    has('monitoring.read') && 'mon-imported',
    has('monitoring.rules') && 'mon-rules',
  ].filter((k): k is string => typeof k === 'string');
  // Analysts open on the imported stream they search with the rich picture; others on their first task.
  const first = has('intel.read') && keys.includes('mon-imported') ? 'mon-imported' : (keys[0] ?? '');
  const current = tab !== null && keys.includes(tab) ? tab : first;
  const tabs: Tab[] = [
    ...(inspects
      ? [{ key: 'mon-inspections', label: t('page.tabs.inspections'), panel: <InspectionsPanel me={me} /> }]
      : []),
    ...(canTriage
      ? [
          {
            key: 'mon-queue',
            label: t('page.tabs.queue'),
            panel: <TriageQueue shown={current === 'mon-queue'} />,
          },
        ]
      : []),
    ...(has('monitoring.write')
      ? [
          {
            key: 'mon-report',
            label: t('page.tabs.report'),
            panel: (
              <section className="panel">
                <IntakeForm canTriage={canTriage} />
              </section>
            ),
          },
        ]
      : []),
    ...(canTriage
      ? [
          {
            key: 'mon-inbox',
            label: t('page.tabs.inbox'),
            panel: (
              <Inbox
                canReadIntel={has('intel.read')}
                keepsIntel={has('intel.write')}
                shown={current === 'mon-inbox'}
              />
            ),
          },
        ]
      : []),
    ...(has('monitoring.write') && !canTriage
      ? [{ key: 'mon-mine', label: t('page.tabs.mine'), panel: <MyTips shown={current === 'mon-mine'} /> }]
      : []),
    ...(has('monitoring.read')
      ? [
          {
            key: 'mon-imported',
            label: t('page.tabs.imported'),
            panel: <TipsPanel active={current === 'mon-imported'} />,
          },
        ]
      : []),
    ...(has('monitoring.rules')
      ? [{ key: 'mon-rules', label: t('page.tabs.rules'), panel: <RulesPanel canEdit /> }]
      : []),
  ];
  const select = (key: string) => {
    setTab(key);
    try {
      sessionStorage.setItem(TAB_KEY, key);
    } catch {
      // Remembering the tab is a convenience only.
    }
  };
  return (
    <>
      <PageHeading>{t('page.title')}</PageHeading>
      {tabs.length > 1 ? (
        <Tabs label={t('page.tabsLabel')} tabs={tabs} current={current} onSelect={select} />
      ) : (
        tabs[0]?.panel
      )}
    </>
  );
}
