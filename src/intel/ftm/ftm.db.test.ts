import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsOfRoles } from '../../access/roles.ts';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../../server/testing.ts';
import { startFtmExport } from './export.ts';

let t: TestApp;
let police: TestUser;
let ngo: TestUser;
let other: TestUser;
const cookies = new Map<string, string>();

const api = (user: TestUser, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookies.get(user.id) ?? ''), ...(payload ? { payload } : {}) });
const exportOf = (user: TestUser) => api(user, 'GET', '/api/intel/export/ftm');
const importInto = (user: TestUser, body: string, file = 'picture.ndjson') =>
  t.app.inject({
    method: 'POST',
    url: `/api/intel/import/ftm?file=${file}`,
    ...withSession(cookies.get(user.id) ?? ''),
    headers: { 'content-type': 'application/x-ndjson' },
    body,
  });
const count = async (table: 'entities' | 'entity_links' | 'entity_facts', agencyId: string) =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('agency_id', '=', agencyId)
        .executeTakeFirstOrThrow()
    ).n,
  );
const lines = (body: string) => body.split('\n').filter((l) => l !== '');
/** A line as it should survive the trip: the report or import a fact came from is the receiving side's own. */
const comparable = (body: string) =>
  lines(body).map((l) => {
    const e = JSON.parse(l) as { properties: Record<string, string[]> };
    const p = e.properties['lantern:provenance'];
    if (p)
      e.properties['lantern:provenance'] = p
        .map((x) => {
          const { report: _r, import: _i, ...rest } = JSON.parse(x);
          return JSON.stringify(rest);
        })
        .sort();
    return JSON.stringify(e);
  });

