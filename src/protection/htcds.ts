import type { Identity } from './identity.ts';
import type { HtcdsFields } from './wire.ts';

// A protection case in the Human Trafficking Case Data Standard 2.0 (IOM, CC BY 4.0; field list in
// shared/data/htcds): the standard's field names and picklist values where it has them, and documented extensions
// (`ext_` fields) where the region's cases need more — forced criminality, which the standard's exploitation list
// lacks; the person declining the status of victim, which is not "not a victim"; perpetrator roles the standard
// does not name. Identity fields are filled only when the reader may see the identity and asks for it.

export interface HtcdsCase {
  caseId: string;
  status: string;
  ownerName: string | null;
  agencyName: string;
  agencyKind: string;
  openedAt: string;
  exploitation: string | null;
  child: boolean;
  age: number | null;
  sex: string | null;
  language: string | null;
  consentToInterview: boolean;
  victimStatus: string;
  services: { service: string; status: string }[];
  needs: { domain: string; level: string }[];
  referrals: { provider: string; sentAt: string }[];
  shelterDays: number;
  retraffickingFlag: string | null;
  identity: Identity | null;
}

/** ISO 639-1 codes Lantern records, as the ISO 639-2 codes HTCDS asks for. */
const LANGUAGE_639_2: Record<string, string> = {
  en: 'eng',
  th: 'tha',
  km: 'khm',
  lo: 'lao',
  my: 'mya',
  vi: 'vie',
  zh: 'zho',
  ms: 'msa',
  id: 'ind',
};
const GENDER: Record<string, string> = { female: 'Feminine', male: 'Masculine', other: 'NonConforming' };
const DECIDER: Record<string, string> = {
  police: 'Police',
  ngo: 'NGO',
  prosecution: 'CourtOrProsecution',
  labour: 'NonPoliceGovernmentalOrganization',
  services: 'NonPoliceGovernmentalOrganization',
  coordination: 'Other',
};
const SUPPORT_TYPE: Record<string, string> = {
  shelter: 'SocialCare',
  medical: 'Health',
  psychosocial: 'Health',
  legal_aid: 'Legal',
  interpretation: 'SocialCare',
  family_tracing: 'SocialCare',
  return: 'SocialCare',
  local_integration: 'Livelihood',
  vocational_training: 'Education',
  cash_support: 'Financial',
  asylum_referral: 'Legal',
};

/** The extensions this export adds to HTCDS 2.0, each with what it holds (printed with every export). */
export const HTCDS_EXTENSIONS = {
  ext_ForcedCriminality: 'true when the person was exploited in forced criminality (HTCDS has no such value)',
  ext_VictimStatusDeclinedByPerson:
    'true when the person declined to be treated as a victim; their trafficking status is left as assessed',
  ext_Child: 'true for a person under 18, of unknown age or whose age is doubted',
  ext_Needs: 'the latest needs assessment, as levels per domain (none, some, serious, urgent)',
  ext_ServicesDeclined: 'services offered and declined by the person (their choice, recorded)',
  ext_ShelterDays: 'days spent in shelters so far',
  ext_RetraffickingFlag: 'why the person may have been trafficked again (follow_up, identity_match), or null',
  ext_PerpetratorRoles:
    'roles beyond per_RoleInProcess: SiteOwner, Supervisor, Guard, MoneyCollector, ProtectingOfficial (filled by the prosecution track)',
  ext_OtherNames: 'every further name the person is known by, in the script it was written in',
} as const;

const exploitationTypes = (c: HtcdsCase) => {
  const out: string[] = [];
  if (c.exploitation === 'labour') out.push('ForcedLabour');
  if (c.exploitation === 'labour' && c.child) out.push('ChildLabour');
  if (c.exploitation === 'sexual') out.push('SexualExploitation');
  if (c.exploitation === 'forced_criminality' || c.exploitation === 'other') out.push('Other');
  return out;
};

export function toHtcds(c: HtcdsCase) {
  const id = c.identity;
  const fields: HtcdsFields = {
    cas_Status: c.status === 'open' ? 'Active' : 'Closed',
    cas_CaseOwner: c.ownerName,
    prs_Gender: GENDER[c.sex ?? ''] ?? 'NonSpecifiedUnknown',
    prs_PrimaryLanguage: c.language ? (LANGUAGE_639_2[c.language] ?? c.language) : null,
    vic_AgreementToManagePersonalData: c.consentToInterview,
    vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
    vic_TraffickingStatusDecisionMakingOrg: DECIDER[c.agencyKind] ?? 'Other',
    vic_AgeWhenTrafficked: c.age,
    vic_TypeOfExploitation: exploitationTypes(c),
    con_Consent: c.consentToInterview,
    cas_ReferredOrganisation: c.referrals.at(-1)?.provider ?? null,
    cas_OutgoingReferralDate: c.referrals.at(-1)?.sentAt.slice(0, 10) ?? null,
    cas_ReasonForOutgoingReferral: c.referrals.length > 0 ? 'AdditionalServicesRequired' : null,
  };
  if (id)
    Object.assign(fields, {
      prs_FirstName: id.names[0] ?? null,
      prs_Birthdate: id.birthDate && id.birthDate.length === 10 ? id.birthDate : null,
      prs_Citizenship: id.nationality ? [id.nationality] : [],
      prs_IdentityNumber: id.documents[0]?.number ?? null,
      prs_MobilePhone: id.phones[0] ?? null,
      prs_MailingStreet: id.address || null,
    });
  return {
    standard: 'HTCDS 2.0 (IOM, CC BY 4.0) with Lantern extensions',
    caseId: c.caseId,
    identityIncluded: id !== null,
    fields,
    supportPlans: c.services
      .filter((s) => s.status === 'accepted' || s.status === 'completed')
      .map((s) => ({
        spl_Type: SUPPORT_TYPE[s.service] ?? 'SocialCare',
        ext_Service: s.service,
        ext_Status: s.status,
      })),
    extensions: {
      ext_ForcedCriminality: c.exploitation === 'forced_criminality',
      ext_VictimStatusDeclinedByPerson: c.victimStatus === 'declined',
      ext_Child: c.child,
      ext_Needs: Object.fromEntries(c.needs.map((n) => [n.domain, n.level])),
      ext_ServicesDeclined: c.services.filter((s) => s.status === 'declined').map((s) => s.service),
      ext_ShelterDays: c.shelterDays,
      ext_RetraffickingFlag: c.retraffickingFlag,
      ext_PerpetratorRoles: [] as string[],
      ext_OtherNames: id ? id.names.slice(1) : [],
    },
    extensionsDefined: HTCDS_EXTENSIONS,
  };
}
