import type { ActMeansPurposeSet, ChecklistSet, ElementsSet, IndicatorSet } from './indicator-set.ts';
import { childWords, clauseWords, explanationWords, ruleWords, warningWords } from './rule-words.ts';
import type {
  ChildBasis,
  COMBINATIONS,
  ELEMENT_ROLES,
  ElementClause,
  EvaluationBasis,
  EvaluationWarning,
  EXPLOITATIONS,
  OUTCOMES,
  RuleBasis,
} from './schema.ts';

/**
 * The screening rules as pure functions: the published combinations, the Palermo rule that a child needs no
 * means, and an explanation of every outcome — which indicators, which elements, which rule — in codes (`basis`)
 * and in English (src/screening/rule-words.ts).
 */
export type Outcome = (typeof OUTCOMES)[number];
export type Exploitation = (typeof EXPLOITATIONS)[number];

export const OUTCOME_RANK: Record<Exclude<Outcome, 'insufficient_information'>, number> = {
  not_indicated: 0,
  exploited_not_trafficked: 1,
  presumed_trafficked: 2,
};

export interface Subject {
  /** Age in years; null when unknown. */
  age: number | null;
  /** The assessor doubts the age given: the person is treated as a child. */
  ageDoubtful?: boolean | undefined;
  exploitation: Exploitation;
}

export interface Answers {
  /** Indicators observed, each supported by what was seen or said. */
  present: readonly string[];
  /** Indicators not asked or not answered. */
  unknown?: readonly string[] | undefined;
}

export interface ElementFinding {
  id: string;
  label: string;
  role: (typeof ELEMENT_ROLES)[number];
  positive: boolean;
  /** The clause of the combination rule that made it positive, or why it is not: in codes, and in English. */
  clause: ElementClause;
  rule: string;
  strong: number;
  medium: number;
  weak: number;
  indicators: { id: string; label: string; strength: string }[];
}

export interface Evaluation {
  set: { id: string; version: string; complete: boolean };
  outcome: Outcome;
  /** For a presumed victim: the exploitation the outcome names. */
  exploitation: Exploitation | null;
  child: boolean;
  childReason: string;
  elements: ElementFinding[];
  basis: EvaluationBasis;
  rule: string;
  explanation: string[];
  warnings: string[];
}

export function treatedAsChild(s: Subject): { child: boolean; basis: ChildBasis; reason: string } {
  const basis: ChildBasis =
    s.age === null ? 'age_unknown' : s.age < 18 ? 'minor' : s.ageDoubtful ? 'age_doubted' : 'adult';
  return { child: basis !== 'adult', basis, reason: childWords(basis, s.age) };
}

type Combination = (typeof COMBINATIONS)[number];

/** The published combination: two strong; one strong and one medium or weak; three medium; two medium and one weak. */
export function combination(strong: number, medium: number, weak: number): Combination | null {
  if (strong >= 2) return 'two_strong';
  if (strong >= 1 && medium + weak >= 1) return 'strong_and_weaker';
  if (medium >= 3) return 'three_medium';
  if (medium >= 2 && weak >= 1) return 'two_medium_one_weak';
  return null;
}

function findElements(set: ElementsSet, present: ReadonlySet<string>, child: boolean): ElementFinding[] {
  return set.elements.map((e) => {
    const hits = set.indicators
      .filter((i) => i.element === e.id && present.has(i.id))
      .map((i) => ({
        id: i.id,
        label: i.label,
        strength: (child ? i.strength.child : i.strength.adult) ?? 'not on this list',
      }));
    const count = (s: string) => hits.filter((h) => h.strength === s).length;
    const strong = count('strong');
    const medium = count('medium');
    const weak = count('weak');
    const positive = combination(strong, medium, weak);
    const clause: ElementClause = positive ?? (hits.length === 0 ? 'no_indicator' : 'below_threshold');
    return {
      id: e.id,
      label: e.label,
      role: e.role,
      positive: positive !== null,
      clause,
      rule: clauseWords(clause, { strong, medium, weak }),
      strong,
      medium,
      weak,
      indicators: hits,
    };
  });
}

function elementsOutcome(set: ElementsSet, present: ReadonlySet<string>, child: boolean) {
  const elements = findElements(set, present, child);
  const positive = (role: string) => elements.filter((e) => e.role === role && e.positive);
  const recruitment = positive('recruitment');
  const exploitation = positive('exploitation');
  const destination = positive('destination');
  const labels = (list: ElementFinding[]) => list.map((e) => e.label);
  let outcome: Exclude<Outcome, 'insufficient_information'>;
  let rule: RuleBasis;
  if (exploitation.length > 0 && recruitment.length > 0 && (child || destination.length > 0)) {
    outcome = 'presumed_trafficked';
    rule = child
      ? { code: 'child_act_exploitation', recruitment: labels(recruitment) }
      : {
          code: 'adult_recruitment_exploitation_destination',
          recruitment: labels(recruitment),
          destination: labels(destination),
        };
  } else if (exploitation.length > 0) {
    outcome = 'exploited_not_trafficked';
    rule = { code: recruitment.length === 0 ? 'exploited_no_recruitment' : 'exploited_no_destination' };
  } else {
    outcome = 'not_indicated';
    rule = { code: 'exploitation_not_positive' };
  }
  return { outcome, rule, elements };
}

