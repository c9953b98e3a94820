import { describe, expect, it } from 'vitest';
import { type HtcdsCase, toHtcds } from './htcds.ts';

const base: HtcdsCase = {
  caseId: 'c1',
  status: 'open',
  ownerName: 'Caseworker',
  agencyName: 'Centre',
  agencyKind: 'services',
  openedAt: '2026-11-01T00:00:00.000Z',
  exploitation: 'labour',
  child: true,
  age: 16,
  sex: 'female',
  language: 'my',
  consentToInterview: true,
  victimStatus: 'presumed',
  services: [
    { service: 'shelter', status: 'accepted' },
    { service: 'medical', status: 'completed' },
    { service: 'legal_aid', status: 'declined' },
  ],
  needs: [{ domain: 'safety', level: 'urgent' }],
  referrals: [{ provider: 'Shelter A', sentAt: '2026-11-02T10:00:00.000Z' }],
  shelterDays: 31,
  retraffickingFlag: null,
  identity: null,
};

describe('a protection case in HTCDS 2.0', () => {
  it("uses the standard's fields and values, and leaves identity out unless included", () => {
    const h = toHtcds(base);
    expect(h.fields).toMatchObject({
      cas_Status: 'Active',
      prs_Gender: 'Feminine',
      prs_PrimaryLanguage: 'mya',
      vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
      vic_TraffickingStatusDecisionMakingOrg: 'NonPoliceGovernmentalOrganization',
      vic_AgeWhenTrafficked: 16,
      vic_TypeOfExploitation: ['ForcedLabour', 'ChildLabour'],
      cas_ReferredOrganisation: 'Shelter A',
      cas_OutgoingReferralDate: '2026-11-02',
    });
    expect(h.fields).not.toHaveProperty('prs_FirstName');
    expect(h.identityIncluded).toBe(false);
    expect(h.supportPlans.map((p) => p.spl_Type)).toEqual(['SocialCare', 'Health']);
    expect(h.extensions.ext_ServicesDeclined).toEqual(['legal_aid']);
  });

  it('marks forced criminality and a declined status through its extensions, never as "not a victim"', () => {
    const h = toHtcds({
      ...base,
      exploitation: 'forced_criminality',
      victimStatus: 'declined',
      child: false,
    });
    expect(h.fields.vic_TypeOfExploitation).toEqual(['Other']);
    expect(h.fields.vic_TraffickingStatus).toBe('PossibleVictimOfTrafficking');
    expect(h.extensions).toMatchObject({
      ext_ForcedCriminality: true,
      ext_VictimStatusDeclinedByPerson: true,
    });
    expect(Object.keys(h.extensionsDefined)).toEqual(expect.arrayContaining(Object.keys(h.extensions)));
  });

  it('fills the person fields from the identity when it is included', () => {
    const h = toHtcds({
      ...base,
      identity: {
        names: ['Mya Mya Win', 'မြမြဝင်း'],
        birthDate: '2009',
        nationality: 'MM',
        phones: ['+66812345678'],
        documents: [{ kind: 'passport', number: 'MD445566', country: 'MM' }],
        address: '',
        photo: null,
      },
    });
    expect(h.fields).toMatchObject({
      prs_FirstName: 'Mya Mya Win',
      prs_Birthdate: null,
      prs_Citizenship: ['MM'],
      prs_IdentityNumber: 'MD445566',
      prs_MailingStreet: null,
    });
    expect(h.extensions.ext_OtherNames).toEqual(['မြမြဝင်း']);
  });
});
