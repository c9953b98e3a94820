import { z } from 'zod';
import { person, who } from './case-wire.ts';

// Shapes of the replies about a person's way back: transfers of the case and referrals for return, the receiving
// agency's inbox, the reintegration plan and its follow-ups (zod only: the web build reads this file).

/** What the person agreed to share, as read from the sending case now; an item not shared is absent. */
export const sharedValues = z.object({
  pseudonym: z.string().optional(),
  ageGroup: z.object({ group: z.string(), treatedAsChild: z.boolean() }).optional(),
  sex: z.string().nullable().optional(),
  language: z.string().nullable().optional(),
  exploitation: z.string().nullable().optional(),
  needs: z.array(z.object({ domain: z.string(), level: z.string() })).optional(),
  services: z.array(z.object({ service: z.string(), status: z.string() })).optional(),
  returnPlanNote: z.string().optional(),
});

/** A case's transfers with their steps, and, for a case opened from one, where it came from and what arrived. */
export const caseTransfersReply = z.object({
  transfers: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      status: z.string(),
      to: z.object({
        agency: person.nullable(),
        organisation: z.string().nullable(),
        country: z.string().nullable(),
      }),
      country: z.string().nullable(),
      items: z.array(z.string()),
      consentLanguage: z.string(),
      note: z.string(),
      completedOn: z.string().nullable(),
      sentAt: z.string(),
      steps: z.array(
        z.object({
          status: z.string(),
          on: z.string().nullable(),
          language: z.string().nullable(),
          at: z.string(),
          agency: z.string(),
          /** Null when the step was recorded by the other agency: its staff are not named. */
          by: who,
        }),
      ),
    }),
  ),
  arrivedBy: sharedValues
    .extend({
      transferId: z.string(),
      kind: z.string(),
      status: z.string(),
      fromAgency: z.string(),
      country: z.string().nullable(),
      completedOn: z.string().nullable(),
      items: z.array(z.string()),
    })
    .nullable(),
});

/** Transfers sent to the agency, with only what the person agreed to share. */
export const transferInboxReply = z.object({
  transfers: z.array(
    sharedValues.extend({
      id: z.string(),
      kind: z.string(),
      status: z.string(),
      fromAgency: z.string(),
      country: z.string().nullable(),
      sentAt: z.string(),
      updatedAt: z.string(),
      completedOn: z.string().nullable(),
      /** The case the agency opened on accepting it. */
      caseId: z.string().nullable(),
      items: z.array(z.string()),
    }),
  ),
});

/** A case's reintegration plan, its follow-ups as scheduled and as held, and any re-trafficking flag. */
export const reintegrationReply = z.object({
  plan: z
    .object({
      goals: z.string(),
      country: z.string(),
      area: z.string(),
      startedOn: z.string(),
      updatedAt: z.string(),
    })
    .nullable(),
  /** `state` is recorded, due or upcoming. */
  schedule: z.array(z.object({ dueDays: z.number(), dueOn: z.string(), state: z.string() })),
  followUps: z.array(
    z.object({
      id: z.string(),
      heldOn: z.string(),
      dueDays: z.number().nullable(),
      contact: z.string(),
      wellbeing: z.string().nullable(),
      note: z.string(),
      retraffickingConcern: z.boolean(),
      language: z.string(),
      recordedBy: person,
    }),
  ),
  retraffickingFlag: z.object({ reason: z.string(), flaggedAt: z.string() }).nullable(),
});

/** The agency's follow-ups due or overdue on its open cases, and the days after a plan's start they fall due. */
export const dueFollowUpsReply = z.object({
  followUpDays: z.array(z.number()),
  due: z.array(
    z.object({
      caseId: z.string(),
      pseudonym: z.string(),
      dueDays: z.number(),
      dueOn: z.string(),
      daysOverdue: z.number(),
      mine: z.boolean(),
    }),
  ),
});
