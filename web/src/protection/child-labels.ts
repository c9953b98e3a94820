import type { TFunction } from 'i18next';
import type { Options } from '../screening/labels.ts';

/** Words for a child's protection steps and their outcomes, and what each step's form asks, in the chosen language. */

type T = TFunction<'protection'>;

const CHILD_STEP_KINDS = [
  'guardian',
  'child_views',
  'best_interests_assessment',
  'best_interests_determination',
  'family_tracing',
  'family_assessment',
] as const;
const GUARDIANS = ['state_appointed', 'relative', 'ngo', 'legal_representative'] as const;
const DETERMINATIONS = [
  'return_to_family',
  'care_in_origin_country',
  'local_integration',
  'alternative_care_here',
  'third_country',
] as const;
const TRACING = ['found', 'not_found', 'ongoing'] as const;
const FAMILY = ['safe', 'unsafe', 'unclear'] as const;

export const childStepKindOptions = (t: T): Options =>
  CHILD_STEP_KINDS.map((c) => [c, t(`codes.childStepKind.${c}`)] as const);

/** Each step kind's outcomes in words; a kind not listed records no outcome, only its detail. */
const OUTCOMES: Record<string, (t: T) => Options> = {
  guardian: (t) => GUARDIANS.map((c) => [c, t(`codes.guardianOutcome.${c}`)] as const),
  best_interests_determination: (t) =>
    DETERMINATIONS.map((c) => [c, t(`codes.determinationOutcome.${c}`)] as const),
  family_tracing: (t) => TRACING.map((c) => [c, t(`codes.tracingOutcome.${c}`)] as const),
  family_assessment: (t) => FAMILY.map((c) => [c, t(`codes.familyOutcome.${c}`)] as const),
};

/** The outcomes a kind of step records, or undefined when it records only its detail. */
export const childStepOutcomeOptions = (t: T, kind: string): Options | undefined => OUTCOMES[kind]?.(t);

export interface ChildStepForm {
  outcome?: string;
  detail: string;
  hint: string;
}

/** What the form asks for a kind of step: the outcome's label, the detail's label and a hint. */
export function childStepForm(t: T, kind: string): ChildStepForm | undefined {
  switch (kind) {
    case 'guardian':
      return {
        outcome: t('childForm.guardian.outcome'),
        detail: t('childForm.guardian.detail'),
        hint: t('childForm.guardian.hint'),
      };
    case 'child_views':
      return { detail: t('childForm.childViews.detail'), hint: t('childForm.childViews.hint') };
    case 'best_interests_assessment':
      return { detail: t('childForm.assessment.detail'), hint: t('childForm.assessment.hint') };
    case 'best_interests_determination':
      return {
        outcome: t('childForm.determination.outcome'),
        detail: t('childForm.determination.detail'),
        hint: t('childForm.determination.hint'),
      };
    case 'family_tracing':
      return {
        outcome: t('childForm.tracing.outcome'),
        detail: t('childForm.tracing.detail'),
        hint: t('childForm.tracing.hint'),
      };
    case 'family_assessment':
      return {
        outcome: t('childForm.family.outcome'),
        detail: t('childForm.family.detail'),
        hint: t('childForm.family.hint'),
      };
    default:
      return undefined;
  }
}
