/** The plan editor's steps: which fields each holds, and which of the server's gaps each can close. */

export const PLAN_STEPS = [
  'when',
  'site',
  'people',
  'receivers',
  'suspects',
  'evidence',
  'lists',
  'summary',
] as const;

export type PlanStep = (typeof PLAN_STEPS)[number];

/** A reason the form cannot be saved yet, with the step where it is put right. */
export interface Problem {
  step: PlanStep;
  text: string;
}

// The server states its gaps in English sentences (src/operations/readiness.ts): each is matched to the step whose
// fields close it. A gap no step closes (a member missing from the team) is shown on the summary.
const GAP_STEPS: [RegExp, PlanStep][] = [
  [/^No date and time set\b/, 'when'],
  [/^The place is not confirmed\b/, 'when'],
  [/^Rescue objective: no transport\b/, 'site'],
  [/^Rescue objective: no safe screening site\b/, 'site'],
  [/^More children are expected than people\b/, 'people'],
  [/^Rescue objective: no receiving service\b/, 'receivers'],
  [/^Arrest objective: no suspect is named\b/, 'suspects'],
  [/^Evidence objective: no expected evidence\b/, 'evidence'],
];

/** The step whose fields close a gap, or the summary when none does. */
export const gapStep = (gap: string): PlanStep => GAP_STEPS.find(([re]) => re.test(gap))?.[1] ?? 'summary';
