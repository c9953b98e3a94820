import type { ParseKeys, TFunction } from 'i18next';
import { formatDate } from '../ui/format.ts';
import type { TieEvidence } from './types.ts';

/** Declared links with words in the catalogue (`tie.link.<link>`: "{{a}} owns {{b}}"). */
const LINKS = ['owns', 'manages', 'works_at', 'lives_at', 'associates_with', 'paid'];
/** A broker's relations with words in the catalogue (`tie.broker.<relation>`). */
const RELATIONS = ['supplies_site', 'reaches_through', 'pays_broker', 'supplied_by', 'same_broker'];

const period = (t: TFunction<'prosecution'>, first: string, last: string) =>
  formatDate(first) === formatDate(last)
    ? t('tie.on', { day: formatDate(first) })
    : t('tie.between', { first: formatDate(first), last: formatDate(last) });

/**
 * What a tie between a suspect and a proposed person or site rests on, as a sentence: `suspect` and `other` are
 * their names. Unknown shapes are said plainly rather than shown as codes.
 */
export function tieWords(
  t: TFunction<'prosecution'>,
  raw: TieEvidence,
  suspect: string,
  other: string,
  /** Say who disclosed it: where the office's own ties and disclosed ones are listed together. */
  markDisclosed = false,
): string {
  const words = tieSentence(t, raw, suspect, other);
  const by = disclosedBy(raw);
  return markDisclosed && by ? t('tie.disclosed', { words, by }) : words;
}

/** The agency that disclosed a tie with a shared operation's file, or null for the office's own picture. */
export const disclosedBy = (raw: TieEvidence): string | null => raw.disclosedBy ?? null;

function tieSentence(t: TFunction<'prosecution'>, e: TieEvidence, suspect: string, other: string): string {
  switch (e.kind) {
    case 'declared': {
      const [a, b] = e.direction === 'out' ? [suspect, other] : [other, suspect];
      const link = LINKS.includes(e.link)
        ? t(`tie.link.${e.link}` as ParseKeys<'prosecution'>, { a, b })
        : t('tie.linkedTo', { a, b });
      return t('tie.declared', {
        link,
        grade: `${e.sourceGrade}${e.infoGrade}`,
        day: formatDate(e.assertedAt),
      });
    }
    case 'calls': {
      const [a, b] = e.direction === 'out' ? [suspect, other] : [other, suspect];
      const minutes = Math.max(1, Math.round(e.seconds / 60));
      return t('tie.calls', {
        count: e.count,
        a,
        b,
        minutes: t('tie.minutes', { count: minutes }),
        period: period(t, e.firstAt, e.lastAt),
      });
    }
    case 'transfers': {
      const [a, b] = e.direction === 'out' ? [suspect, other] : [other, suspect];
      return t('tie.transfers', {
        count: e.count,
        a,
        b,
        amount: e.amount,
        period: period(t, e.firstAt, e.lastAt),
      });
    }
    case 'co_travel': {
      const values = {
        count: e.occasions,
        suspect,
        other,
        same: e.sameVehicle,
        places: e.checkpoints.join(t('list.separator')),
        period: period(t, e.firstAt, e.lastAt),
      };
      const where = e.checkpoints.length > 0;
      if (e.sameVehicle > 0) return where ? t('tie.coTravelSameAt', values) : t('tie.coTravelSame', values);
      return where ? t('tie.coTravelAt', values) : t('tie.coTravel', values);
    }
    case 'broker': {
      const rank = t('tie.rank', { rank: e.rank, count: e.sitesSupplied });
      return RELATIONS.includes(e.relation)
        ? t(`tie.broker.${e.relation}` as ParseKeys<'prosecution'>, { suspect, other, rank })
        : t('tie.brokerTied', { suspect, other, rank });
    }
    default:
      return t('tie.tied', { suspect, other });
  }
}
