import type { TFunction } from 'i18next';
import { clauseWords } from './basisWords.ts';
import type { Answer, Evaluation, SetDefinition, SetIndicator } from './types.ts';

export interface Group {
  id: string;
  label: string;
  indicators: SetIndicator[];
  /** From the server's evaluation: whether this element is positive, and by which rule. */
  finding?: { positive: boolean; rule: string } | undefined;
}

const PARTS = ['act', 'means', 'purpose'] as const;

/** Whether an element is positive and by which clause of the rule, in words (in English on an older record). */
function findingOf(evaluation: Evaluation | null, id: string, t: TFunction<'screening'>): Group['finding'] {
  const f = evaluation?.elements.find((x) => x.id === id);
  if (!f) return undefined;
  const clause = evaluation?.basis?.clauses[id];
  return { positive: f.positive, rule: clause ? clauseWords(t, clause, f) : f.rule };
}

/** The set's indicators grouped as the interview asks them: by element, by part, or as one list. */
export function groupsOf(
  set: SetDefinition,
  evaluation: Evaluation | null,
  t: TFunction<'screening'>,
): Group[] {
  if (set.elements && set.elements.length > 0) {
    return set.elements.map((e) => ({
      id: e.id,
      label: e.label,
      indicators: set.indicators.filter((i) => i.element === e.id),
      finding: findingOf(evaluation, e.id, t),
    }));
  }
  if (set.indicators.some((i) => i.part)) {
    return PARTS.map((part) => ({
      id: part,
      label: t(`groups.part.${part}`),
      indicators: set.indicators.filter((i) => i.part === part),
    }));
  }
  return [{ id: 'all', label: t('groups.all'), indicators: set.indicators }];
}

/** The indicators in the order the interview asks them. */
export const askedOrder = (set: SetDefinition, t: TFunction<'screening'>): SetIndicator[] =>
  groupsOf(set, null, t).flatMap((g) => g.indicators);

/** The key of a group's section on the interview. */
export const sectionKey = (group: Group): string => `group:${group.id}`;

export interface Tally {
  answered: number;
  total: number;
  yes: number;
  no: number;
  unknown: number;
  /** Answered Yes without what was seen or said: the save refuses them. */
  missing: number;
}

/** How far the indicators are answered (as they stand in the form, saved or not). */
export function tally(indicators: readonly SetIndicator[], answerOf: (id: string) => Answer): Tally {
  const out: Tally = { answered: 0, total: indicators.length, yes: 0, no: 0, unknown: 0, missing: 0 };
  for (const i of indicators) {
    const a = answerOf(i.id);
    out[a.answer]++;
    if (a.answer !== 'unknown') out.answered++;
    if (a.answer === 'yes' && !a.observation.trim()) out.missing++;
  }
  return out;
}
