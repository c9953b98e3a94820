import { z } from 'zod';
import { text, uuid } from '../platform/text.ts';
import { FEEDBACK_STATUSES, INFO_GRADE_CODES, SOURCE_GRADE_CODES } from './codes.ts';

// The bodies of routing: sending an item to the agencies chosen, and the receiving agency's receipt and feedback.
// The routes check them, and the web app types what it sends by them (pure: zod and other pure modules only).

/** The sanitised text, to the agencies chosen. */
export const routeBody = z.strictObject({ toAgencyIds: z.array(uuid).min(1).max(10), text: text(8000) });

/** The receiving agency's grading of what it receives. */
export const receiveBody = z.strictObject({
  sourceGrade: z.enum(SOURCE_GRADE_CODES),
  infoGrade: z.enum(INFO_GRADE_CODES),
});

/** What the receiving agency tells the sender it did. */
export const feedbackBody = z.strictObject({
  status: z.enum(FEEDBACK_STATUSES),
  feedback: text(1000, { empty: true }),
});
