import { z } from 'zod';
import { pageFields } from '../platform/listing.ts';
import { caseRow, who } from './case-wire.ts';

// Shapes of protection replies that the API describes and the web app's types are taken from (zod only: the web
// build reads this file).

/** A page of the agency's cases, with the number matching the words and filters. */
export const caseList = z.object({ cases: z.array(caseRow), ...pageFields });

/** The HTCDS 2.0 fields (prs_, vic_, cas_, con_) an export fills; the person's identity only when it is included. */
export const htcdsFields = z.object({
  cas_Status: z.enum(['Active', 'Closed']),
  cas_CaseOwner: z.string().nullable(),
  prs_Gender: z.string(),
  prs_PrimaryLanguage: z.string().nullable(),
  vic_AgreementToManagePersonalData: z.boolean(),
  vic_TraffickingStatus: z.string(),
  vic_TraffickingStatusDecisionMakingOrg: z.string(),
  vic_AgeWhenTrafficked: z.number().nullable(),
  vic_TypeOfExploitation: z.array(z.string()),
  con_Consent: z.boolean(),
  cas_ReferredOrganisation: z.string().nullable(),
  cas_OutgoingReferralDate: z.string().nullable(),
  cas_ReasonForOutgoingReferral: z.string().nullable(),
  prs_FirstName: z.string().nullable().optional(),
  prs_Birthdate: z.string().nullable().optional(),
  prs_Citizenship: z.array(z.string()).optional(),
  prs_IdentityNumber: z.string().nullable().optional(),
  prs_MobilePhone: z.string().nullable().optional(),
  prs_MailingStreet: z.string().nullable().optional(),
});
export type HtcdsFields = z.output<typeof htcdsFields>;

/** A case in the Human Trafficking Case Data Standard 2.0, with Lantern's extensions. */
export const htcdsShape = z.object({
  standard: z.string(),
  caseId: z.string(),
  identityIncluded: z.boolean(),
  fields: htcdsFields,
  supportPlans: z.array(z.object({ spl_Type: z.string(), ext_Service: z.string(), ext_Status: z.string() })),
  extensions: z.object({
    ext_ForcedCriminality: z.boolean(),
    ext_VictimStatusDeclinedByPerson: z.boolean(),
    ext_Child: z.boolean(),
    ext_Needs: z.record(z.string(), z.string()),
    ext_ServicesDeclined: z.array(z.string()),
    ext_ShelterDays: z.number(),
    ext_RetraffickingFlag: z.string().nullable(),
    ext_PerpetratorRoles: z.array(z.string()),
    ext_OtherNames: z.array(z.string()),
  }),
  extensionsDefined: z.record(z.string(), z.string()),
});

/** A referral in the receiving provider's inbox, with only what the person agreed to share. */
export const inboxReferral = z.object({
  id: z.string(),
  status: z.string(),
  provider: z.string(),
  fromAgency: z.string(),
  sentAt: z.string(),
  updatedAt: z.string(),
  sharedItems: z.array(z.string()),
  services: z.array(z.string()),
  pseudonym: z.string().nullable(),
  age: z.object({ years: z.number().nullable(), doubtful: z.boolean() }).nullable(),
  language: z.string().nullable(),
  exploitation: z.string().nullable(),
});

/** The provider's inbox of referrals. */
export const referralInboxReply = z.object({ referrals: z.array(inboxReferral) });

/** A colleague the caseworker may let in to read the person's identity, and whether they are in. */
export const identityColleague = z.object({ id: z.string(), name: z.string(), allowed: z.boolean() });
/** The colleagues who may be let in to read the person's identity. */
export const identityReadersReply = z.object({ colleagues: z.array(identityColleague) });

/** The person's identity as recorded: read only on request, every read audited. */
export const identityReply = z.object({
  identity: z
    .object({
      names: z.array(z.string()),
      /** YYYY-MM-DD, or only the year YYYY; null when not known. */
      birthDate: z.string().nullable(),
      nationality: z.string().nullable(),
      phones: z.array(z.string()),
      /** The country is an ISO 3166 code, e.g. MM. */
      documents: z.array(z.object({ kind: z.string(), number: z.string(), country: z.string() })),
      address: z.string(),
      /** A small photo as a data: URL, or null. */
      photo: z.string().nullable(),
    })
    .nullable(),
  updatedAt: z.string().nullable(),
});

/** The identity saved; `earlierCaseId` when the same person is known from an earlier case. */
export const identitySaved = z.object({ saved: z.boolean(), earlierCaseId: z.string().nullable() });

/** The cases whose people agreed to share something with the reader's agency. */
export const sharedCasesReply = z.object({
  cases: z.array(
    z.object({
      id: z.string(),
      agency: z.string(),
      items: z.array(z.string()),
      pseudonym: z.string().nullable(),
    }),
  ),
});

/** One case as shared with the reader's agency: only the items the person agreed to, now. */
export const sharedCaseReply = z.object({
  id: z.string(),
  agency: z.string(),
  items: z.array(z.string()),
  pseudonym: z.string().optional(),
  exploitation: z.string().nullable().optional(),
  victimStatus: z.string().optional(),
  needs: z.array(z.object({ domain: z.string(), level: z.string() })).optional(),
  services: z.array(z.object({ service: z.string(), status: z.string() })).optional(),
});

/** A case's compensation claims with their steps and payments, and the totals per currency. */
export const compensationPage = z.object({
  claims: z.array(
    z.object({
      id: z.string(),
      route: z.string(),
      forum: z.string(),
      amountClaimed: z.number(),
      currency: z.string(),
      prosecutionRef: z.string().nullable(),
      allocated: z.array(z.object({ amount: z.number(), currency: z.string(), allocatedOn: z.string() })),
      assetExhibitIds: z.array(z.string()),
      status: z.string(),
      amountAwarded: z.number().nullable(),
      received: z.number(),
      createdAt: z.string(),
      by: who,
      steps: z.array(
        z.object({
          status: z.string(),
          on: z.string(),
          amountAwarded: z.number().nullable(),
          language: z.string().nullable(),
          paymentId: z.string().nullable(),
          at: z.string(),
          by: who,
        }),
      ),
      payments: z.array(
        z.object({
          id: z.string(),
          amount: z.number(),
          receivedOn: z.string(),
          from: z.string(),
          at: z.string(),
          by: who,
        }),
      ),
    }),
  ),
  totals: z.array(
    z.object({ currency: z.string(), claimed: z.number(), awarded: z.number(), received: z.number() }),
  ),
});

/** The columns the protection case list may be sorted by. */
export const PROTECTION_CASE_SORTS = [
  'pseudonym',
  'opened_at',
  'exploitation',
  'child',
  'owner',
  'follow_ups_due',
  'status',
] as const;
