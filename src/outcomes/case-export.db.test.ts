import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealText } from '../access/sealing.ts';
import { openCase } from '../protection/case-fixture.ts';
import { identityContext } from '../protection/identity.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

// The k-anonymised case export from protection cases: the screening's sex and age, the case's exploitation, the
// nationality from the sealed identity, the country of the operation's target (a site in Samut Sakhon). 22 + 14
// people share their values; 3 trafficked for sexual exploitation from Laos and the fixture's own walk-in case
// (no sex, no nationality, no operation) are rare, and dropped (4 of 40, within the 10% allowed).

let t: TestApp;
let officer: string;
let analyst: string;
const caseIds: string[] = [];

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  const screener = await makeUser(t, ['screening_officer']);
  const social = await makeUser(t, ['social_worker'], { agencyId: screener.agencyId });
  const base = await openCase(t, await signIn(t, screener), await signIn(t, social));
  caseIds.push(base);
  const { screening_id: baseScreening } = await db
    .selectFrom('protection_cases')
    .select('screening_id')
    .where('id', '=', base)
    .executeTakeFirstOrThrow();
  const site = await db
    .insertInto('entities')
    .values({ agency_id: screener.agencyId, type: 'site', label: 'Site' })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [attribute, value] of [
    ['lat', '13.547'],
    ['lon', '100.274'],
  ] as const)
    await db
      .insertInto('entity_facts')
      .values({
        agency_id: screener.agencyId,
        entity_id: site.id,
        attribute,
        value,
        source_grade: '2',
        info_grade: 'B',
      })
      .execute();
  const op = await db
    .insertInto('operations')
    .values({
      agency_id: screener.agencyId,
      code_name: 'HERON',
      status: 'concluded',
      target_entity_id: site.id,
      target_label: 'Site',
      place: 'Site',
      plan: JSON.stringify({}),
      created_by: screener.id,
      updated_by: screener.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const columns = (
    await sql<{ column_name: string }>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'screenings'`.execute(db)
  ).rows
    .map((r) => r.column_name)
    .filter((c) => !['id', 'age', 'sex', 'exploitation', 'source', 'source_operation_id'].includes(c));
  const cols = sql.raw(columns.join(', '));
  const people = [
    ...Array.from({ length: 22 }, () => ({
      age: 19,
      sex: 'female',
      nationality: 'MM',
      exploitation: 'labour',
    })),
    ...Array.from({ length: 14 }, () => ({
      age: 25,
      sex: 'male',
      nationality: 'KH',
      exploitation: 'labour',
    })),
    ...Array.from({ length: 3 }, () => ({
      age: 16,
      sex: 'female',
      nationality: 'LA',
      exploitation: 'sexual',
    })),
  ];
  for (const p of people) {
    const s = await sql<{ id: string }>`
      INSERT INTO screenings (${cols}, age, sex, exploitation, source, source_operation_id)
      SELECT ${cols}, ${p.age}, ${p.sex}, ${p.exploitation}, 'operation', ${op.id} FROM screenings WHERE id = ${baseScreening}
      RETURNING id`.execute(db);
    const c = await db
      .insertInto('protection_cases')
      .values({
        agency_id: screener.agencyId,
        screening_id: s.rows[0]?.id as string,
        pseudonym: 'sealed elsewhere',
        exploitation: p.exploitation,
        child: p.age < 18,
        status: 'open',
        opened_by: screener.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    caseIds.push(c.id);
    const identity = {
      names: ['Name'],
      birthDate: null,
      nationality: p.nationality,
      phones: [],
      documents: [],
      address: '',
      photo: null,
    };
    await db
      .insertInto('protection_identities')
      .values({
        case_id: c.id,
        agency_id: screener.agencyId,
        identity: sealText(t.config.secretKeys, JSON.stringify(identity), identityContext(c.id)),
        updated_by: social.id,
      })
      .execute();
  }
  officer = await signIn(t, await makeUser(t, ['me_officer'], { totp: false }));
  analyst = await signIn(t, await makeUser(t, ['analyst']));
}, 120_000);
afterAll(() => t.close());

describe('the case-level export', () => {
  it('gives the M&E officer rows in classes of at least k, with what was generalised and dropped, audited with counts', async () => {
    const year = String(new Date().getUTCFullYear());
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/outcomes/case-export',
      ...withSession(officer),
    });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json();
    expect(out.report).toMatchObject({ records: 40, exported: 36, dropped: 4, smallestClass: 14 });
    expect(out.report.generalised.map((g: { as: string }) => g.as)).toEqual([
      'year',
      'as recorded',
      'CTDC age bands',
      'country',
      'country',
      'forced labour, sexual or other',
    ]);
    const man = [year, 'Man', '24—26', 'KHM', 'THA', '1', '', ''];
    const woman = [year, 'Woman', '18—20', 'MMR', 'THA', '1', '', ''];
    expect(out.rows).toEqual([...Array(14).fill(man), ...Array(22).fill(woman)]);
    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/outcomes/case-export/csv?k=11',
      ...withSession(officer),
    });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe(
      'yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,isForcedLabour,isSexualExploit,isOtherExploit',
    );
    expect(lines[1]).toBe(man.join(','));
    expect(lines.length).toBe(38);
    for (const id of caseIds) expect(csv.body).not.toContain(id);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'outcomes.case_export')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.detail)).toEqual([
      { k: 11, records: 40, exported: 36, period: [] },
      { k: 11, records: 40, exported: 36, period: [] },
    ]);
  });

  it('with k = 30 generalises until the 36 people of the two large groups share one class, and drops the 4 others', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/outcomes/case-export?k=30',
      ...withSession(officer),
    });
    const out = res.json();
    const sizes = new Map<string, number>();
    for (const r of out.rows as string[][]) sizes.set(r.join(), (sizes.get(r.join()) ?? 0) + 1);
    for (const n of sizes.values()) expect(n).toBeGreaterThanOrEqual(30);
    expect([...sizes.values()]).toEqual([36]);
    expect(out.report).toMatchObject({ records: 40, exported: 36, dropped: 4, smallestClass: 36 });
    // Only what was needed: gender and citizenship blank, age in three bands; year, country and type kept.
    expect(out.report.generalised.map((g: { as: string }) => g.as)).toEqual([
      'year',
      'left blank',
      'under 18, 18—29, 30 and over',
      'left blank',
      'country',
      'forced labour, sexual or other',
    ]);
    expect(out.rows[0]).toEqual([String(new Date().getUTCFullYear()), '', '18—29', '', 'THA', '1', '', '']);
  });

  it('is refused to those who do not publish (an analyst): 403', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/outcomes/case-export', ...withSession(analyst) }))
        .statusCode,
    ).toBe(403);
  });
});
