import { z } from 'zod';

// Shapes of a protection case's row in the agency's list, its page and its stays, as the API describes them and
// the web app's types are taken from them (zod only: the web build reads this file).

/** Someone who did something on a case. */
export const person = z.object({ id: z.string(), name: z.string() });
/** Who did something on a case; null when the account is gone. */
export const who = person.nullable();

/** What can stand in the way of a child's return; the web app words each (protection `child.blocker.<code>`). */
export const RETURN_BLOCKERS = [
  'no_guardian',
  'no_child_views',
  'no_best_interests',
  'best_interests_not_return',
  'family_not_traced',
  'family_not_safe',
] as const;
export type ReturnBlocker = (typeof RETURN_BLOCKERS)[number];

/** A shelter stay, its length in days and what about it warns. */
export const stayShape = z.object({
  id: z.string(),
  place: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  freeToLeave: z.boolean(),
  courtDate: z.string().nullable(),
  days: z.number(),
  warnings: z.array(z.string()),
});

/** The agency's open stays that warn, each with its case's pseudonym and caseworker, and the agency's thresholds. */
export const stayWarningsReply = z.object({
  thresholds: z.array(z.number()),
  warnings: z.array(
    stayShape.extend({
      caseId: z.string(),
      pseudonym: z.string(),
      owner: who,
      mine: z.boolean(),
    }),
  ),
});

/** A child's protection on the case page: its steps and what still stands in the way of a return. */
export const childSection = z.object({
  steps: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      /** The step's outcome code, or null for a step that records only its detail. */
      outcome: z.string().nullable(),
      detail: z.string(),
      language: z.string(),
      /** YYYY-MM-DD. */
      occurredOn: z.string(),
      recordedAt: z.string(),
      recordedBy: person,
      needsApproval: z.boolean(),
      approvedBy: who,
      approvedAt: z.string().nullable(),
    }),
  ),
  /** What still stands in the way of a return, by code; empty when nothing does. */
  returnBlockers: z.array(z.enum(RETURN_BLOCKERS)),
});

/** A case in the agency's list, under its pseudonym. */
export const caseRow = z.object({
  id: z.string(),
  /** Null for a case received by transfer: no screening stands behind it. */
  screeningId: z.string().nullable(),
  pseudonym: z.string(),
  exploitation: z.string().nullable(),
  child: z.boolean(),
  status: z.string(),
  openedAt: z.date(),
  owner: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .describe('The caseworker who owns the case; null until one takes it'),
  mine: z.boolean().describe("Whether the reader is the case's caseworker"),
  followUpsDue: z.number().int().describe('Reintegration follow-ups due or overdue on the case'),
});

/** What a case's page shares with its row in the list. */
const caseHead = caseRow.pick({
  id: true,
  screeningId: true,
  pseudonym: true,
  exploitation: true,
  child: true,
  status: true,
});

/** A protection case's page: the pseudonym, needs, stays, consents, services and the person's own choices. Its
 * opening time goes out as an ISO string (the list's row gives it as a date). */
export const casePage = caseHead.extend({
  openedAt: z.string(),
  openedBy: who,
  owner: who,
  language: z.string().nullable(),
  victimStatus: z.string(),
  victimStatusAt: z.string().nullable(),
  assessments: z.number(),
  needs: z.array(
    z.object({
      domain: z.string(),
      level: z.string(),
      note: z.string(),
      language: z.string(),
      assessedAt: z.string(),
      assessedBy: who,
    }),
  ),
  stays: z.array(stayShape),
  shelterDays: z.number(),
  consents: z.array(
    z.object({
      id: z.string(),
      item: z.string(),
      agency: person,
      language: z.string(),
      givenAt: z.string(),
      withdrawnAt: z.string().nullable(),
    }),
  ),
  /** Null for an adult. */
  childProtection: childSection.nullable(),
  /** Whether an identity is recorded, whether the reader may open it, and who besides the caseworker may. */
  identity: z.object({
    recorded: z.boolean(),
    mayRead: z.boolean(),
    readers: z.array(z.object({ id: z.string(), name: z.string(), since: z.string() })),
  }),
  /** The person may have been trafficked again: a follow-up's concern, or recognised from an earlier case. */
  retrafficking: z.object({
    flag: z.string().nullable(),
    flaggedAt: z.string().nullable(),
    earlierCaseId: z.string().nullable(),
  }),
  services: z.array(
    z.object({
      id: z.string(),
      service: z.string(),
      status: z.string(),
      updatedAt: z.string(),
      steps: z.array(
        z.object({ status: z.string(), language: z.string(), note: z.string(), at: z.string(), by: who }),
      ),
    }),
  ),
});
