import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection.ts';
import { migrateToLatest, migrator } from '../db/migrate.ts';
import { makeUser, signIn, type TestApp, withSession } from '../server/testing.ts';
import { sealPendingRows } from './at-rest.ts';
import { diskFolder, scanFolder, startDiskApp } from './at-rest-testing.ts';
import { noCounts } from './sealed-columns.ts';
import { insertAgency, insertUser } from './users-store.ts';

// Rows written in clear before encryption at rest: the migration marks them, the next start seals them (the
// migration has no key), the tables are rewritten so their old versions leave the table files, and the
// write-ahead log segments that recorded them are deleted (without that pass both held every value).

const SEALING_MIGRATION = '20261202_1100_sealed_text';
const unique = (label: string) => `${label}${randomBytes(9).toString('hex')}`;
const C = {
  pseudonym: unique('OldPseudonym'),
  place: unique('OldPlace'),
  sourceRef: unique('OldSourceRef'),
  interpreter: unique('OldInterpreter'),
  observation: unique('OldObservation'),
  note: unique('OldNote'),
  reportText: unique('OldReportText'),
  title: unique('OldTitle'),
  provenance: unique('OldProvenance'),
};
const INDICATOR = 'deceptive_recruitment.deceived_about_wages_earnings';

const folder = diskFolder();
let agencyId = '';
let screeningId = '';
let reportId = '';
let t: TestApp;

