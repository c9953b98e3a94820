import type { TFunction } from 'i18next';
import { word } from './labels.ts';
import type { RuleInput } from './types.ts';

/** Words joined as alternatives: "Thailand or Laos or Myanmar". */
const either = (t: TFunction<'monitoring'>, list: string[]): string =>
  list.reduce((a, b) => t('rules.words.or', { a, b }));

/** What a rule matches, in one sentence: "Tips in Thailand, any kind, a risk to life or serious harm". */
export function ruleWords(t: TFunction<'monitoring'>, r: RuleInput): string {
  const what =
    r.appliesTo.length === 2
      ? t('rules.words.both')
      : r.appliesTo[0] === 'inspection'
        ? t('rules.words.inspections')
        : t('rules.words.tips');
  const countries = r.countries?.length
    ? t('rules.words.inCountries', {
        countries: either(
          t,
          r.countries.map((c) => word('country', c)),
        ),
      })
    : t('rules.words.anyCountry');
  const where = r.area ? t('rules.words.withinArea', { where: countries, count: r.area.length }) : countries;
  const kinds = r.kinds?.length
    ? either(
        t,
        r.kinds.map((k) => word('kind', k).toLowerCase()),
      )
    : t('rules.words.anyKind');
  const danger = r.minDanger
    ? t('rules.words.dangerAtLeast', { danger: word('danger', r.minDanger).toLowerCase() })
    : t('rules.words.anyDanger');
  return r.childrenOnly
    ? t('rules.words.sentenceChildren', { what, where, kinds, danger })
    : t('rules.words.sentence', { what, where, kinds, danger });
}
