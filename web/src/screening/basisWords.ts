/** How the server reached an outcome (codes and values, `evaluation.basis`), in the chosen language. */
import type { TFunction } from 'i18next';
import { listWords } from '../ui/format.ts';
import { outcomeWords } from './labels.ts';
import type { Evaluation, Strength } from './types.ts';

type T = TFunction<'screening'>;
export type Basis = NonNullable<Evaluation['basis']>;
type Element = Evaluation['elements'][number];
type Clause = Basis['clauses'][string];

/** Why an element is positive (its combination) or not. */
export const clauseWords = (
  t: T,
  clause: Clause,
  counts: Pick<Element, 'strong' | 'medium' | 'weak'>,
): string =>
  clause === 'below_threshold'
    ? t('basis.clause.below_threshold', { strong: counts.strong, medium: counts.medium, weak: counts.weak })
    : t(`basis.clause.${clause}`);

// Each of the server's strengths (its type makes the list whole); anything else is an indicator not on the list.
const STRENGTH_CODES: Record<NonNullable<Strength>, true> = { strong: true, medium: true, weak: true };
const isStrength = (s: string): s is NonNullable<Strength> => Object.hasOwn(STRENGTH_CODES, s);

const strengthWords = (t: T, strength: string): string =>
  isStrength(strength) ? t(`codes.strength.${strength}`) : t('basis.notListed');

function elementWords(t: T, b: Basis, e: Element): string {
  const values = {
    label: e.label,
    verdict: e.positive ? t('basis.positive') : t('basis.notPositive'),
    clause: clauseWords(t, b.clauses[e.id] ?? 'no_indicator', e),
  };
  if (!e.indicators.length) return t('basis.element', values);
  const indicators = e.indicators
    .map((i) => t('basis.indicator', { label: i.label, strength: strengthWords(t, i.strength) }))
    .join(t('basis.indicatorSeparator'));
  return t('basis.elementWith', { ...values, indicators });
}

/** The rule that gave the outcome, and what answering the indicators left unanswered could change. */
export function ruleWords(t: T, b: Basis): string {
  const r = b.rule;
  const rule =
    r.code === 'amp_missing'
      ? t('basis.rule.amp_missing', {
          missing: listWords(
            (r.missing ?? []).map((p) => t(`basis.part.${p}`)),
            'disjunction',
          ),
        })
      : r.code === 'checklist_present'
        ? t('basis.rule.checklist_present', {
            count: r.indicators?.length ?? 0,
            indicators: listWords(r.indicators ?? []),
          })
        : t(`basis.rule.${r.code}`, {
            recruitment: listWords(r.recruitment ?? []),
            destination: listWords(r.destination ?? []),
          });
  return b.unanswered
    ? t('basis.unanswered', {
        rule,
        count: b.unanswered.count,
        outcome: outcomeWords(b.unanswered.couldBe, null),
      })
    : rule;
}

/** Line by line: the set, the person's age, each element with its indicators, and the rule. */
export const explanationWords = (t: T, e: Evaluation, b: Basis): string[] => [
  t('basis.set', { name: b.setName, id: e.set.id, version: e.set.version }),
  t(`basis.child.${b.child}`, { age: b.age ?? '' }),
  ...e.elements.map((el) => elementWords(t, b, el)),
  ruleWords(t, b),
];

export function warningWords(t: T, w: Basis['warnings'][number]): string {
  switch (w.code) {
    case 'set_incomplete':
      return t('basis.warning.set_incomplete', { set: w.set, note: w.note ?? t('basis.warning.seeNotes') });
    case 'sexual_lists_missing':
      return t('basis.warning.sexual_lists_missing');
    case 'set_not_for':
      return t('basis.warning.set_not_for', {
        set: w.set,
        exploitation: t(`codes.exploitationShort.${w.exploitation}`),
      });
  }
}
