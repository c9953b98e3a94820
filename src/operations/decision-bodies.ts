import { z } from 'zod';
import { text, uuid } from '../platform/text.ts';
import { assessmentSchema, INTERVENTIONS } from './assessment.ts';

// The bodies the decision routes take (pure: the web app checks what it sends against them).

/** An intervention decision on a target, with its assessment and the reasons for it. */
export const decisionBody = z.strictObject({
  target: z.strictObject({ entityId: uuid.optional(), label: text(300) }),
  assessment: assessmentSchema,
  decision: z.enum(INTERVENTIONS),
  rationale: text(5000, { empty: true }),
});

/** A decision approved or rejected, with a note. */
export const approvalBody = z.strictObject({ approve: z.boolean(), note: text(2000, { empty: true }) });

/** Dissent recorded beside a decision. */
export const dissentBody = z.strictObject({ text: text(2000) });
