import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import { BrokerTable } from './BrokerTable.tsx';
import { GroupList } from './GroupList.tsx';
import { NightFamilyCalls } from './NightFamilyCalls.tsx';
import { RunAnalysis } from './RunAnalysis.tsx';
import type { Brokers, Groups, LastAnalysisReply } from './types.ts';
import { lastWords } from './words.ts';
import './network-analysis.css';

const BROKERS = 50;
const GROUPS = 60;

/**
 * The "Network" tab: when the agency's picture was last analysed and on what, a new analysis for those who may
 * write, the brokers ranked and the candidate groups. Nothing is loaded (nor audited as read) until the tab is
 * first opened.
 */
export function NetworkAnalysisPanel({ active, canWrite }: { active: boolean; canWrite: boolean }) {
  const { t } = useTranslation('network');
  const [opened, setOpened] = useState(active);
  useEffect(() => {
    if (active) setOpened(true);
  }, [active]);
  const last = useLoad<LastAnalysisReply>(opened ? '/api/intel/network/analysis' : null);
  const brokers = useLoad<Brokers>(opened ? `/api/intel/network/brokers?limit=${BROKERS}` : null);
  const groups = useLoad<Groups>(opened ? `/api/intel/network/groups?limit=${GROUPS}` : null);
  const reload = () => {
    last.reload();
    brokers.reload();
    groups.reload();
  };
  const never = last.data !== null && last.data.last === null;
  const notYet = canWrite ? t('analysis.panel.notYetWriter') : t('analysis.panel.notYetReader');
  return (
    <div className="network-analysis">
      <section className="panel" aria-labelledby="network-last-h">
        <h2 id="network-last-h">{t('analysis.panel.title')}</h2>
        <ErrorMessage message={last.error} />
        {last.loading && !last.data ? <p className="muted">{t('analysis.panel.loadingLast')}</p> : null}
        {last.data?.last ? <p className="network-last">{lastWords(t, last.data.last)}</p> : null}
        {never ? <p className="notice notice-info">{t('analysis.panel.never', { notYet })}</p> : null}
        {canWrite ? <RunAnalysis onDone={reload} /> : null}
      </section>
      <section className="panel" aria-labelledby="network-brokers-h">
        <h2 id="network-brokers-h">{t('analysis.panel.brokers')}</h2>
        <p className="hint">{t('analysis.panel.brokersHint')}</p>
        <ErrorMessage message={brokers.error} />
        {brokers.loading && !brokers.data ? (
          <p className="muted">{t('analysis.panel.loadingBrokers')}</p>
        ) : null}
        {brokers.data && brokers.data.brokers.length === 0 ? (
          <p className="muted">
            {never ? t('analysis.panel.noBrokersYet', { notYet }) : t('analysis.panel.noBrokers')}
          </p>
        ) : null}
        {brokers.data && brokers.data.brokers.length > 0 ? (
          <BrokerTable brokers={brokers.data.brokers} />
        ) : null}
      </section>
      <section className="panel" aria-labelledby="network-groups-h">
        <h2 id="network-groups-h">{t('analysis.panel.groups')}</h2>
        <p className="hint">{t('analysis.panel.groupsHint')}</p>
        <ErrorMessage message={groups.error} />
        {groups.loading && !groups.data ? <p className="muted">{t('analysis.panel.loadingGroups')}</p> : null}
        {groups.data && groups.data.groups.length === 0 ? (
          <p className="muted">
            {never ? t('analysis.panel.noGroupsYet', { notYet }) : t('analysis.panel.noGroups')}
          </p>
        ) : null}
        {groups.data && groups.data.groups.length > 0 ? <GroupList groups={groups.data.groups} /> : null}
      </section>
      <NightFamilyCalls opened={opened} />
    </div>
  );
}
