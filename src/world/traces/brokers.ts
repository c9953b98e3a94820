import type { Victimisation } from '../model.ts';
import { roleOf } from '../population.ts';
import { mix, type World } from '../world.ts';

// Brokers supply sites: each trafficked person is placed by one of the group's brokers, who deals with the site's
// owner and supervisor around the arrival (calls) and is paid a fee per worker by the owner (a transfer). Chosen
// by a hash of the person, so that calls and transfers name the same broker without sharing a random stream.

/** The broker who placed a victim at their site, or -1 when the site's group has none. */
export function brokerOf(w: World, v: Victimisation): number {
  const g = w.groups[w.sites[v.site]?.group ?? -1];
  if (!g) return -1;
  const brokers = g.members.filter((m) => roleOf(w.pop, m) === 'broker');
  if (brokers.length === 0) return -1;
  return brokers[mix(w.seed, v.person, 53) % brokers.length] as number;
}

/** Who runs a site day to day: its owner and its supervisors. */
export function runnersOf(w: World, site: number): number[] {
  const s = w.sites[site];
  if (!s) return [];
  const g = w.groups[s.group];
  const staff = (g?.members ?? []).filter((m) => roleOf(w.pop, m) === 'supervisor' && w.pop.site[m] === site);
  return [s.owner, ...staff].filter((p) => p >= 0);
}
