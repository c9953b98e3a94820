import { z } from 'zod';

// Shapes of protection replies that the API describes and the web app's types are taken from (zod only: the web
// build reads this file).

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
});

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
