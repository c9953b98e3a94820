import { describe, expect, it } from 'vitest';
import { sitesTiedToGroups } from './group-sites.ts';
import { TieGraphBuilder } from './tie-graph.ts';

// A group (community 0: a boss, an owner, a phone nobody holds, the site they run) and a band of workers
// (community 1) at a farm the owner registered; another site with workers only; a site the boss and the owner
// are both tied to.
function picture() {
  const b = new TieGraphBuilder();
  const n = (id: string) => b.node(id).n;
  const tie = (x: string, y: string, w: number) => b.tie(n(x), n(y), w, 'links', 1);
  tie('boss', 'owner', 5);
  tie('boss', 'tel:1', 2);
  tie('owner', 'site:home', 1);
  tie('owner', 'site:farm', 1);
  tie('w1', 'site:farm', 1);
  tie('w2', 'site:farm', 1);
  tie('w1', 'w2', 3);
  tie('w3', 'site:other', 1);
  tie('boss', 'site:den', 2);
  tie('owner', 'site:den', 0.5);
  tie('tel:1', 'site:den', 4);
  tie('site:home', 'site:farm', 9);
  const typeOf = new Map([
    ['boss', 'person'],
    ['owner', 'person'],
    ['tel:1', 'phone'],
    ['w1', 'person'],
    ['w2', 'person'],
    ['w3', 'person'],
    ['site:home', 'site'],
    ['site:farm', 'site'],
    ['site:other', 'site'],
    ['site:den', 'site'],
  ]);
  const communityOf = new Map([
    ['boss', 0],
    ['owner', 0],
    ['tel:1', 0],
    ['site:home', 0],
    ['w1', 1],
    ['w2', 1],
    ['site:farm', 1],
    ['w3', 2],
    ['site:other', 2],
    ['site:den', 3],
  ]);
  return { graph: b.build(), typeOf, communityOf };
}

describe('sites tied to a group’s people', () => {
  it('lists, for each group, the sites outside it that its members (not its sites) are tied to', () => {
    const { graph, typeOf, communityOf } = picture();
    const tied = sitesTiedToGroups(graph, typeOf, communityOf);
    const of = (k: number) => tied.filter((t) => t.community === k);
    // The group: the den (boss 2 + owner 0.5 + its phone 4), then the farm (its owner). Not its own site, and not
    // the farm's tie to its home site, which is a site's, not a member's.
    expect(of(0)).toEqual([
      { community: 0, site: 'site:den', strength: 6.5, through: ['tel:1', 'boss', 'owner'] },
      { community: 0, site: 'site:farm', strength: 1, through: ['owner'] },
    ]);
    // The workers are tied to their own farm only, which is in their community.
    expect(of(1)).toEqual([]);
    expect(of(2)).toEqual([]);
  });

  it('keeps the strongest sites of a group, and names at most three of its people per site', () => {
    const b = new TieGraphBuilder();
    const typeOf = new Map<string, string>();
    const communityOf = new Map<string, number>();
    for (let p = 0; p < 5; p++) {
      b.node(`p${p}`);
      typeOf.set(`p${p}`, 'person');
      communityOf.set(`p${p}`, 0);
    }
    for (let s = 0; s < 8; s++) {
      b.node(`site:${s}`);
      typeOf.set(`site:${s}`, 'site');
      communityOf.set(`site:${s}`, 1 + s);
      for (let p = 0; p <= Math.min(4, s); p++)
        b.tie(b.node(`p${p}`).n, b.node(`site:${s}`).n, 1 + p, 'links', 1);
    }
    const tied = sitesTiedToGroups(b.build(), typeOf, communityOf, 3);
    expect(tied.map((t) => t.site)).toEqual(['site:4', 'site:5', 'site:6']);
    expect(tied[0]).toMatchObject({ strength: 15, through: ['p4', 'p3', 'p2'] });
  });

  it('leaves out nodes the analysis placed in no community', () => {
    const { graph, typeOf, communityOf } = picture();
    communityOf.delete('owner');
    const tied = sitesTiedToGroups(graph, typeOf, communityOf);
    expect(tied.filter((t) => t.community === 0).map((t) => [t.site, t.strength])).toEqual([['site:den', 6]]);
  });
});
