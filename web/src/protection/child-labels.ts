import type { Options } from '../screening/labels.ts';

/** Words for a child's protection steps and their outcomes, and what each step's form asks. */

export const CHILD_STEP_KINDS: Options = [
  ['guardian', 'Guardian appointed'],
  ['child_views', 'The child’s own views'],
  ['best_interests_assessment', 'Best-interests assessment'],
  ['best_interests_determination', 'Best-interests determination'],
  ['family_tracing', 'Family tracing'],
  ['family_assessment', 'Assessment of the family'],
];

/** Each step kind's outcomes in words; a kind not listed records no outcome, only its detail. */
export const CHILD_STEP_OUTCOMES: Record<string, Options> = {
  guardian: [
    ['state_appointed', 'A guardian appointed by the state'],
    ['relative', 'A relative'],
    ['ngo', 'An NGO'],
    ['legal_representative', 'A legal representative'],
  ],
  best_interests_determination: [
    ['return_to_family', 'Return to the family'],
    ['care_in_origin_country', 'Care in the country of origin'],
    ['local_integration', 'Settling here'],
    ['alternative_care_here', 'Alternative care here'],
    ['third_country', 'A third country'],
  ],
  family_tracing: [
    ['found', 'The family is found'],
    ['not_found', 'The family is not found'],
    ['ongoing', 'Tracing goes on'],
  ],
  family_assessment: [
    ['safe', 'The family is safe for the child'],
    ['unsafe', 'The family is not safe for the child'],
    ['unclear', 'Unclear yet'],
  ],
};

/** What the form asks for each kind of step: the outcome's label, the detail's label and a hint. */
export const CHILD_STEP_FORMS: Record<string, { outcome?: string; detail: string; hint: string }> = {
  guardian: {
    outcome: 'Who the guardian is',
    detail: 'The guardian’s name and how to reach them (optional)',
    hint: 'A child has a guardian from the start: they speak for the child where the child cannot.',
  },
  child_views: {
    detail: 'The child’s views, in their own words',
    hint: 'Required: what the child says they want, in their words and in the language they said it in.',
  },
  best_interests_assessment: {
    detail: 'What the assessment found (optional)',
    hint: 'A second caseworker approves the assessment; until then it does not count.',
  },
  best_interests_determination: {
    outcome: 'What is decided to be in the child’s best interests',
    detail: 'Why (optional)',
    hint: 'Made after an approved assessment; a second caseworker approves it before it counts.',
  },
  family_tracing: {
    outcome: 'Result of the tracing',
    detail: 'How and where (optional)',
    hint: 'A child returns only to a family that is traced and assessed as safe.',
  },
  family_assessment: {
    outcome: 'Is the family safe for the child?',
    detail: 'What the assessment found (optional)',
    hint: 'Assessed once tracing has found the family.',
  },
};
