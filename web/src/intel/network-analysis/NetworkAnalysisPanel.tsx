import { useEffect, useState } from 'react';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import { BrokerTable } from './BrokerTable.tsx';
import { GroupList } from './GroupList.tsx';
import { RunAnalysis } from './RunAnalysis.tsx';
import type { Broker, Group, LastAnalysis } from './types.ts';
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
  const [opened, setOpened] = useState(active);
  useEffect(() => {
    if (active) setOpened(true);
  }, [active]);
  const last = useLoad<{ last: LastAnalysis | null }>(opened ? '/api/intel/network/analysis' : null);
  const brokers = useLoad<{ brokers: Broker[] }>(
    opened ? `/api/intel/network/brokers?limit=${BROKERS}` : null,
  );
  const groups = useLoad<{ groups: Group[] }>(opened ? `/api/intel/network/groups?limit=${GROUPS}` : null);
  const reload = () => {
    last.reload();
    brokers.reload();
    groups.reload();
  };
  const never = last.data !== null && last.data.last === null;
  const notYet = canWrite
    ? 'Press “Analyse the network” above to find them.'
    : 'Ask an analyst who may write intelligence to analyse the network.';
  return (
    <div className="network-analysis">
      <section className="panel" aria-labelledby="network-last-h">
        <h2 id="network-last-h">The network of your agency’s picture</h2>
        <ErrorMessage message={last.error} />
        {last.loading && !last.data ? (
          <p className="muted">Loading when the network was last analysed…</p>
        ) : null}
        {last.data?.last ? <p className="network-last">{lastWords(last.data.last)}</p> : null}
        {never ? (
          <p className="notice notice-info">
            The network has not been analysed yet, so no groups or brokers are known. {notYet}
          </p>
        ) : null}
        {canWrite ? <RunAnalysis onDone={reload} /> : null}
      </section>
      <section className="panel" aria-labelledby="network-brokers-h">
        <h2 id="network-brokers-h">Brokers</h2>
        <p className="hint">
          People who reach two or more sites of concern through the people who run them — recruiters,
          transporters or suppliers. Those whom the sites' runners pay (a fee for each worker placed) come
          first, then those who reach the most runners. A lead to check, not a finding.
        </p>
        <ErrorMessage message={brokers.error} />
        {brokers.loading && !brokers.data ? <p className="muted">Loading the brokers…</p> : null}
        {brokers.data && brokers.data.brokers.length === 0 ? (
          <p className="muted">
            {never
              ? `No brokers yet. ${notYet}`
              : 'No person reaches two sites of concern. Link the people who run the sites (owner, manager, works at), or name the sites in reports, then analyse again.'}
          </p>
        ) : null}
        {brokers.data && brokers.data.brokers.length > 0 ? (
          <BrokerTable brokers={brokers.data.brokers} />
        ) : null}
      </section>
      <section className="panel" aria-labelledby="network-groups-h">
        <h2 id="network-groups-h">Candidate groups</h2>
        <p className="hint">
          People, sites, phones and accounts more tied to each other than to the rest of the picture. A group
          may be one network or several that share a broker: check before acting on it.
        </p>
        <ErrorMessage message={groups.error} />
        {groups.loading && !groups.data ? <p className="muted">Loading the groups…</p> : null}
        {groups.data && groups.data.groups.length === 0 ? (
          <p className="muted">
            {never
              ? `No groups yet. ${notYet}`
              : 'No group holds a site or three people yet. Import calls and transfers, link entities or file reports that name them together, then analyse again.'}
          </p>
        ) : null}
        {groups.data && groups.data.groups.length > 0 ? <GroupList groups={groups.data.groups} /> : null}
      </section>
    </div>
  );
}
