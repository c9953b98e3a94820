import { formatDate } from '../ui/format.ts';
import { LINK_VERBS, plural } from './labels.ts';
import type { TieEvidence } from './types.ts';

const period = (first: string, last: string) =>
  formatDate(first) === formatDate(last)
    ? `on ${formatDate(first)}`
    : `between ${formatDate(first)} and ${formatDate(last)}`;

const number = new Intl.NumberFormat();

/**
 * What a tie between a suspect and a proposed person or site rests on, as a sentence: `suspect` and `other` are
 * their names. Unknown shapes are said plainly rather than shown as codes.
 */
export function tieWords(
  raw: Record<string, unknown>,
  suspect: string,
  other: string,
  /** Say who disclosed it: where the office's own ties and disclosed ones are listed together. */
  markDisclosed = false,
): string {
  const words = tieSentence(raw as TieEvidence, suspect, other);
  const by = disclosedBy(raw);
  return markDisclosed && by ? `${words} (disclosed by ${by})` : words;
}

/** The agency that disclosed a tie with a shared operation's file, or null for the office's own picture. */
export const disclosedBy = (raw: Record<string, unknown>): string | null =>
  typeof raw.disclosedBy === 'string' ? raw.disclosedBy : null;

function tieSentence(e: TieEvidence, suspect: string, other: string): string {
  switch (e.kind) {
    case 'declared': {
      const verbs = LINK_VERBS[e.link] ?? { out: 'is linked to', in: 'is linked to' };
      const [a, b] = e.direction === 'out' ? [suspect, other] : [other, suspect];
      return `${a} ${verbs.out} ${b}: declared in an intelligence report graded ${e.sourceGrade}${e.infoGrade}, on ${formatDate(e.assertedAt)}`;
    }
    case 'calls': {
      const [a, b] = e.direction === 'out' ? [suspect, other] : [other, suspect];
      const minutes = Math.max(1, Math.round(e.seconds / 60));
      return `${plural(e.count, 'call')} from ${a} to ${b} (${plural(minutes, 'minute')} in all), ${period(e.firstAt, e.lastAt)}`;
    }
    case 'transfers': {
      const [a, b] = e.direction === 'out' ? [suspect, other] : [other, suspect];
      return `${plural(e.count, 'money transfer')} from ${a} to ${b}, ${number.format(e.amount)} in all, ${period(e.firstAt, e.lastAt)}`;
    }
    case 'co_travel': {
      const same = e.sameVehicle > 0 ? ` (${e.sameVehicle} in the same vehicle)` : '';
      const where = e.checkpoints.length > 0 ? ` at ${e.checkpoints.join(', ')}` : '';
      return `${suspect} and ${other} crossed the border together ${plural(e.occasions, 'time')}${same}${where}, ${period(e.firstAt, e.lastAt)}`;
    }
    case 'broker': {
      const rank = `ranked ${e.rank} among brokers in the network analysis, supplying ${plural(e.sitesSupplied, 'site')}`;
      switch (e.relation) {
        case 'supplies_site':
          return `${suspect}, a broker ${rank}, supplies workers to ${other}`;
        case 'reaches_through':
          return `${suspect}, a broker ${rank}, reaches sites through ${other}`;
        case 'pays_broker':
          return `${other} pays ${suspect}, a broker ${rank}`;
        case 'supplied_by':
          return `${other}, a broker ${rank}, reaches sites through ${suspect}`;
        case 'same_broker':
          return `${other} is supplied by the same broker as ${suspect}’s site (${rank})`;
        default:
          return `${suspect} and ${other} are tied through a broker (${rank})`;
      }
    }
    default:
      return `${suspect} and ${other} are tied in the intelligence picture`;
  }
}
