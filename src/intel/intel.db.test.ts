import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

let t: TestApp;
let police: string;
let ngo: string;
let ngoAgency: string;
let sourceId: string;

const api = (method: 'GET' | 'POST', url: string, payload?: object, cookie = police) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const report = (over: object = {}) => ({
  sourceId,
  reportedOn: '2026-09-01',
  title: 'Recruiter active at Mae Sot',
  handling: 'P',
  items: [
    {
      text: 'A recruiter known as Ko Aung supplies workers to a seafood factory.',
      sourceGrade: '2',
      infoGrade: 'B',
    },
    { text: 'He uses the number 081-234-5678.', sourceGrade: '1', infoGrade: 'A' },
  ],
  ...over,
});

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  police = await signIn(t, a);
  const b = await makeUser(t, ['analyst']);
  ngoAgency = b.agencyId;
  t.clock.advance(30_000);
  ngo = await signIn(t, b);
  sourceId = (
    await api('POST', '/api/intel/sources', {
      code: 'SRC-0042',
      kind: 'informant',
      description: 'Handled by the border team',
    })
  ).json().id;
});
afterAll(() => t.close());

describe('graded reports', () => {
  it("grades each item separately and builds each source's record", async () => {
    const r = await api('POST', '/api/intel/reports', report());
    expect(r.statusCode).toBe(201);
    const read = (await api('GET', `/api/intel/reports/${r.json().id}`)).json();
    // A report's date is a day, whatever the time zone of the server.
    expect(read.reportedOn).toBe('2026-09-01');
    expect(
      read.items.map((i: { sourceGrade: string; infoGrade: string }) => `${i.sourceGrade}${i.infoGrade}`),
    ).toEqual(['2B', '1A']);
    const sources = (await api('GET', '/api/intel/sources')).json().sources;
    expect(sources[0].record).toEqual({
      items: 2,
      bySourceGrade: { '1': 1, '2': 1 },
      byInfoGrade: { A: 1, B: 1 },
    });
  });

  it('refuses a C report without its action code, and a grade off the scale', async () => {
    expect((await api('POST', '/api/intel/reports', report({ handling: 'C' }))).json().error.message).toMatch(
      /action code/,
    );
    const bad = await api(
      'POST',
      '/api/intel/reports',
      report({ items: [{ text: 'x', sourceGrade: '4', infoGrade: 'A' }] }),
    );
    expect(bad.statusCode).toBe(400);
  });

  it('shares as handling and TLP allow, and a sanitised version of a restricted report', async () => {
    const open = (await api('POST', '/api/intel/reports', report({ tlp: 'GREEN' }))).json().id;
    const red = (await api('POST', '/api/intel/reports', report({ tlp: 'RED' }))).json().id;
    const conditional = (
      await api(
        'POST',
        '/api/intel/reports',
        report({ handling: 'C', actionCode: 'A2', sanitisationCode: 'S1' }),
      )
    ).json().id;
    expect((await api('GET', `/api/intel/reports/${open}`, undefined, ngo)).statusCode).toBe(404);
    expect((await api('POST', `/api/intel/reports/${open}/share`, { agencyId: ngoAgency })).statusCode).toBe(
      204,
    );
    const shared = (await api('GET', `/api/intel/reports/${open}`, undefined, ngo)).json();
    expect(shared.items).toHaveLength(2);
    // The source and how it was obtained stay with the originator.
    expect(shared.sourceId).toBeNull();
    expect(shared.originator).toBe(false);
    expect(
      (await api('POST', `/api/intel/reports/${red}/share`, { agencyId: ngoAgency })).json().error.message,
    ).toMatch(/TLP:RED/);
    expect(
      (await api('POST', `/api/intel/reports/${conditional}/share`, { agencyId: ngoAgency })).json().error
        .message,
    ).toMatch(/sanitised version/);
    const clean = await api('POST', `/api/intel/reports/${conditional}/sanitised`, {
      title: 'Recruitment for seafood factories',
      items: [
        { text: 'A recruiter supplies workers to a seafood factory.', sourceGrade: '2', infoGrade: 'B' },
      ],
    });
    expect(clean.statusCode).toBe(201);
    expect(
      (await api('POST', `/api/intel/reports/${clean.json().id}/share`, { agencyId: ngoAgency })).statusCode,
    ).toBe(204);
    expect((await api('GET', `/api/intel/reports/${conditional}`, undefined, ngo)).statusCode).toBe(404);
    const denied = await t.database.db
      .selectFrom('audit_log')
      .select('outcome')
      .where('action', '=', 'intel.report_share')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied).toHaveLength(2);
  });
});

describe('entities, facts and links with provenance', () => {
  it('keeps disagreeing facts side by side, each with its report and grading, and hides what the reader may not see', async () => {
    const rid = (await api('POST', '/api/intel/reports', report())).json().id;
    const other = (await api('POST', '/api/intel/reports', report({ title: 'Another view' }))).json().id;
    const person = (await api('POST', '/api/intel/entities', { type: 'person', label: 'Ko Aung' })).json().id;
    const phone = (await api('POST', '/api/intel/entities', { type: 'phone', label: '+66812345678' })).json()
      .id;
    const site = (
      await api('POST', '/api/intel/entities', { type: 'site', label: 'Golden Mae Sot Seafood' })
    ).json().id;
    expect(
      (
        await api('POST', `/api/intel/entities/${person}/facts`, {
          attribute: 'nationality',
          value: 'MM',
          reportId: rid,
          sourceGrade: '2',
          infoGrade: 'B',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await api('POST', `/api/intel/entities/${person}/facts`, {
          attribute: 'nationality',
          value: 'TH',
          reportId: other,
          sourceGrade: '3',
          infoGrade: 'D',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await api('POST', `/api/intel/entities/${person}/facts`, { attribute: 'number', value: '1' })).json()
        .error.message,
    ).toMatch(/has no attribute "number"/);
    expect(
      (
        await api('POST', '/api/intel/links', {
          type: 'uses_phone',
          fromId: person,
          toId: phone,
          reportId: rid,
          sourceGrade: '1',
          infoGrade: 'A',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await api('POST', '/api/intel/links', { type: 'called', fromId: person, toId: phone })).json().error
        .message,
    ).toMatch(/goes from phone to phone/);
    expect(
      (
        await api('POST', '/api/intel/links', {
          type: 'works_at',
          fromId: person,
          toId: site,
          reportId: other,
        })
      ).statusCode,
    ).toBe(201);
    const page = (await api('GET', `/api/intel/entities/${person}`)).json();
    expect(
      page.facts.map(
        (f: { value: string; provenance: { sourceGrade: string; infoGrade: string } }) =>
          `${f.value} ${f.provenance.sourceGrade}${f.provenance.infoGrade}`,
      ),
    ).toEqual(['MM 2B', 'TH 3D']);
    expect(
      page.links
        .map((l: { label: string; other: { label: string } }) => `${l.label} ${l.other.label}`)
        .sort(),
    ).toEqual(['uses phone +66812345678', 'works at Golden Mae Sot Seafood']);
    expect(page.restricted).toEqual({ facts: 0, links: 0 });
    // Another agency sees neither the entity nor its facts.
    expect((await api('GET', `/api/intel/entities/${person}`, undefined, ngo)).statusCode).toBe(404);
  });
});
