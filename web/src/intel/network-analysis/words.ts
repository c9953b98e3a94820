import type { TFunction } from 'i18next';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import type { LastAnalysis, RunResult } from './types.ts';

// The analysis's figures as sentences an analyst reads without knowing graph words.

type T = TFunction<'network'>;

const seconds = (t: T, ms: number): string =>
  ms < 1000
    ? t('analysis.took.underSecond')
    : t('analysis.took.seconds', {
        value: formatNumber(ms / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      });

/** How clearly the picture splits into groups: modularity (−0.5…1) in words, with the number of communities. */
function splitWords(t: T, modularity: number, communities: number): string {
  const n = t('analysis.count.communities', { count: communities });
  if (modularity >= 0.6) return t('analysis.split.clear', { communities: n });
  if (modularity >= 0.3) return t('analysis.split.some', { communities: n });
  return t('analysis.split.none', { communities: n });
}

/** When the picture was last analysed and on what, in one sentence. */
export function lastWords(t: T, last: LastAnalysis): string {
  const first = t('analysis.last', {
    when: formatDateTime(last.ranAt),
    took: seconds(t, last.ms),
    nodes: t('analysis.count.nodes', { count: last.nodes }),
    ties: t('analysis.count.ties', { count: last.edges }),
    sites: t('analysis.count.sites', { count: last.sitesOfConcern }),
  });
  return t('analysis.sentences', { first, second: splitWords(t, last.modularity, last.communities) });
}

/** The result of a run just made, for the live region. */
export function runWords(t: T, r: RunResult): string {
  return t('analysis.run.done', {
    nodes: t('analysis.count.nodes', { count: r.nodes }),
    ties: t('analysis.count.ties', { count: r.edges }),
    took: seconds(t, r.ms),
    communities: t('analysis.count.communities', { count: r.communities }),
    brokers: t('analysis.count.brokers', { count: r.brokers }),
    sites: t('analysis.count.sites', { count: r.sitesOfConcern }),
  });
}
