import { expect } from 'vitest';
import { openPublicChannel, postForm, sendReport } from '../monitoring/public-testing.ts';
import { openCase } from '../protection/case-fixture.ts';
import { screeningStart } from '../screening/screening-fixture.ts';
import { makeUser, signIn, type TestApp, type TestUser, withSession } from '../server/testing.ts';
import { seal } from './sealing.ts';
import { totpContext } from './totp.ts';
import { insertAgency } from './users-store.ts';

// For the key rotation's coverage test: a value written through each module that seals one, each a canary the
// read-back looks for once the old key is gone. The demo load adds the intelligence (reports and their items).

export const CANARY = {
  needNote: 'CANARY-NEED family is in debt',
  identityName: 'CANARY Aye Aye',
  plan: 'CANARY-GOALS finish school',
  followUp: 'CANARY-FOLLOWUP neighbours saw the recruiter',
  childStep: 'CANARY-CHILD wants to stay with her aunt',
  measure: 'CANARY-MEASURE permit applied for',
  transfer: 'CANARY-TRANSFER to the welfare office',
  referral: 'CANARY-REFERRAL needs a bed tonight',
  tipReporter: 'CANARY Daw Khin Myat Noe',
  contact: 'CANARY 089 555 0142',
  reporterMessage: 'CANARY-THREAD it is behind the market',
  reply: 'CANARY-REPLY is she there now?',
  interest: 'CANARY-INTEREST brother-in-law supervises there',
  interview: 'CANARY-Worker-A7',
  observation: 'CANARY-OBS passports in the office safe',
  breach: 'CANARY-BREACH kept by the supervisor',
  items: 'CANARY-ITEMS return the passports',
  reason: 'CANARY-REASON both say they cannot leave',
};

const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Who wrote the values, to sign in again under the new key and read them back. */
export interface Filled {
  users: Record<'screener' | 'worker' | 'hotline' | 'inspector' | 'colleague', TestUser>;
  caseId: string;
  screeningId: string;
  publicTip: string;
  enteredTip: string;
  inspectionId: string;
}

