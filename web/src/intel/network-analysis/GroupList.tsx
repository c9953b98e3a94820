import { useState } from 'react';
import { SelectField } from '../../screening/controls.tsx';
import { chartHref, NodeList } from './NodeLink.tsx';
import type { Group } from './types.ts';
import { count } from './words.ts';

type Sort = 'sites' | 'size' | 'people';
const SORTS: [Sort, string][] = [
  ['sites', 'Most sites first'],
  ['size', 'Largest first'],
  ['people', 'Most key people first'],
];
const compare: Record<Sort, (a: Group, b: Group) => number> = {
  sites: (a, b) => b.sites.length - a.sites.length || b.size - a.size,
  size: (a, b) => b.size - a.size || b.sites.length - a.sites.length,
  people: (a, b) => b.keyPeople.length - a.keyPeople.length || b.size - a.size,
};

/** What a group is called on screen: its number in the analysis's order and the site or person it centres on. */
export function groupName(g: Group, index: number): string {
  const around = g.sites[0] ?? g.keyPeople[0];
  return `Group ${index + 1}${around ? ` around ${around.label}` : ''}`;
}

/**
 * The candidate groups: communities of the network holding sites (or several people), each with its sites and
 * its key people (most tied first), every name linking to its page; sorted as the analyst picks.
 */
export function GroupList({ groups }: { groups: Group[] }) {
  const [sort, setSort] = useState<Sort>('sites');
  const numbered = groups.map((g, i) => ({ g, name: groupName(g, i) }));
  const rows = [...numbered].sort((a, b) => compare[sort](a.g, b.g));
  return (
    <>
      <div className="group-sort">
        <SelectField
          label="Order the groups"
          value={sort}
          onChange={(v) => setSort(v as Sort)}
          options={SORTS}
        />
      </div>
      <ol className="group-list" aria-label="Candidate groups">
        {rows.map(({ g, name }) => {
          const centre = g.sites[0] ?? g.keyPeople[0];
          return (
            <li key={g.community} className="group-card">
              <article aria-label={name}>
                <h3>{name}</h3>
                <p className="small muted">
                  {count(g.sites.length, 'site')}, {count(g.keyPeople.length, 'key person', 'key people')}{' '}
                  shown; {count(g.size, 'member')} in all (people, sites, phones and accounts).
                </p>
                <dl className="group-facts">
                  <div>
                    <dt>Sites</dt>
                    <dd>
                      <NodeList nodes={g.sites} none="no site" />
                    </dd>
                  </div>
                  <div>
                    <dt>Key people</dt>
                    <dd>
                      <NodeList nodes={g.keyPeople} none="no person named" />
                    </dd>
                  </div>
                </dl>
                {centre ? (
                  <p className="small">
                    <a href={chartHref(centre.id)}>
                      Open in link chart<span className="visually-hidden">: {name}</span>
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
