import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';
import { actorOfUser, insertOperation, logArrest, seizeExhibit, share } from './case-fixture.ts';
import { courtFileDocument } from './court-document.ts';
import { OFFENCE_WORDS } from './court-file-offences.ts';
import { testimonyBurdenFigures } from './gauge.ts';

// A case file from a concluded operation (one arrest, two ledgers shared): charges from the catalogue with their
// elements, refused where the law does not protect the victims; evidence linked to elements moves the testimony
// burden, exactly; gaps say what to seek; intelligence is a lead and proves nothing; the court file carries it all.

let t: TestApp;
let police: TestUser;
let lawyer: TestUser;
let prosecutor: string;
let officeId: string;
let caseId: string;
let suspects: string[] = [];
const item = {} as Record<'ledger1' | 'ledger2' | 'victim' | 'money' | 'witness' | 'intel', string>;
const charge = {} as Record<'adults' | 'children' | 'china', string>;
const exhibits: string[] = [];

const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(prosecutor), ...(payload ? { payload } : {}) });
const base = () => `/api/prosecution/cases/${caseId}`;
const page = async () => (await api('GET', base())).json();
const chargeOf = async (id: string) => (await page()).charges.find((c: { id: string }) => c.id === id);
const link = (c: string, element: string, evidence: string, method: 'PUT' | 'DELETE' = 'PUT') =>
  api(method, `${base()}/charges/${c}/elements/${element}/evidence/${evidence}`);
const addItem = async (kind: string, description: string, extra: object = {}) => {
  const r = await api('POST', `${base()}/evidence`, { kind, description, ...extra });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().evidenceId as string;
};
const chargesCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('prosecution_charges')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await startTestApp();
  police = await makeUser(t, ['investigator']);
  officeId = await insertAgency(t.database.db, 'Court prosecution office', 'prosecution');
  lawyer = await makeUser(t, ['prosecutor'], { agencyId: officeId });
  prosecutor = await signIn(t, lawyer);
  const op = await insertOperation(t, police, { codeName: 'EGRET', status: 'concluded' });
  await logArrest(t, police, op, 'Boonmee S.', null, 1);
  for (const [i, d] of ['Debt ledger', 'Wage deductions ledger'].entries()) {
    const x = await seizeExhibit(t, police, op, d, i);
    exhibits.push(x.id);
    await share(t, police, 'exhibit', x.id, officeId);
  }
  await share(t, police, 'operation', op, officeId);
  caseId = (await api('POST', '/api/prosecution/cases', { operationId: op })).json().id;
  const p = await page();
  item.ledger1 = p.evidence[0].id;
  item.ledger2 = p.evidence[1].id;
  const second = await api('POST', `${base()}/suspects`, {
    label: 'Recruiter in the village',
    role: 'recruiter',
  });
  suspects = [p.suspects[0].id, second.json().suspectId];
}, 120_000);
afterAll(() => t.close());

describe('charges', () => {
  it('lays an offence of the catalogue on a suspect with its elements; for child victims without the means', async () => {
    const adults = await api('POST', `${base()}/charges`, {
      suspectId: suspects[0],
      country: 'TH',
      offence: 'TH-ATIP-6',
      victims: 'adults',
    });
    expect(adults.statusCode, adults.body).toBe(201);
    expect(adults.json()).toMatchObject({ offence: 'TH-ATIP-6', elements: ['act', 'means', 'purpose'] });
    charge.adults = adults.json().chargeId;
    const children = await api('POST', `${base()}/charges`, {
      suspectId: suspects[1],
      country: 'TH',
      offence: 'TH-ATIP-6',
      victims: 'children',
    });
    expect(children.json().elements).toEqual(['act', 'purpose']);
    charge.children = children.json().chargeId;
    const twice = await api('POST', `${base()}/charges`, {
      suspectId: suspects[0],
      country: 'TH',
      offence: 'TH-ATIP-6',
      victims: 'both',
    });
    expect(twice.statusCode).toBe(409);
    const c = await chargeOf(charge.adults);
    expect(c).toMatchObject({ title: 'Trafficking in persons', citation: { section: 's. 6', verify: true } });
  });

  it('refuses an offence that does not protect the victims, or is not of that country, laying nothing', async () => {
    const before = await chargesCount();
    const lay = (body: object) => api('POST', `${base()}/charges`, { suspectId: suspects[0], ...body });
    const men = await lay({
      country: 'CN',
      offence: 'CN-CL-240',
      victims: 'adults',
      adultVictimsSex: 'male',
    });
    expect(men.statusCode).toBe(400);
    expect(men.json().error.message).toMatch(
      /women and children only, not adult men; for them consider CN-CL-244/,
    );
    const unsaid = await lay({ country: 'CN', offence: 'CN-CL-240', victims: 'adults' });
    expect(unsaid.json().error.message).toMatch(/adultVictimsSex/);
    const childOnly = await lay({ country: 'TH', offence: 'TH-LPA-44', victims: 'both' });
    expect(childOnly.statusCode).toBe(400);
    expect(childOnly.json().error.message).toMatch(/children only/);
    expect((await lay({ country: 'VN', offence: 'TH-ATIP-6', victims: 'adults' })).statusCode).toBe(400);
    expect(await chargesCount()).toBe(before);
    const girls = await lay({ country: 'CN', offence: 'CN-CL-240', victims: 'children' });
    expect(girls.statusCode).toBe(201);
    expect(girls.json().elements).toEqual(['act', 'purpose']);
    charge.china = girls.json().chargeId;
  });
});

