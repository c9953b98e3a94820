import { z } from 'zod';
import { who } from './case-wire.ts';

// The shape of a case's witness support as the API describes it and the web app's types are taken from it (zod
// only: the web build reads this file).

/** The person's stance on cooperating and its history, the support measures, what was paid, permits expiring. */
export const witnessPage = z.object({
  cooperation: z.object({
    current: z.string(),
    since: z.string().nullable(),
    history: z.array(
      z.object({
        stance: z.string(),
        /** The day it was discussed with the person, YYYY-MM-DD. */
        on: z.string(),
        language: z.string(),
        at: z.string(),
        by: who,
      }),
    ),
  }),
  measures: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      status: z.string(),
      validUntil: z.string().nullable(),
      validity: z.enum(['valid', 'expiring', 'expired']).nullable(),
      reprisal: z.object({ level: z.string(), country: z.string().nullable() }).nullable(),
      hearing: z.object({ on: z.string(), support: z.array(z.string()) }).nullable(),
      amount: z.number().nullable(),
      currency: z.string().nullable(),
      paidOn: z.string().nullable(),
      note: z.string(),
      createdAt: z.string(),
      by: who,
      steps: z.array(
        z.object({
          status: z.string(),
          validUntil: z.string().nullable(),
          paidOn: z.string().nullable(),
          at: z.string(),
          by: who,
        }),
      ),
    }),
  ),
  paid: z.array(
    z.object({ currency: z.string(), travel: z.number(), subsistence: z.number(), total: z.number() }),
  ),
  permitsExpiring: z.array(
    z.object({
      measureId: z.string(),
      kind: z.string(),
      validUntil: z.string().nullable(),
      validity: z.string(),
    }),
  ),
});