function checklistOutcome(set: ChecklistSet, present: ReadonlySet<string>): Reached {
  const hits = set.indicators.filter((i) => present.has(i.id));
  if (hits.length === 0) return { outcome: 'not_indicated', rule: { code: 'checklist_none' } };
  return {
    outcome: 'insufficient_information',
    rule: { code: 'checklist_present', indicators: hits.map((h) => h.label) },
  };
}

function actMeansPurposeOutcome(
  set: ActMeansPurposeSet,
  present: ReadonlySet<string>,
  child: boolean,
): Reached {
  const has = (part: string) => set.indicators.filter((i) => i.part === part && present.has(i.id));
  const act = has('act');
  const means = has('means');
  const purpose = has('purpose');
  if (act.length > 0 && purpose.length > 0 && (child || means.length > 0))
    return { outcome: 'presumed_trafficked', rule: { code: child ? 'amp_child' : 'amp_adult' } };
  if (act.length + means.length + purpose.length === 0)
    return { outcome: 'not_indicated', rule: { code: 'amp_none' } };
  const missing = [
    act.length === 0 ? ('act' as const) : null,
    !child && means.length === 0 ? ('means' as const) : null,
    purpose.length === 0 ? ('purpose' as const) : null,
  ].filter((p) => p !== null);
  return { outcome: 'insufficient_information', rule: { code: 'amp_missing', missing } };
}

interface Reached {
  outcome: Outcome;
  rule: RuleBasis;
}

function outcomeOn(
  set: IndicatorSet,
  present: ReadonlySet<string>,
  child: boolean,
): Reached & { elements: ElementFinding[] } {
  switch (set.kind) {
    case 'elements':
      return elementsOutcome(set, present, child);
    case 'checklist':
      return { ...checklistOutcome(set, present), elements: [] };
    case 'act_means_purpose':
      return { ...actMeansPurposeOutcome(set, present, child), elements: [] };
  }
}

/** Indicator ids an answer names that the set does not hold. */
export function unknownIds(set: IndicatorSet, answers: Answers): string[] {
  const ids = new Set(set.indicators.map((i) => i.id));
  return [...answers.present, ...(answers.unknown ?? [])].filter((id) => !ids.has(id));
}

/**
 * Evaluates one set of answers. When indicators were left unanswered and answering them could change the
 * outcome, the outcome is "insufficient information", and the explanation says what could change it.
 */
export function evaluate(set: IndicatorSet, subject: Subject, answers: Answers): Evaluation {
  const { child, basis: childBasis, reason } = treatedAsChild(subject);
  const present = new Set(answers.present);
  const known = outcomeOn(set, present, child);
  const warnings: EvaluationWarning[] = [];
  if (!set.complete) warnings.push({ code: 'set_incomplete', set: set.id, note: set.notes[0] ?? null });
  if (subject.exploitation === 'sexual' && set.kind === 'elements')
    warnings.push({ code: 'sexual_lists_missing' });
  if (!set.exploitation.includes(subject.exploitation))
    warnings.push({ code: 'set_not_for', set: set.id, exploitation: subject.exploitation });
  let outcome = known.outcome;
  let unanswered: EvaluationBasis['unanswered'] = null;
  const unknown = (answers.unknown ?? []).filter((id) => !present.has(id));
  if (unknown.length > 0 && outcome !== 'presumed_trafficked') {
    const best = outcomeOn(set, new Set([...present, ...unknown]), child);
    if (best.outcome !== outcome) {
      unanswered = { count: unknown.length, couldBe: best.outcome };
      outcome = 'insufficient_information';
    }
  }
  const basis: EvaluationBasis = {
    setName: set.name,
    age: subject.age,
    child: childBasis,
    clauses: Object.fromEntries(known.elements.map((e) => [e.id, e.clause])),
    rule: known.rule,
    unanswered,
    warnings,
  };
  return {
    set: { id: set.id, version: set.version, complete: set.complete },
    outcome,
    exploitation: outcome === 'presumed_trafficked' ? subject.exploitation : null,
    child,
    childReason: reason,
    elements: known.elements,
    basis,
    rule: ruleWords(basis),
    explanation: explanationWords(set, basis, known.elements),
    warnings: warnings.map(warningWords),
  };
}