describe('in the reader’s language', () => {
  const read = async (url: string, lang: string) =>
    (await t.app.inject({ url, ...withSession(prosecutor), headers: { 'accept-language': lang } })).json();
  type Element = { code: string; text: string; seek: string[] };
  const trafficking = (offences: { code: string; elements: Element[] }[]) => {
    const o = offences.find((x) => x.code === 'TH-ATIP-6');
    if (!o) throw new Error('TH-ATIP-6 is not in the catalogue');
    return o;
  };
  const th = OFFENCE_WORDS.th;
  const SEEK = ['crossing_records', 'call_records', 'financial_analysis', 'seized_document', 'surveillance'];

  it('gives the offences with their titles, elements, notes and citations in Thai, codes as they are', async () => {
    const o = trafficking((await read('/api/prosecution/offences', 'th')).offences);
    expect(o).toMatchObject({
      code: 'TH-ATIP-6',
      country: 'TH',
      category: 'trafficking',
      title: 'ค้ามนุษย์',
      citation: { law: th.laws.thTrafficking, section: 'มาตรา 6', text: `${th.laws.thTrafficking} มาตรา 6` },
      notes: th.notes['TH-ATIP-6'],
    });
    expect(o.elements.map((e: Element) => [e.code, e.text])).toEqual([
      ['act', th.elements.traffickingAct],
      ['means', th.elements.traffickingMeans],
      ['purpose', th.elements.traffickingPurpose],
    ]);
    expect(o.elements[0]?.seek).toEqual(SEEK);
    const en = trafficking((await read('/api/prosecution/offences', 'en')).offences);
    expect(en).toMatchObject({
      title: 'Trafficking in persons',
      citation: { text: 'Anti-Trafficking in Persons Act B.E. 2551 (2008), as amended, s. 6' },
      notes: ['A child is under 18; for a child the means need not be proven.'],
    });
    expect(en.elements[0]).toMatchObject({
      code: 'act',
      text: 'Recruitment, transport, transfer, harbouring or receipt of the person',
      seek: SEEK,
    });
  });

  it('gives the case page’s charges, the list’s worst charge and the court’s charges in Thai', async () => {
    const c = (await read(base(), 'th')).charges.find((x: { id: string }) => x.id === charge.adults);
    expect(c).toMatchObject({ offence: 'TH-ATIP-6', title: 'ค้ามนุษย์', notes: th.notes['TH-ATIP-6'] });
    expect(c.citation.text).toBe(`${th.laws.thTrafficking} มาตรา 6`);
    expect(c.elements.map((e: Element) => [e.code, e.text])).toEqual([
      ['act', th.elements.traffickingAct],
      ['means', th.elements.traffickingMeans],
      ['purpose', th.elements.traffickingPurpose],
    ]);
    expect((await read(base(), 'en')).charges[0]).toMatchObject({ title: 'Trafficking in persons' });
    expect((await read('/api/prosecution/cases', 'th')).cases[0].worst.title).toBe('ค้ามนุษย์');
    const court = await read(`${base()}/court`, 'th');
    expect(court.charges.find((x: { id: string }) => x.id === charge.adults).title).toBe('ค้ามนุษย์');
    const periods = (await read('/api/prosecution/appeal-periods', 'th')).periods;
    expect(periods.find((p: { country: string }) => p.country === 'TH')).toMatchObject({
      days: 30,
      cited: 'ประมวลกฎหมายวิธีพิจารณาความอาญา มาตรา 198',
    });
  });

  it('says in Thai why a charge is refused, the offence codes as they are, and lays nothing', async () => {
    const before = await chargesCount();
    const lay = async (body: object) => {
      const r = await t.app.inject({
        method: 'POST',
        url: `${base()}/charges`,
        ...withSession(prosecutor),
        headers: { 'accept-language': 'th' },
        payload: { suspectId: suspects[0], ...body },
      });
      expect(r.statusCode).toBe(400);
      return r.json().error.message;
    };
    expect(
      await lay({ country: 'CN', offence: 'CN-CL-240', victims: 'adults', adultVictimsSex: 'male' }),
    ).toBe(
      'offence: CN-CL-240 คุ้มครองเฉพาะผู้หญิงและเด็ก ไม่คุ้มครองผู้ชายที่เป็นผู้ใหญ่ สำหรับผู้เสียหายกลุ่มนี้ โปรดพิจารณา CN-CL-244',
    );
    expect(await lay({ country: 'CN', offence: 'CN-CL-240', victims: 'adults' })).toBe(
      'adultVictimsSex: CN-CL-240 คุ้มครองเฉพาะผู้หญิงและเด็ก โปรดระบุว่าผู้เสียหายที่เป็นผู้ใหญ่เป็นผู้หญิง ผู้ชาย หรือทั้งผู้หญิงและผู้ชาย',
    );
    expect(await lay({ country: 'TH', offence: 'TH-LPA-44', victims: 'both' })).toBe(
      'offence: TH-LPA-44 คุ้มครองเฉพาะเด็ก แต่ผู้เสียหายในข้อหานี้มีผู้ใหญ่รวมอยู่ด้วย',
    );
    expect(await chargesCount()).toBe(before);
  });
});