export async function fillSealedTables(t: TestApp): Promise<Filled> {
  const db = t.database.db;
  const signed = async (u: TestUser) => {
    t.clock.advance(31_000);
    return signIn(t, u);
  };
  const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
  const ok = async (res: Promise<{ statusCode: number; body: string }>, status = [200, 201]) => {
    const r = await res;
    expect(status, r.body).toContain(r.statusCode);
    return r as unknown as { json(): Record<string, unknown> };
  };

  // Screening and protection: a case with its notes, identity, plan, follow-up, child step, measure and transfer.
  const officer = await makeUser(t, ['screening_officer']);
  const social = await makeUser(t, ['social_worker'], { agencyId: officer.agencyId });
  const screener = await signed(officer);
  const worker = await signed(social);
  const caseId = await openCase(t, screener, worker);
  const c = `/api/protection/cases/${caseId}`;
  await ok(api('POST', `${c}/owner`, worker));
  const needs = ['safety', 'health', 'legal', 'shelter', 'family', 'money', 'documents'].map((domain) => ({
    domain,
    level: 'some',
    note: domain === 'family' ? CANARY.needNote : '',
  }));
  await ok(api('POST', `${c}/needs`, worker, { language: 'my', needs }));
  await ok(api('POST', `${c}/services`, worker, { service: 'shelter', language: 'my', note: 'Offered' }));
  await ok(
    api('PUT', `${c}/identity`, worker, {
      names: [CANARY.identityName],
      birthDate: '2009-03-14',
      nationality: 'MM',
      phones: [],
      documents: [{ kind: 'passport', number: 'MA123456', country: 'MM' }],
      address: '',
      photo: null,
    }),
  );
  await ok(
    api('PUT', `${c}/reintegration/plan`, worker, {
      goals: CANARY.plan,
      country: 'MM',
      area: 'Myawaddy township',
      startedOn: iso(-10),
    }),
  );
  await ok(
    api('POST', `${c}/follow-ups`, worker, {
      heldOn: iso(0),
      contact: 'reached',
      wellbeing: 'good',
      retraffickingConcern: false,
      language: 'my',
      note: CANARY.followUp,
    }),
  );
  await ok(
    api('POST', `${c}/child-steps`, worker, {
      kind: 'child_views',
      language: 'my',
      occurredOn: iso(-1),
      detail: CANARY.childStep,
    }),
  );
  await ok(
    api('POST', `${c}/witness/measures`, worker, {
      kind: 'temporary_stay_permit',
      validUntil: iso(10),
      note: CANARY.measure,
    }),
  );
  const welfare = await insertAgency(db, 'Welfare office (coverage)', 'services');
  await ok(
    api('POST', `${c}/transfers`, worker, {
      kind: 'transfer_in_country',
      toAgencyId: welfare,
      consent: true,
      language: 'my',
      items: ['age_group', 'return_plan_note'],
      note: CANARY.transfer,
    }),
  );
  // A referral of another screening to a provider, with a note.
  const provider = await db
    .insertInto('service_providers')
    .values({
      agency_id: null,
      name: 'Shelter',
      kind: 'shelter',
      languages: ['my'],
      area: 'Samut Sakhon',
      accepts_children: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const s = await ok(api('POST', '/api/screenings', screener, screeningStart({ sourceRef: 'OP-99' })));
  const screeningId = String(s.json().id);
  await ok(
    api('POST', `/api/screenings/${screeningId}/referrals`, screener, {
      providerId: provider.id,
      consent: true,
      sharedItems: ['pseudonym'],
      note: CANARY.referral,
    }),
  );

  // Monitoring: a tip entered with its details and routed (the copy's details), a public report with a contact
  // and its thread.
  const ngo = await insertAgency(db, 'Migrant network (coverage)', 'ngo');
  const police = await insertAgency(db, 'Police (coverage)', 'police');
  const monitor = await signed(await makeUser(t, ['monitor'], { agencyId: ngo }));
  const hotlineUser = await makeUser(t, ['hotline_operator'], { agencyId: ngo });
  const hotline = await signed(hotlineUser);
  const admin = await signed(await makeUser(t, ['system_admin'], { agencyId: police }));
  await ok(
    api('POST', '/api/monitoring/rules', admin, {
      name: 'Thailand to the police',
      toAgencyId: police,
      appliesTo: ['tip', 'inspection'],
      countries: ['TH'],
      area: null,
      kinds: null,
      childrenOnly: false,
      minDanger: null,
      active: true,
      priority: 100,
    }),
  );
  const entered = await ok(
    api('POST', '/api/monitoring/intake', monitor, {
      channel: 'monitor',
      language: 'my',
      text: 'Workers at a shrimp shed in Mahachai cannot leave.',
      kind: 'labour',
      occurred: 'since last month',
      place: { hint: 'Mahachai shrimp shed', lat: 13.548, lon: 100.274, country: 'TH' },
      peopleCount: 12,
      children: 'yes',
      danger: 'high',
      reporter: { name: CANARY.tipReporter, contact: '089 555 0100', consentToShare: false },
      people: [],
      phones: [],
      plates: [],
      tlp: 'AMBER',
    }),
  );
  const enteredTip = String(entered.json().id);
  const proposal = await ok(api('GET', `/api/monitoring/tips/${enteredTip}/route-proposal`, hotline));
  const sanitised = (proposal.json().sanitised as { text: string }).text;
  await ok(
    api('POST', `/api/monitoring/tips/${enteredTip}/route`, hotline, {
      toAgencyIds: [police],
      text: sanitised,
    }),
  );
  await openPublicChannel(db, ngo);
  const { code, tipId: publicTip } = await sendReport(t.app, db, {
    what: 'My sister cannot leave the factory',
    contact: CANARY.contact,
  });
  expect(
    (await postForm(t.app, '/report/follow/add', { code, text: CANARY.reporterMessage })).statusCode,
  ).toBe(200);
  await ok(api('POST', `/api/monitoring/tips/${publicTip}/replies`, hotline, { text: CANARY.reply }));

  // A labour inspection: an interest declared, interviews, findings, breaches, an order and a screening referral.
  const labour = await insertAgency(db, 'Labour office (coverage)', 'labour');
  const inspectorUser = await makeUser(t, ['labour_inspector'], { agencyId: labour });
  const colleagueUser = await makeUser(t, ['labour_inspector'], { agencyId: labour });
  const inspector = await signed(inspectorUser);
  const colleague = await signed(colleagueUser);
  const I = '/api/monitoring/inspections';
  await ok(
    api('POST', `${I}/interests`, colleague, {
      kind: 'relative',
      description: CANARY.interest,
      declaredOn: iso(-100),
    }),
  );
  const planned = await ok(
    api('POST', I, inspector, {
      kind: 'unannounced',
      plannedOn: iso(0),
      workplace: {
        name: 'Mahachai Seafood',
        sector: 'Seafood processing',
        employer: 'Mahachai Seafood Ltd',
        address: 'Soi 4, Tha Chalom',
        lat: 13.53,
        lon: 100.27,
        country: 'TH',
      },
      inspectorIds: [],
    }),
  );
  const inspectionId = String(planned.json().id);
  const at = `${I}/${inspectionId}`;
  await ok(api('POST', `${at}/independence`, inspector, { statement: 'no_interest' }));
  await ok(
    api('POST', `${at}/visit`, inspector, {
      visitedOn: iso(0),
      workers: { female: 4, male: 6, other: 0, under18: 1, migrant: 8 },
    }),
  );
  for (const code of [CANARY.interview, 'CANARY-Worker-B8'])
    await ok(
      api('POST', `${at}/interviews`, inspector, {
        code,
        private: true,
        language: 'my',
        interpreter: true,
        sex: 'female',
        under18: false,
      }),
    );
  await ok(
    api('PUT', `${at}/findings`, inspector, {
      indicators: [
        {
          id: 'ilo11.retention_of_identity_documents',
          answer: 'observed',
          workers: 4,
          observation: CANARY.observation,
        },
        { id: 'ilo11.debt_bondage', answer: 'observed', workers: 2, observation: 'Owes the broker' },
        { id: 'ilo11.deception', answer: 'not_observed' },
      ],
      breaches: [
        { breach: 'documents_withheld', workers: 4, note: CANARY.breach },
        { breach: 'excessive_hours', workers: 10, note: 'Sixteen hours a day' },
        { breach: 'unpaid_wages', workers: 10, note: '' },
      ],
    }),
  );
  await ok(
    api('POST', `${at}/outcomes`, inspector, {
      kind: 'improvement_order',
      items: CANARY.items,
      note: 'Follow up in a month',
      deadline: iso(30),
    }),
  );
  const page = await ok(api('GET', at, inspector));
  const interviews = (page.json().interviews as { id: string }[]).map((i) => i.id);
  await ok(
    api('POST', `${at}/outcomes`, inspector, {
      kind: 'screening_referral',
      toAgencyId: officer.agencyId,
      interviewIds: interviews,
      reason: CANARY.reason,
    }),
  );

  // Second factors as enrolment seals them (makeUser writes them in the format before keys were named).
  for (const u of [officer, social, hotlineUser, inspectorUser, colleagueUser])
    await db
      .updateTable('users')
      .set({ totp_secret_enc: seal(t.config.secretKeys, u.secret ?? '', totpContext(u.id)) })
      .where('id', '=', u.id)
      .execute();

  return {
    users: {
      screener: officer,
      worker: social,
      hotline: hotlineUser,
      inspector: inspectorUser,
      colleague: colleagueUser,
    },
    caseId,
    screeningId,
    publicTip,
    enteredTip,
    inspectionId,
  };
}
