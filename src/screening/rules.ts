import type { ActMeansPurposeSet, ChecklistSet, ElementsSet, IndicatorSet } from './indicator-set.ts';
import type { ELEMENT_ROLES, EXPLOITATIONS, OUTCOMES } from './schema.ts';

/**
 * The screening rules as pure functions: the published combinations, the Palermo rule that a child needs no
 * means, and an explanation of every outcome — which indicators, which elements, which rule.
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
  /** The clause of the combination rule that made it positive, or why it is not. */
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
  rule: string;
  explanation: string[];
  warnings: string[];
}

export function treatedAsChild(s: Subject): { child: boolean; reason: string } {
  if (s.age === null) return { child: true, reason: 'age unknown: treated as a child until assessed' };
  if (s.age < 18) return { child: true, reason: `aged ${s.age}: a child` };
  if (s.ageDoubtful)
    return { child: true, reason: `gives age ${s.age} but the assessor doubts it: treated as a child` };
  return { child: false, reason: `aged ${s.age}: an adult` };
}

/** The published combination: two strong; one strong and one medium or weak; three medium; two medium and one weak. */
export function combination(strong: number, medium: number, weak: number): string | null {
  if (strong >= 2) return 'two strong indicators';
  if (strong >= 1 && medium + weak >= 1) return 'one strong and one medium or weak indicator';
  if (medium >= 3) return 'three medium indicators';
  if (medium >= 2 && weak >= 1) return 'two medium and one weak indicator';
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
    const clause = combination(strong, medium, weak);
    return {
      id: e.id,
      label: e.label,
      role: e.role,
      positive: clause !== null,
      rule:
        clause ??
        (hits.length === 0
          ? 'no indicator'
          : `below the threshold (${strong} strong, ${medium} medium, ${weak} weak)`),
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
  const names = (list: ElementFinding[]) => list.map((e) => e.label.toLowerCase()).join(', ');
  let outcome: Exclude<Outcome, 'insufficient_information'>;
  let rule: string;
  if (exploitation.length > 0 && recruitment.length > 0 && (child || destination.length > 0)) {
    outcome = 'presumed_trafficked';
    rule = child
      ? `Child: the act (${names(recruitment)}) and exploitation are positive; a child needs no means (Palermo Protocol art. 3(c)).`
      : `Adult: recruitment (${names(recruitment)}), exploitation and a destination element (${names(destination)}) are positive.`;
  } else if (exploitation.length > 0) {
    outcome = 'exploited_not_trafficked';
    rule =
      recruitment.length === 0
        ? 'Exploitation is positive but no recruitment element is: exploited but not trafficked, a labour-rights case.'
        : 'Exploitation and recruitment are positive but no destination element is: exploited but not trafficked, a labour-rights case.';
  } else {
    outcome = 'not_indicated';
    rule = 'The exploitation element is not positive: trafficking is not indicated on these answers.';
  }
  return { outcome, rule, elements };
}

function checklistOutcome(set: ChecklistSet, present: ReadonlySet<string>) {
  const hits = set.indicators.filter((i) => present.has(i.id));
  if (hits.length === 0)
    return { outcome: 'not_indicated' as const, rule: 'No indicator of this checklist is present.' };
  return {
    outcome: 'insufficient_information' as const,
    rule: `${hits.length} indicator(s) present (${hits.map((h) => h.label.toLowerCase()).join(', ')}); this checklist has no threshold: screen on the ILO–EC operational indicators.`,
  };
}

function actMeansPurposeOutcome(set: ActMeansPurposeSet, present: ReadonlySet<string>, child: boolean) {
  const has = (part: string) => set.indicators.filter((i) => i.part === part && present.has(i.id));
  const act = has('act');
  const means = has('means');
  const purpose = has('purpose');
  if (act.length > 0 && purpose.length > 0 && (child || means.length > 0)) {
    return {
      outcome: 'presumed_trafficked' as const,
      rule: child
        ? 'Child: an act and a purpose are present; a child needs no means.'
        : 'An act, a means and a purpose are present.',
    };
  }
  if (act.length + means.length + purpose.length === 0)
    return { outcome: 'not_indicated' as const, rule: 'No indicator of this set is present.' };
  const missing = [
    act.length === 0 ? 'act' : null,
    !child && means.length === 0 ? 'means' : null,
    purpose.length === 0 ? 'purpose' : null,
  ].filter(Boolean);
  return {
    outcome: 'insufficient_information' as const,
    rule: `Some indicators are present but no ${missing.join(' or ')}.`,
  };
}

function outcomeOn(
  set: IndicatorSet,
  present: ReadonlySet<string>,
  child: boolean,
): { outcome: Outcome; rule: string; elements: ElementFinding[] } {
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
  const { child, reason } = treatedAsChild(subject);
  const present = new Set(answers.present);
  const known = outcomeOn(set, present, child);
  const warnings: string[] = [];
  if (!set.complete) warnings.push(`The set ${set.id} is incomplete: ${set.notes[0] ?? 'see its notes'}`);
  if (subject.exploitation === 'sexual' && set.kind === 'elements') {
    warnings.push(
      'The published sexual-exploitation lists could not be retrieved; this person was screened on the labour lists.',
    );
  }
  if (!set.exploitation.includes(subject.exploitation))
    warnings.push(`The set ${set.id} is not made for ${subject.exploitation} exploitation.`);
  let outcome = known.outcome;
  let rule = known.rule;
  const unknown = (answers.unknown ?? []).filter((id) => !present.has(id));
  if (unknown.length > 0 && outcome !== 'presumed_trafficked') {
    const best = outcomeOn(set, new Set([...present, ...unknown]), child);
    if (best.outcome !== outcome) {
      rule = `${known.rule} But ${unknown.length} indicator(s) were not answered, and answering them could lead to "${best.outcome.replaceAll('_', ' ')}".`;
      outcome = 'insufficient_information';
    }
  }
  const explanation = [
    `Set: ${set.name} (${set.id}, version ${set.version}).`,
    `The person is ${reason}.`,
    ...known.elements.map(
      (e) =>
        `${e.label}: ${e.positive ? 'positive' : 'not positive'} — ${e.rule}${e.indicators.length ? ` (${e.indicators.map((i) => `${i.label} [${i.strength}]`).join('; ')})` : ''}.`,
    ),
    rule,
  ];
  return {
    set: { id: set.id, version: set.version, complete: set.complete },
    outcome,
    exploitation: outcome === 'presumed_trafficked' ? subject.exploitation : null,
    child,
    childReason: reason,
    elements: known.elements,
    rule,
    explanation,
    warnings,
  };
}
