import { z } from 'zod';
import { text, uuid } from '../platform/text.ts';
import { planSchema } from './plan-schema.ts';

// The bodies the operation plan routes take (pure: the web app checks what it sends against them). A member named
// is plan-schema.ts's memberSchema; a review, wire.ts's reviewSchema.

/** An operation planned on the target of an approved decision, under a code name. */
export const planCreateBody = z.strictObject({ decisionId: uuid, codeName: text(60) });

/** The plan saved over the version it was edited from. */
export const planSaveBody = z.strictObject({ version: z.number().int().min(1), plan: planSchema });

/** One briefing or go/no-go item ticked or unticked. */
export const checklistTickBody = z.strictObject({
  list: z.enum(['briefing', 'goNoGo']),
  index: z.number().int().min(0).max(99),
  done: z.boolean(),
});

/** The version of the plan its approver read. */
export const planApprovalBody = z.strictObject({ version: z.number().int().min(1) });

/** A plan cancelled before it started, with the reason. */
export const planCancelBody = z.strictObject({ reason: text(2000) });