describe('the testimony-burden gauge', () => {
  it('moves exactly as a victim statement and then two exhibits are linked to the elements', async () => {
    const before = await chargeOf(charge.adults);
    expect(before.burden).toEqual({
      elements: 3,
      proven: 0,
      independent: 0,
      otherTestimony: 0,
      restingOnVictim: 0,
      gaps: 3,
      burden: 0,
    });
    item.victim = await addItem('victim_statement', 'Statement taken with an interpreter');
    for (const el of ['act', 'means', 'purpose'])
      expect((await link(charge.adults, el, item.victim)).statusCode).toBe(200);
    const victimOnly = await chargeOf(charge.adults);
    expect(victimOnly.elements.map((e: { status: string }) => e.status)).toEqual([
      'victim_only',
      'victim_only',
      'victim_only',
    ]);
    expect(victimOnly.burden).toMatchObject({ proven: 3, restingOnVictim: 3, gaps: 0, burden: 1 });
    await link(charge.adults, 'means', item.ledger1);
    await link(charge.adults, 'purpose', item.ledger2);
    const after = await chargeOf(charge.adults);
    expect(after.elements.map((e: { status: string }) => e.status)).toEqual([
      'victim_only',
      'independent',
      'independent',
    ]);
    expect(after.burden).toEqual({
      elements: 3,
      proven: 3,
      independent: 2,
      otherTestimony: 0,
      restingOnVictim: 1,
      gaps: 0,
      burden: 0.333,
    });
    expect((await link(charge.adults, 'purpose', item.ledger2, 'DELETE')).statusCode).toBe(200);
    expect((await chargeOf(charge.adults)).burden).toMatchObject({ restingOnVictim: 2, burden: 0.667 });
    expect((await link(charge.adults, 'purpose', item.ledger2, 'DELETE')).statusCode).toBe(404);
    expect((await link(charge.adults, 'intent', item.ledger2)).statusCode).toBe(404);
  });

  it('shows the gaps and what to seek next, minus the kinds already linked', async () => {
    const c = await chargeOf(charge.children);
    expect(c.elements.map((e: { status: string; seekNext: string[] }) => [e.status, e.seekNext])).toEqual([
      ['gap', ['crossing_records', 'call_records', 'financial_analysis', 'seized_document', 'surveillance']],
      ['gap', ['inspection_report', 'seized_document', 'financial_analysis', 'surveillance']],
    ]);
    item.money = await addItem('financial_analysis', 'Transfers from the recruiter to the broker');
    item.witness = await addItem('witness_statement', 'Neighbour saw the van');
    await link(charge.children, 'act', item.money);
    await link(charge.children, 'purpose', item.witness);
    const after = await chargeOf(charge.children);
    expect(after.elements.map((e: { status: string; seekNext: string[] }) => [e.status, e.seekNext])).toEqual(
      [
        ['independent', ['crossing_records', 'call_records', 'seized_document', 'surveillance']],
        ['testimony', ['inspection_report', 'seized_document', 'financial_analysis', 'surveillance']],
      ],
    );
    expect(after.burden).toMatchObject({ proven: 2, otherTestimony: 1, restingOnVictim: 0, burden: 0 });
  });

  it('takes an intelligence report only when the office may read it, and never counts it as proof', async () => {
    const report = await t.database.db
      .insertInto('intel_reports')
      .values({
        agency_id: police.agencyId,
        reported_on: '2026-11-01',
        title: 'sealed-title',
        handling: 'P',
        provenance: '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const unseen = await api('POST', `${base()}/evidence`, {
      kind: 'intelligence_report',
      description: 'Source report on the broker',
      reportId: report.id,
    });
    expect(unseen.statusCode).toBe(404);
    await share(t, police, 'intel_report', report.id, officeId);
    item.intel = await addItem('intelligence_report', 'Source report on the broker', { reportId: report.id });
    await link(charge.china, 'purpose', item.intel);
    const c = await chargeOf(charge.china);
    expect(c.elements[1]).toMatchObject({
      status: 'gap',
      evidence: [{ id: item.intel, kind: 'intelligence_report' }],
    });
    expect(
      (
        await api('POST', `${base()}/evidence`, {
          kind: 'call_records',
          description: 'x',
          reportId: report.id,
        })
      ).statusCode,
    ).toBe(400);
  });

  it('gives the office’s figures for outcomes, over every charge', async () => {
    // adults: victim_only, independent, gap-free (3 proven, 2 on the victim); children: independent, testimony;
    // China: two gaps.
    expect(await testimonyBurdenFigures(t.database.db, officeId)).toEqual({
      cases: 1,
      charges: 3,
      elements: 7,
      proven: 5,
      independent: 2,
      otherTestimony: 1,
      restingOnVictim: 2,
      gaps: 2,
      burden: 0.4,
    });
  });
});

