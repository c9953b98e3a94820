import type { IndicatorSet } from './indicator-set.ts';
import type { ChildBasis, ElementClause, EvaluationBasis, EvaluationWarning, RuleBasis } from './schema.ts';

/**
 * The screening rules' findings in English: the command line's output (`lantern screen`, the batch API) and the
 * record kept with a completed screening. The screens word the same codes from their own catalogue.
 */

export const CLAUSE_WORDS: Record<Exclude<ElementClause, 'below_threshold'>, string> = {
  two_strong: 'two strong indicators',
  strong_and_weaker: 'one strong and one medium or weak indicator',
  three_medium: 'three medium indicators',
  two_medium_one_weak: 'two medium and one weak indicator',
  no_indicator: 'no indicator',
};

export const clauseWords = (
  clause: ElementClause,
  counts: { strong: number; medium: number; weak: number },
): string =>
  clause === 'below_threshold'
    ? `below the threshold (${counts.strong} strong, ${counts.medium} medium, ${counts.weak} weak)`
    : CLAUSE_WORDS[clause];

export function childWords(basis: ChildBasis, age: number | null): string {
  switch (basis) {
    case 'age_unknown':
      return 'age unknown: treated as a child until assessed';
    case 'minor':
      return `aged ${age}: a child`;
    case 'age_doubted':
      return `gives age ${age} but the assessor doubts it: treated as a child`;
    case 'adult':
      return `aged ${age}: an adult`;
  }
}

const labels = (list: readonly string[] | undefined) => (list ?? []).map((l) => l.toLowerCase()).join(', ');

function outcomeRuleWords(r: RuleBasis): string {
  switch (r.code) {
    case 'child_act_exploitation':
      return `Child: the act (${labels(r.recruitment)}) and exploitation are positive; a child needs no means (Palermo Protocol art. 3(c)).`;
    case 'adult_recruitment_exploitation_destination':
      return `Adult: recruitment (${labels(r.recruitment)}), exploitation and a destination element (${labels(r.destination)}) are positive.`;
    case 'exploited_no_recruitment':
      return 'Exploitation is positive but no recruitment element is: exploited but not trafficked, a labour-rights case.';
    case 'exploited_no_destination':
      return 'Exploitation and recruitment are positive but no destination element is: exploited but not trafficked, a labour-rights case.';
    case 'exploitation_not_positive':
      return 'The exploitation element is not positive: trafficking is not indicated on these answers.';
    case 'checklist_none':
      return 'No indicator of this checklist is present.';
    case 'checklist_present':
      return `${r.indicators?.length ?? 0} indicator(s) present (${labels(r.indicators)}); this checklist has no threshold: screen on the ILO–EC operational indicators.`;
    case 'amp_child':
      return 'Child: an act and a purpose are present; a child needs no means.';
    case 'amp_adult':
      return 'An act, a means and a purpose are present.';
    case 'amp_none':
      return 'No indicator of this set is present.';
    case 'amp_missing':
      return `Some indicators are present but no ${(r.missing ?? []).join(' or ')}.`;
  }
}

/** The rule that gave the outcome, and what unanswered indicators could change. */
export function ruleWords(b: EvaluationBasis): string {
  const rule = outcomeRuleWords(b.rule);
  return b.unanswered
    ? `${rule} But ${b.unanswered.count} indicator(s) were not answered, and answering them could lead to "${b.unanswered.couldBe.replaceAll('_', ' ')}".`
    : rule;
}

export function warningWords(w: EvaluationWarning): string {
  switch (w.code) {
    case 'set_incomplete':
      return `The set ${w.set} is incomplete: ${w.note ?? 'see its notes'}`;
    case 'sexual_lists_missing':
      return 'The published sexual-exploitation lists could not be retrieved; this person was screened on the labour lists.';
    case 'set_not_for':
      return `The set ${w.set} is not made for ${w.exploitation} exploitation.`;
  }
}

interface Finding {
  label: string;
  positive: boolean;
  rule: string;
  indicators: { label: string; strength: string }[];
}

/** Line by line: the set, the person's age, each element and the rule. */
export const explanationWords = (set: IndicatorSet, b: EvaluationBasis, elements: readonly Finding[]) => [
  `Set: ${set.name} (${set.id}, version ${set.version}).`,
  `The person is ${childWords(b.child, b.age)}.`,
  ...elements.map(
    (e) =>
      `${e.label}: ${e.positive ? 'positive' : 'not positive'} — ${e.rule}${e.indicators.length ? ` (${e.indicators.map((i) => `${i.label} [${i.strength}]`).join('; ')})` : ''}.`,
  ),
  ruleWords(b),
];
