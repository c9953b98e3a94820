import type { ParseKeys, TFunction } from 'i18next';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { href } from '../../router.ts';
import { formatNumber } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import { linkWord } from '../network/linkWords.ts';
import { chartHref, mapHref, NodeLink, NodeList } from './NodeLink.tsx';
import { TiedSiteList } from './TiedSiteList.tsx';
import type { LastAnalysisReply, Named, SiteProfile } from './types.ts';
import { lastWords } from './words.ts';
import './network-analysis.css';

/** The server's words for a person's role at a site (src/intel/network/groups.ts), by the code of their words. */
const ROLES: Record<string, string> = {
  owner: 'owner',
  manager: 'manager',
  'works there': 'worksThere',
  'harboured people there': 'harboured',
  'lives there': 'livesThere',
  'named with it in a report': 'namedWith',
};

/** A role at a site in the chosen language; a role the server words by its link type, as that link's words. */
const roleWords = (t: TFunction<'network'>, role: string): string => {
  const code = ROLES[role];
  return code ? t(`codes.siteRole.${code}` as ParseKeys<'network'>) : linkWord(role);
};

/**
 * "What the network says" on a site's page: the people tied to it and their role, the brokers supplying it, the
 * group it belongs to (as of the last analysis), and the site in the link chart and on the map.
 */
export function SiteNetworkProfile({ siteId }: { siteId: string }) {
  const { t } = useTranslation('network');
  const last = useLoad<LastAnalysisReply>('/api/intel/network/analysis');
  const profile = useLoad<SiteProfile>(`/api/intel/network/sites/${encodeURIComponent(siteId)}/profile`);
  const p = profile.data;
  const analysed = last.data?.last ?? null;
  return (
    <section className="panel site-network" aria-labelledby="site-network-h">
      <h2 id="site-network-h">{t('site.title')}</h2>
      <p className="actions">
        <a href={chartHref(siteId)}>{t('site.openChart')}</a>
        <a href={mapHref(siteId)}>{t('site.showMap')}</a>
      </p>
      <ErrorMessage message={last.error ?? profile.error} />
      {last.data && !analysed ? (
        <p className="notice notice-info">
          <Trans
            t={t}
            i18nKey="site.notAnalysed"
            components={{
              // biome-ignore lint/a11y/useAnchorContent: Trans puts the link's translated words inside it
              1: <a href={href('/intel')} />,
            }}
          />
        </p>
      ) : null}
      {analysed ? <p className="small muted">{lastWords(t, analysed)}</p> : null}
      {profile.loading && !p ? <p className="muted">{t('site.loading')}</p> : null}
      {p ? (
        <div className="site-network-parts">
          <section aria-labelledby="site-people-h">
            <h3 id="site-people-h">{t('site.people')}</h3>
            {p.people.length === 0 ? (
              <p className="muted">{t('site.noPeople')}</p>
            ) : (
              <ul className="site-people">
                {p.people.map((x) => (
                  <li key={x.id}>
                    <NodeLink node={x} withType={x.type !== 'person'} /> —{' '}
                    <span className="role">{roleWords(t, x.role)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="site-brokers-h">
            <h3 id="site-brokers-h">{t('site.brokers')}</h3>
            {p.brokers.length === 0 ? (
              <p className="muted">{analysed ? t('site.noBrokers') : t('site.notKnown')}</p>
            ) : (
              <SiteBrokers brokers={p.brokers} />
            )}
          </section>
          <section aria-labelledby="site-group-h">
            <h3 id="site-group-h">{t('site.group')}</h3>
            {p.group ? (
              <dl className="group-facts">
                <div>
                  <dt>{t('site.otherSites')}</dt>
                  <dd>
                    <NodeList nodes={p.group.sites} none={t('site.noOtherSite')} />
                  </dd>
                </div>
                <div>
                  <dt>{t('groups.keyPeople')}</dt>
                  <dd>
                    <NodeList nodes={p.group.keyPeople} none={t('groups.noPerson')} />
                  </dd>
                </div>
                <div>
                  <dt>{t('groups.tiedSites')}</dt>
                  <dd>
                    <TiedSiteList sites={p.group.tiedSites} />
                  </dd>
                </div>
              </dl>
            ) : (
              <p className="muted">{analysed ? t('site.notInGroup') : t('site.notKnown')}</p>
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
  const { t } = useTranslation('network');
  const [all, setAll] = useState(false);
  const shown = all ? brokers : brokers.slice(0, SHOWN);
  return (
    <>
      <ul className="site-brokers">
        {shown.map((b) => (
          <li key={b.person.id}>
            <NodeLink node={b.person} />{' '}
            <span className="small muted">
              {t('site.ranked', { rank: formatNumber(b.rank), count: b.sitesSupplied })}
            </span>
          </li>
        ))}
      </ul>
      {brokers.length > SHOWN ? (
        <button type="button" className="button ghost small" onClick={() => setAll(!all)}>
          {all ? t('site.showFirst', { count: SHOWN }) : t('site.showAll', { count: brokers.length })}
        </button>
      ) : null}
    </>
  );
}
