import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { SelectField } from '../../screening/controls.tsx';
import { chartHref, NodeList } from './NodeLink.tsx';
import { TiedSiteList } from './TiedSiteList.tsx';
import type { Group } from './types.ts';

type Sort = 'sites' | 'size' | 'people';
const sorts = (t: TFunction<'network'>): [Sort, string][] => [
  ['sites', t('groups.sort.sites')],
  ['size', t('groups.sort.size')],
  ['people', t('groups.sort.people')],
];
const compare: Record<Sort, (a: Group, b: Group) => number> = {
  sites: (a, b) => b.sites.length - a.sites.length || b.size - a.size,
  size: (a, b) => b.size - a.size || b.sites.length - a.sites.length,
  people: (a, b) => b.keyPeople.length - a.keyPeople.length || b.size - a.size,
};

/** What a group is called on screen: its number in the analysis's order and the site or person it centres on. */
export function groupName(t: TFunction<'network'>, g: Group, index: number): string {
  const around = g.sites[0] ?? g.keyPeople[0];
  return around
    ? t('groups.nameAround', { number: index + 1, name: around.label })
    : t('groups.name', { number: index + 1 });
}

/**
 * The candidate groups: communities of the network holding sites (or several people), each with its sites and
 * its key people (most tied first), every name linking to its page; sorted as the analyst picks.
 */
export function GroupList({ groups }: { groups: Group[] }) {
  const { t } = useTranslation('network');
  const [sort, setSort] = useState<Sort>('sites');
  const numbered = groups.map((g, i) => ({ g, name: groupName(t, g, i) }));
  const rows = [...numbered].sort((a, b) => compare[sort](a.g, b.g));
  return (
    <>
      <div className="group-sort">
        <SelectField
          label={t('groups.order')}
          value={sort}
          onChange={(v) => setSort(v as Sort)}
          options={sorts(t)}
        />
      </div>
      <ol className="group-list" aria-label={t('groups.label')}>
        {rows.map(({ g, name }) => {
          const centre = g.sites[0] ?? g.keyPeople[0];
          return (
            <li key={g.community} className="group-card">
              <article aria-label={name}>
                <h3>{name}</h3>
                <p className="small muted">
                  {t('groups.shown', {
                    sites: t('analysis.count.sites', { count: g.sites.length }),
                    people: t('groups.count.keyPeople', { count: g.keyPeople.length }),
                    members: t('groups.count.members', { count: g.size }),
                  })}
                </p>
                <dl className="group-facts">
                  <div>
                    <dt>{t('groups.sites')}</dt>
                    <dd>
                      <NodeList nodes={g.sites} none={t('groups.noSite')} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('groups.keyPeople')}</dt>
                    <dd>
                      <NodeList nodes={g.keyPeople} none={t('groups.noPerson')} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('groups.tiedSites')}</dt>
                    <dd>
                      <TiedSiteList sites={g.tiedSites} />
                    </dd>
                  </div>
                </dl>
                {centre ? (
                  <p className="small">
                    <a href={chartHref(centre.id)}>
                      <Trans
                        t={t}
                        i18nKey="analysis.openChart"
                        values={{ name }}
                        components={{ 1: <span className="visually-hidden" /> }}
                      />
                    </a>
                  </p>
                ) : null}
              </article>
            </li>
          );
        })}
      </ol>
    </>
  );
}