beforeAll(async () => {
  t = await startTestApp();
  for (const roles of [['analyst'], ['analyst'], ['analyst']] as const) {
    const u = await makeUser(t, [...roles]);
    t.clock.advance(30_000);
    cookies.set(u.id, await signIn(t, u));
    if (!police) police = u;
    else if (!ngo) ngo = u;
    else other = u;
  }
  const source = (
    await api(police, 'POST', '/api/intel/sources', { code: 'SRC-7', kind: 'informant' })
  ).json().id;
  const report = (
    await api(police, 'POST', '/api/intel/reports', {
      sourceId: source,
      reportedOn: '2026-09-01',
      title: 'Recruiter at Mae Sot',
      handling: 'P',
      items: [{ text: 'Ko Aung recruits for a seafood factory.', sourceGrade: '2', infoGrade: 'B' }],
    })
  ).json().id;
  const entity = async (type: string, label: string, facts: [string, string][] = []) => {
    const id = (await api(police, 'POST', '/api/intel/entities', { type, label })).json().id;
    for (const [attribute, value] of facts)
      await api(police, 'POST', `/api/intel/entities/${id}/facts`, {
        attribute,
        value,
        reportId: report,
        sourceGrade: '2',
        infoGrade: 'B',
      });
    return id as string;
  };
  const link = (type: string, fromId: string, toId: string) =>
    api(police, 'POST', '/api/intel/links', {
      type,
      fromId,
      toId,
      reportId: report,
      sourceGrade: '1',
      infoGrade: 'A',
    });
  const person = await entity('person', 'Ko Aung', [
    ['nationality', 'MM'],
    ['nationality', 'TH'],
    ['sex', 'M'],
  ]);
  const phone = await entity('phone', '+66812345678', [['number', '+66812345678']]);
  const phone2 = await entity('phone', '+85512345678', [['number', '+85512345678']]);
  const site = await entity('site', 'Golden Mae Sot Seafood', [
    ['site_kind', 'seafood_processing'],
    ['lat', '16.71'],
  ]);
  const passport = await entity('identity_document', 'MA1234567', [['number', 'MA1234567']]);
  const account = await entity('account', 'KBANK 123-4-56789', [['number', '123-4-56789']]);
  await link('uses_phone', person, phone);
  await link('called', phone, phone2);
  await link('works_at', person, site);
  await link('holds_document', person, passport);
  await link('holds_account', person, account);
  // A fact from the unit's own report whose handling code attaches conditions (C): it stays inside Lantern.
  const conditioned = (
    await api(police, 'POST', '/api/intel/reports', {
      sourceId: source,
      reportedOn: '2026-09-03',
      title: 'Conditions attached',
      handling: 'C',
      actionCode: 'A1',
      items: [{ text: 'Known by another name.', sourceGrade: '1', infoGrade: 'A' }],
    })
  ).json().id;
  await api(police, 'POST', `/api/intel/entities/${person}/facts`, {
    attribute: 'alias',
    value: 'Kept Inside',
    reportId: conditioned,
    sourceGrade: '1',
    infoGrade: 'A',
  });
  // A fact from a report the police unit may not see (another agency's, not shared): left out of the export.
  const foreign = await t.database.db
    .insertInto('intel_reports')
    .values({
      agency_id: other.agencyId,
      reported_on: '2026-09-02',
      title: 'x',
      handling: 'P',
      provenance: '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.database.db
    .insertInto('entity_facts')
    .values({
      agency_id: police.agencyId,
      entity_id: person,
      attribute: 'alias',
      value: 'Secret Name',
      report_id: foreign.id,
    })
    .execute();
});
afterAll(() => t.close());

describe('FollowTheMoney export and import', () => {
  let exported = '';

  it("exports the agency's entities and links as FtM lines, without what the reader may not see, and audits it", async () => {
    const res = await exportOf(police);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    exported = res.body;
    const all = lines(exported).map((l) => JSON.parse(l));
    expect(all.map((e) => e.schema).sort()).toEqual(
      [
        'BankAccount',
        'Call',
        'Employment',
        'Identification',
        'LegalEntity',
        'LegalEntity',
        'Ownership',
        'Person',
        'RealEstate',
        'UnknownLink',
      ].sort(),
    );
    const person = all.find((e) => e.schema === 'Person');
    expect(person.properties.nationality).toEqual(['mm', 'th']);
    expect(exported).not.toContain('Secret Name');
    expect(exported).not.toContain('Kept Inside');
    const passport = all.find((e) => e.schema === 'Identification');
    expect(passport.properties.holder).toEqual([person.id]);
    expect((await exportOf(police)).body).toBe(exported);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['detail', 'outcome'])
      .where('action', '=', 'intel.export_ftm')
      .where('actor_id', '=', police.id)
      .execute();
    expect(audit[0]).toEqual({
      outcome: 'success',
      detail: {
        entities: 6,
        facts: 9,
        links: 5,
        restrictedFacts: 2,
        restrictedLinks: 0,
        complete: true,
        parts: 0,
        entityIds: expect.any(Array),
      },
    });
    // The entities given out are named by id (never by name), so a leak review finds who exported a target.
    const ids = (audit[0]?.detail as { entityIds?: string[] } | undefined)?.entityIds;
    expect(ids).toHaveLength(6);
    expect(ids).toContain(person.id);
    expect(JSON.stringify(audit[0])).not.toContain(person.properties.name[0]);
  });

  it("lists a large export's entity ids in parts as it goes, every entity given out in one of them", async () => {
    const actor = {
      kind: 'user' as const,
      userId: police.id,
      agencyId: police.agencyId,
      roles: ['analyst' as const],
      permissions: permissionsOfRoles(['analyst']),
      label: `user:${police.id}`,
    };
    let n = 0;
    for await (const _ of await startFtmExport(t.database.db, actor, 'parts-test', 4)) n++;
    expect(n).toBeGreaterThan(0);
    const entries = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('request_id', '=', 'parts-test')
      .orderBy('seq')
      .execute();
    expect(entries.map((e) => e.action)).toEqual(['intel.export_ftm_part', 'intel.export_ftm']);
    expect(entries[0]?.detail).toMatchObject({ part: 1, entityIds: expect.any(Array) });
    expect(entries[1]?.detail).toMatchObject({ parts: 1, entities: 6 });
    const ids = entries.flatMap((e) => (e.detail as { entityIds: string[] }).entityIds);
    expect(new Set(ids).size).toBe(6);
  });

  it('imports into another agency and exports the same picture again; the same file twice changes nothing', async () => {
    const first = await importInto(ngo, exported);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      status: 'completed',
      entitiesCreated: 6,
      linksCreated: 5,
      factsAdded: 9,
    });
    // Each fact and link is recorded as coming from the import, with the grading the file carried.
    const job = first.json().jobId;
    const provenance = async (table: 'entity_facts' | 'entity_links') =>
      new Set(
        (
          await t.database.db
            .selectFrom(table)
            .select(['import_id', 'report_id', 'source_grade', 'info_grade'])
            .where('agency_id', '=', ngo.agencyId)
            .execute()
        ).map((r) => `${r.import_id === job} ${r.report_id} ${r.source_grade}${r.info_grade}`),
      );
    expect(await provenance('entity_facts')).toEqual(new Set(['true null 2B']));
    expect(await provenance('entity_links')).toEqual(new Set(['true null 1A']));
    const again = await exportOf(ngo);
    expect(comparable(again.body)).toEqual(comparable(exported));
    const before = await count('entities', ngo.agencyId);
    const twice = await importInto(ngo, exported, 'copy.ndjson');
    expect(twice.statusCode).toBe(200);
    expect(twice.json().status).toBe('already_imported');
    expect(await count('entities', ngo.agencyId)).toBe(before);
    // What was imported is found by search, as if typed in by hand.
    const found = (await api(ngo, 'GET', '/api/intel/search?q=081-234-5678')).json();
    expect(found.entities.map((e: { label: string }) => e.label)).toContain('+66812345678');
    const byName = (await api(ngo, 'GET', `/api/intel/search?q=${encodeURIComponent('Ko Aung')}`)).json();
    expect(byName.entities[0]?.label).toBe('Ko Aung');
  });

  it('gives nothing to those without intel.read, and another agency none of ours', async () => {
    const monitor = await makeUser(t, ['monitor'], { totp: false });
    const cookie = await signIn(t, monitor);
    const denied = await t.app.inject({
      method: 'GET',
      url: '/api/intel/export/ftm',
      ...withSession(cookie),
    });
    expect(denied.statusCode).toBe(403);
    const theirs = await exportOf(other);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body).toBe('');
  });
});