describe('the court file', () => {
  it('carries the suspects, charges with their burden, evidence with custody and a timeline', async () => {
    const doc = await courtFileDocument(t.database.db, actorOfUser(lawyer, ['prosecutor']), caseId, {
      generatedAt: '2026-12-04T10:00:00.000Z',
      requestId: 'test',
    });
    expect(doc).toMatchObject({ title: 'Operation EGRET', agency: 'Court prosecution office' });
    expect(doc.suspects).toEqual([
      // No role yet: the PDF says so in its own language (roleNotRecorded).
      { label: 'Boonmee S.', role: null, tier: 'facilitator', arrested: true },
      { label: 'Recruiter in the village', role: 'Recruiter', tier: 'facilitator', arrested: false },
    ]);
    const adults = doc.charges[0];
    expect(adults).toMatchObject({
      suspect: 'Boonmee S.',
      offence: 'TH-ATIP-6 Trafficking in persons',
      country: 'TH',
      burden: { elements: 3, proven: 3, restingOnVictim: 2, gaps: 0, ratio: 0.667 },
    });
    expect(adults?.note).toMatch(/checked against the current text/);
    expect(adults?.elements[1]?.evidence.map((e) => [e.kind, e.testimonial])).toEqual([
      ['Exhibit', false],
      ["Victim's statement", true],
    ]);
    // The document carries words in the file's language (English here), not codes.
    const ledger = doc.evidence.find((e) => e.kind === 'Exhibit');
    expect(ledger?.custody).toEqual([
      {
        at: '2026-11-20T05:00:00.000Z',
        action: 'Collected',
        by: expect.stringMatching(/^Test user/),
        to: expect.any(String),
      },
    ]);
    expect(doc.timeline.map((x) => x.what)).toContain('Boonmee S. arrested');
    expect(doc.linkChart).toBeNull();
  });
});