beforeAll(async () => {
  // The schema as it was before encryption at rest, with rows written in clear.
  const database = await openDatabase({ dataDir: folder.dataDir });
  const names = (await migrator(database.db).getMigrations()).map((m) => m.name);
  const before = names[names.indexOf(SEALING_MIGRATION) - 1] as string;
  const r = await migrator(database.db).migrateTo(before);
  if (r.error) throw r.error;
  const db = database.db;
  agencyId = await insertAgency(db, 'Shelter NGO', 'ngo');
  const userId = await insertUser(db, { agencyId, username: 'old.officer', displayName: 'Old', roles: [] });
  const s = await db
    .insertInto('screenings')
    .values({
      agency_id: agencyId,
      created_by: userId,
      source: 'tip',
      source_ref: C.sourceRef,
      pseudonym: C.pseudonym,
      place_kind: 'shelter',
      place_description: C.place,
      language: 'my',
      interpreter: JSON.stringify({ used: true, name: C.interpreter, language: 'my' }),
      consent: JSON.stringify({
        interview: true,
        toldRights: true,
        toldOptions: true,
        toldServicesVoluntary: true,
      }),
      age: 30,
      age_doubtful: false,
      guardian_enc: null,
      exploitation: 'labour',
      set_id: 'ilo-ec-2009-labour',
      set_version: '2009-09',
      answers: JSON.stringify({ [INDICATOR]: { answer: 'yes', observation: C.observation } }),
      status: 'in_progress',
      evaluation: 'null',
      non_punishment: false,
      completed_at: null,
      updated_at: new Date(),
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  screeningId = s.id;
  await db
    .insertInto('protection_cases')
    .values({
      agency_id: agencyId,
      screening_id: screeningId,
      pseudonym: C.pseudonym,
      exploitation: 'labour',
      child: false,
      status: 'open',
      opened_by: userId,
    } as never)
    .execute();
  const provider = await db
    .insertInto('service_providers')
    .values({
      agency_id: null,
      name: 'Shelter',
      kind: 'shelter',
      languages: [],
      area: '',
      accepts_children: false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('referrals')
    .values({
      screening_id: screeningId,
      provider_id: provider.id,
      consent_given: true,
      consent_recorded_at: new Date(),
      shared_items: ['pseudonym'],
      note: C.note,
      status: 'sent',
      created_by: userId,
      updated_at: new Date(),
    } as never)
    .execute();
  const source = await db
    .insertInto('intel_sources')
    .values({ agency_id: agencyId, code: 'S1', kind: 'informant', description: '' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const report = await db
    .insertInto('intel_reports')
    .values({
      agency_id: agencyId,
      source_id: source.id,
      reported_on: '2026-01-05',
      title: C.title,
      handling: 'P',
      action_code: null,
      sanitisation_code: null,
      tlp: null,
      provenance: C.provenance,
      sanitised_from: null,
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  reportId = report.id;
  await db
    .insertInto('intel_report_items')
    .values({
      report_id: reportId,
      n: 1,
      text: `Met ${C.reportText} at the pier`,
      source_grade: '2',
      info_grade: 'B',
    } as never)
    .execute();
  await migrateToLatest(db);
  await database.close();

  // The next start seals them, as `lantern serve` (and every command) does.
  t = await startDiskApp(folder);
}, 120_000);
afterAll(() => folder.remove());

// On an embedded data folder whatever the run's database: the pass on a PostgreSQL server would repeat it.
describe.skipIf(process.env.DATABASE_URL)('rows written before encryption at rest', () => {
  it('are sealed at the next start, with nothing left marked to seal', async () => {
    const db = t.database.db;
    const s = await db
      .selectFrom('screenings')
      .selectAll()
      .where('id', '=', screeningId)
      .executeTakeFirstOrThrow();
    const stored = JSON.stringify(s);
    for (const v of [C.pseudonym, C.place, C.sourceRef, C.interpreter, C.observation])
      expect(stored).not.toContain(v);
    expect(s.pseudonym).toMatch(/^s1\.[0-9a-f]{16}\./);
    const cases = await db.selectFrom('protection_cases').select('pseudonym').execute();
    expect(cases[0]?.pseudonym).toMatch(/^s1\./);
    const notes = await db.selectFrom('referrals').select('note').execute();
    expect(notes[0]?.note).toMatch(/^s1\./);
    const items = await db.selectFrom('intel_report_items').select('text').execute();
    expect(items[0]?.text).toMatch(/^s1\./);
    const reports = await db.selectFrom('intel_reports').select(['title', 'provenance']).execute();
    expect(reports[0]?.title).toMatch(/^s1\./);
    expect(reports[0]?.provenance).toMatch(/^s1\./);
    for (const table of [
      'screenings',
      'referrals',
      'protection_cases',
      'intel_reports',
      'intel_report_items',
    ] as const) {
      const left = await db.selectFrom(table).select('needs_seal').where('needs_seal', '=', true).execute();
      expect(left, table).toEqual([]);
    }
    // Idempotent: a second pass finds nothing.
    expect(await sealPendingRows(t.database, t.config.secretKeys)).toEqual(noCounts());
  });

  it('reads as before through the API, and the old report is found by its words', async () => {
    const officer = await makeUser(t, ['screening_officer'], { agencyId });
    const cookie = await signIn(t, officer);
    const get = (url: string, c = cookie) => t.app.inject({ method: 'GET', url, ...withSession(c) });
    const s = (await get(`/api/screenings/${screeningId}`)).json();
    expect(s).toMatchObject({
      pseudonym: C.pseudonym,
      sourceRef: C.sourceRef,
      place: { description: C.place },
      interpreter: { name: C.interpreter },
    });
    expect(s.answers[INDICATOR].observation).toBe(C.observation);
    expect((await get('/api/protection/cases')).json().cases[0].pseudonym).toBe(C.pseudonym);
    t.clock.advance(30_000);
    const analyst = await signIn(t, await makeUser(t, ['analyst'], { agencyId }));
    const found = (await get(`/api/intel/search?q=${C.reportText}`, analyst)).json();
    expect(found.reports.map((r: { id: string }) => r.id)).toEqual([reportId]);
    const report = (await get(`/api/intel/reports/${reportId}`, analyst)).json();
    expect(report.items[0].text).toContain(C.reportText);
    expect(report).toMatchObject({ title: C.title, provenance: C.provenance });
  });

  it('leaves none of the old text in any file of the data folder, write-ahead log included', async () => {
    await t.close();
    const scan = scanFolder(folder.dataDir, C);
    expect(scan.read.some((f) => f.includes('pg_wal/'))).toBe(true);
    expect(scan.found).toEqual({});
  });
});
