import type { ParseKeys, TFunction } from 'i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { dateFormat, formatNumber } from '../../ui/format.ts';
import { countryWord, exploitationWord } from '../labels.ts';
import type { SummaryFigures, SummaryStatus } from './types.ts';

type T = TFunction<'outcomes'>;

/** "2026-11" as "November 2026", in the chosen language (Thai in the Buddhist Era). */
export function monthWords(t: T, month: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return t('summaryFigures.monthUnknown');
  return dateFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

function money(t: T, value: Record<string, number>): string {
  return Object.entries(value)
    .map(([currency, amount]) => t('summaryFigures.money', { amount: formatNumber(amount), currency }))
    .join(t('list.separator'));
}

function sentencesLine(t: T, f: SummaryFigures): string {
  const prison = f.sentences.filter((s) => !s.suspended);
  const suspended = f.sentences.length - prison.length;
  const sentences = t('summaryFigures.sentenceCount', { count: f.sentences.length });
  const months = Math.max(0, ...prison.map((s) => s.prisonMonths));
  if (prison.length && suspended)
    return t('summaryFigures.sentencesPrisonSuspended', { sentences, count: months, suspended });
  if (prison.length) return t('summaryFigures.sentencesPrison', { sentences, count: months });
  if (suspended) return t('summaryFigures.sentencesSuspended', { sentences, suspended });
  return t('summaryFigures.sentences', { sentences });
}

/**
 * The figures a summary rests on, one sentence each, in plain words: what the press text may say and no more.
 * Zero figures are said too, so that a reviewer sees what the text should not claim.
 */
export function figureLines(t: T, f: SummaryFigures): string[] {
  const where =
    f.province && f.country
      ? t('summaryFigures.provinceCountry', { province: f.province, country: countryWord(f.country) })
      : f.province || (f.country ? countryWord(f.country) : '');
  const people = t('summaryFigures.personCount', { count: f.removed });
  const presumed = t('summaryFigures.presumedCount', { count: f.presumedVictims });
  const lines = [
    t('summaryFigures.when', { month: monthWords(t, f.month) }),
    t('summaryFigures.where', { where: where || t('summaryFigures.provinceUnknown') }),
    f.exploitation.length
      ? t('summaryFigures.exploitation', {
          kinds: f.exploitation
            .map((c) => exploitationWord(c).toLocaleLowerCase(currentLocale()))
            .join(t('list.separator')),
        })
      : t('summaryFigures.exploitationNone'),
    t('summaryFigures.arrestsItems', {
      arrests: t('summaryFigures.arrestCount', { count: f.arrests }),
      items: t('summaryFigures.itemCount', { count: f.exhibitsSeized }),
    }),
    f.childrenAmongRemoved
      ? t('summaryFigures.removedChildren', { people, presumed })
      : t('summaryFigures.removed', { people, presumed }),
  ];
  if (f.allThreeObjectivesMet !== null)
    lines.push(f.allThreeObjectivesMet ? t('summaryFigures.allThreeMet') : t('summaryFigures.notAllThree'));
  lines.push(
    t('summaryFigures.charges', {
      charges: t('summaryFigures.chargeCount', { count: f.charges }),
      convictions: t('summaryFigures.convictionCount', { count: f.convictions }),
      acquittals: t('summaryFigures.acquittalCount', { count: f.acquittals }),
    }),
  );
  if (f.sentences.length) lines.push(sentencesLine(t, f));
  const assets = t('summaryFigures.assetCount', { count: f.assetsConfiscated.count });
  lines.push(
    f.assetsConfiscated.count
      ? Object.keys(f.assetsConfiscated.value).length
        ? t('summaryFigures.assetsValue', { assets, value: money(t, f.assetsConfiscated.value) })
        : t('summaryFigures.assets', { assets })
      : t('summaryFigures.noAssets'),
  );
  return lines;
}

/** A summary's status in words. */
export const statusWord = (t: T, s: SummaryStatus): string =>
  t(`codes.summaryStatus.${s}` as ParseKeys<'outcomes'>, { defaultValue: s });
