import type { PlanGap } from './types.ts';

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

// Each of the server's gaps (src/operations/readiness.ts) is closed by the fields of one step; a gap no step closes
// (a member missing from the team) is shown on the summary.
const GAP_STEPS: Record<PlanGap['code'], PlanStep> = {
  no_date: 'when',
  place_unconfirmed: 'when',
  no_transport: 'site',
  no_screening_site: 'site',
  children_exceed: 'people',
  no_receiver: 'receivers',
  no_suspect: 'suspects',
  no_expected_evidence: 'evidence',
  no_commander: 'summary',
  no_arrest_member: 'summary',
  no_evidence_member: 'summary',
  no_victim_care: 'summary',
  no_interpreter: 'summary',
};

/** The step whose fields close a gap, or the summary when none does. */
export const gapStep = (gap: PlanGap): PlanStep => GAP_STEPS[gap.code];
