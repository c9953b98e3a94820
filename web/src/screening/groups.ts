import type { Evaluation, SetDefinition, SetIndicator } from './types.ts';

export interface Group {
  id: string;
  label: string;
  indicators: SetIndicator[];
  /** From the server's evaluation: whether this element is positive, and by which rule. */
  finding?: { positive: boolean; rule: string } | undefined;
}

const PARTS = [
  ['act', 'The act (recruitment, transport, transfer, harbouring, receipt)'],
  ['means', 'The means (threat, force, deception, abuse of vulnerability…)'],
  ['purpose', 'The purpose (exploitation)'],
] as const;

/** The set's indicators grouped as the interview asks them: by element, by part, or as one list. */
export function groupsOf(set: SetDefinition, evaluation: Evaluation | null): Group[] {
  if (set.elements && set.elements.length > 0) {
    return set.elements.map((e) => ({
      id: e.id,
      label: e.label,
      indicators: set.indicators.filter((i) => i.element === e.id),
      finding: evaluation?.elements.find((f) => f.id === e.id),
    }));
  }
  if (set.indicators.some((i) => i.part)) {
    return PARTS.map(([part, label]) => ({
      id: part,
      label,
      indicators: set.indicators.filter((i) => i.part === part),
    }));
  }
  return [{ id: 'all', label: 'Indicators', indicators: set.indicators }];
}
