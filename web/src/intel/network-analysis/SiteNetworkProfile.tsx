import { useState } from 'react';
import { href } from '../../router.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import { codeWords } from '../labels.ts';
import { chartHref, mapHref, NodeLink, NodeList } from './NodeLink.tsx';
import type { LastAnalysis, Named, SiteProfile } from './types.ts';
import { count, lastWords } from './words.ts';
import './network-analysis.css';

/**
 * "What the network says" on a site's page: the people tied to it and their role, the brokers supplying it, the
 * group it belongs to (as of the last analysis), and the site in the link chart and on the map.
 */
export function SiteNetworkProfile({ siteId }: { siteId: string }) {
  const last = useLoad<{ last: LastAnalysis | null }>('/api/intel/network/analysis');
  const profile = useLoad<SiteProfile>(`/api/intel/network/sites/${encodeURIComponent(siteId)}/profile`);
  const p = profile.data;
  const analysed = last.data?.last ?? null;
  return (
    <section className="panel site-network" aria-labelledby="site-network-h">
      <h2 id="site-network-h">What the network says</h2>
      <p className="actions">
        <a href={chartHref(siteId)}>Open the site in the link chart</a>
        <a href={mapHref(siteId)}>Show the site on the map</a>
      </p>
      <ErrorMessage message={last.error ?? profile.error} />
      {last.data && !analysed ? (
        <p className="notice notice-info">
          The network has not been analysed yet: the brokers supplying this site and its group are not known.
          An analyst may analyse it from the <a href={href('/intel')}>Intelligence page</a>, Network tab.
        </p>
      ) : null}
      {analysed ? <p className="small muted">{lastWords(analysed)}</p> : null}
      {profile.loading && !p ? <p className="muted">Loading what the network says…</p> : null}
      {p ? (
        <div className="site-network-parts">
          <section aria-labelledby="site-people-h">
            <h3 id="site-people-h">People tied to it</h3>
            {p.people.length === 0 ? (
              <p className="muted">
                Nobody is linked to this site as owner, manager or worker, nor named with it in a report.
              </p>
            ) : (
              <ul className="site-people">
                {p.people.map((x) => (
                  <li key={x.id}>
                    <NodeLink node={x} withType={x.type !== 'person'} /> —{' '}
                    <span className="role">{codeWords('linkType', x.role)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="site-brokers-h">
            <h3 id="site-brokers-h">Brokers supplying it</h3>
            {p.brokers.length === 0 ? (
              <p className="muted">
                {analysed
                  ? 'No ranked broker reaches this site: nobody found links it to another site of concern.'
                  : 'Not known until the network is analysed.'}
              </p>
            ) : (
              <SiteBrokers brokers={p.brokers} />
            )}
          </section>
          <section aria-labelledby="site-group-h">
            <h3 id="site-group-h">Its group</h3>
            {p.group ? (
              <dl className="group-facts">
                <div>
                  <dt>Other sites</dt>
                  <dd>
                    <NodeList nodes={p.group.sites} none="no other site" />
                  </dd>
                </div>
                <div>
                  <dt>Key people</dt>
                  <dd>
                    <NodeList nodes={p.group.keyPeople} none="no person named" />
                  </dd>
                </div>
              </dl>
            ) : (
              <p className="muted">
                {analysed
                  ? 'This site was not in the last analysis (added since, or tied to nothing): analyse again.'
                  : 'Not known until the network is analysed.'}
              </p>
            )}
          </section>
        </div>
      ) : null}
    </section>
  );
}

const SHOWN = 10;

/** The brokers supplying a site, best ranked first: the first ten, the rest on request. */
function SiteBrokers({ brokers }: { brokers: { rank: number; person: Named; sitesSupplied: number }[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? brokers : brokers.slice(0, SHOWN);
  return (
    <>
      <ul className="site-brokers">
        {shown.map((b) => (
          <li key={b.person.id}>
            <NodeLink node={b.person} />{' '}
            <span className="small muted">
              ranked {b.rank}, supplies {count(b.sitesSupplied, 'site')}
            </span>
          </li>
        ))}
      </ul>
      {brokers.length > SHOWN ? (
        <button type="button" className="button ghost small" onClick={() => setAll(!all)}>
          {all ? `Show the first ${SHOWN} only` : `Show all ${brokers.length} brokers`}
        </button>
      ) : null}
    </>
  );
}
