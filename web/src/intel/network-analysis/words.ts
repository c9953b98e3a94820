import { formatDateTime } from '../../ui/format.ts';
import type { LastAnalysis, RunResult } from './types.ts';

// The analysis's figures as sentences an analyst reads without knowing graph words.

/** "1 site", "2,345 sites": a count with its word, singular or plural. */
export const count = (x: number, one: string, many = `${one}s`): string =>
  `${x.toLocaleString('en-US')} ${x === 1 ? one : many}`;

const seconds = (ms: number): string => (ms < 1000 ? 'under a second' : `${(ms / 1000).toFixed(1)} s`);

/** How clearly the picture splits into groups: modularity (−0.5…1) in words. */
export function splitWords(modularity: number): string {
  if (modularity >= 0.6) return 'splits clearly into groups';
  if (modularity >= 0.3) return 'splits into groups, with some ties between them';
  return 'does not split clearly into groups';
}

/** When the picture was last analysed and on what, in one sentence. */
export function lastWords(last: LastAnalysis): string {
  return (
    `Last analysed ${formatDateTime(last.ranAt)} (it took ${seconds(last.ms)}): ` +
    `${count(last.nodes, 'person, site, phone or account', 'people, sites, phones and accounts')} ` +
    `joined by ${count(last.edges, 'tie')}, around ${count(last.sitesOfConcern, 'site')} of concern ` +
    `(named in reports or targeted by operations). The picture ${splitWords(last.modularity)}: ` +
    `${count(last.communities, 'community', 'communities')}.`
  );
}

/** The result of a run just made, for the live region. */
export function runWords(r: RunResult): string {
  return (
    `Analysed ${count(r.nodes, 'person, site, phone or account', 'people, sites, phones and accounts')} ` +
    `joined by ${count(r.edges, 'tie')} in ${seconds(r.ms)}: ` +
    `${count(r.communities, 'community', 'communities')} found, ${count(r.brokers, 'broker')} ranked ` +
    `around ${count(r.sitesOfConcern, 'site')} of concern.`
  );
}
