import { z } from 'zod';

// Response shapes of the asset and remedy routes (they are also the API description, and the web app's types).
// Days are YYYY-MM-DD.

/** A case's assets: each with its suspects, court orders and allocations to victims; totals per currency. */
export const assetsPage = z.object({
  caseId: z.string(),
  caseRef: z.string(),
  assets: z.array(
    z.object({
      id: z.string(),
      n: z.number(),
      kind: z.string(),
      description: z.string(),
      identifier: z.string().nullable(),
      entityId: z.string().nullable(),
      exhibitId: z.string().nullable(),
      estimatedValue: z.number().nullable(),
      currency: z.string(),
      status: z.string(),
      /** The value its last order stated, else its estimated value (0 when neither is known). */
      value: z.number(),
      allocated: z.number(),
      /** What of a confiscated asset is left to allocate; null until it is confiscated. */
      remaining: z.number().nullable(),
      suspects: z.array(z.object({ suspectId: z.string(), label: z.string(), relation: z.string() })),
      orders: z.array(
        z.object({
          id: z.string(),
          kind: z.string(),
          on: z.string(),
          authority: z.string(),
          value: z.number().nullable(),
          reference: z.string().nullable(),
          recordedAt: z.string(),
        }),
      ),
      allocations: z.array(
        z.object({
          id: z.string(),
          amount: z.number(),
          currency: z.string(),
          on: z.string(),
          claimId: z.string().nullable(),
          recordedAt: z.string(),
        }),
      ),
      addedAt: z.string(),
    }),
  ),
  totals: z.array(
    z.object({
      currency: z.string(),
      estimated: z.number(),
      frozen: z.number(),
      seized: z.number(),
      confiscated: z.number(),
      allocated: z.number(),
    }),
  ),
});

/** A case's civil and administrative remedies, with their target and steps. */
export const remediesPage = z.object({
  caseId: z.string(),
  caseRef: z.string(),
  remedies: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      authority: z.string(),
      target: z.enum(['suspect', 'site']),
      suspect: z.object({ id: z.string(), label: z.string() }).nullable(),
      siteEntityId: z.string().nullable(),
      status: z.string(),
      requestedOn: z.string(),
      reference: z.string().nullable(),
      /** The steps that may follow. */
      next: z.array(z.string()),
      steps: z.array(
        z.object({
          status: z.string(),
          on: z.string(),
          reference: z.string().nullable(),
          recordedAt: z.string(),
        }),
      ),
    }),
  ),
});
