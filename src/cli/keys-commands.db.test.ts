import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskFolder, startDiskApp } from '../access/at-rest-testing.ts';
import { keyId } from '../access/crypto.ts';
import { stepAt, totpCode } from '../access/totp.ts';
import { readKeyFile } from '../platform/key-file.ts';
import { cookieOf, makeUser, signIn, type TestApp, type TestUser, withSession } from '../server/testing.ts';

// `lantern keys rotate` on an embedded data folder: a new key first in the key file, the old one kept after it,
// every sealed value (screenings, cases, referral notes, report items, second-factor secrets) sealed again
// under the new key, the report search terms hashed again; what was written before still reads.

const folder = diskFolder();
const env = {
  ...process.env,
  LANTERN_DATA_DIR: folder.dataDir,
  LANTERN_KEY_FILE: folder.keyFile,
  DATABASE_URL: '',
  LANTERN_SECRET_KEY: '',
};
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['bin/lantern.js', ...args], { env }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );

const I = {
  job: 'deceptive_recruitment.deceived_about_the_nature_of_the_job_location_or',
  wages: 'deceptive_recruitment.deceived_about_wages_earnings',
  hours: 'exploitative_conditions_of_work.excessive_working_days_or_hours',
  salary: 'exploitative_conditions_of_work.low_or_no_salary',
};

let t: TestApp;
let officer: TestUser;
let analyst: TestUser;
let enrolled: TestUser;
let screeningId = '';
let reportId = '';
let oldKey: Buffer;
let minutes = 0;
/** Each start a few minutes later: a second factor's code is never accepted twice. */
const restart = () => startDiskApp(folder, Date.now() + ++minutes * 120_000);

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await startDiskApp(folder);
  officer = await makeUser(t, ['screening_officer']);
  analyst = await makeUser(t, ['analyst'], { agencyId: officer.agencyId });
  const provider = await t.database.db
    .insertInto('service_providers')
    .values({
      agency_id: null,
      name: 'Shelter',
      kind: 'shelter',
      languages: [],
      area: '',
      accepts_children: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const cookie = await signIn(t, officer);
  const s = await call('POST', '/api/screenings', cookie, {
    source: 'tip',
    sourceRef: 'TIP-7',
    pseudonym: 'Person 7',
    place: { kind: 'shelter', description: 'Interview room' },
    language: 'my',
    interpreter: { used: true, name: 'Ma Aye', language: 'my' },
    consent: { interview: true, toldRights: true, toldOptions: true, toldServicesVoluntary: true },
    age: 16,
    ageDoubtful: false,
    guardian: 'Shelter guardian',
    exploitation: 'labour',
    setId: 'ilo-ec-2009-labour',
  });
  screeningId = s.json().id;
  const saved = await call('PATCH', `/api/screenings/${screeningId}`, cookie, {
    version: s.json().version,
    answers: Object.fromEntries(
      Object.values(I).map((id) => [id, { answer: 'yes', observation: `Seen: ${id}` }]),
    ),
  });
  await call('POST', `/api/screenings/${screeningId}/complete`, cookie, { version: saved.json().version });
  await call('POST', `/api/screenings/${screeningId}/referrals`, cookie, {
    providerId: provider.id,
    consent: true,
    sharedItems: ['pseudonym'],
    note: 'Needs a Burmese-speaking counsellor',
  });
  t.clock.advance(30_000);
  const a = await signIn(t, analyst);
  const source = (await call('POST', '/api/intel/sources', a, { code: 'S1', kind: 'informant' })).json().id;
  reportId = (
    await call('POST', '/api/intel/reports', a, {
      sourceId: source,
      reportedOn: '2026-09-01',
      title: 'Pier',
      handling: 'P',
      provenance: 'Told by a deckhand',
      items: [{ text: 'Workers moved at night from the fishing pier', sourceGrade: '2', infoGrade: 'C' }],
    })
  ).json().id;
  // One second factor sealed by the app (enrolled through the API), the others by the test helper.
  enrolled = await makeUser(t, ['screening_officer'], { agencyId: officer.agencyId, totp: false });
  const first = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username: enrolled.username, password: 'a long test passphrase 1' },
  });
  const secret = (await call('POST', '/api/auth/enrolment/start', cookieOf(first) ?? '')).json().secret;
  await call('POST', '/api/auth/enrolment/confirm', cookieOf(first) ?? '', {
    code: totpCode(secret, stepAt(t.clock.now)),
  });
  enrolled = { ...enrolled, secret };
  await t.close();
  [oldKey] = readKeyFile(folder.keyFile) as [Buffer];
}, 120_000);
afterAll(() => folder.remove());

/** Every sealed value in the database, by where it is. */
async function sealedValues(app: TestApp): Promise<[string, string][]> {
  const db = app.database.db;
  const out: [string, string][] = [];
  for (const s of await db.selectFrom('screenings').selectAll().execute()) {
    out.push(['pseudonym', s.pseudonym], ['place', s.place_description], ['source_ref', s.source_ref ?? '']);
    out.push(['guardian', s.guardian_enc ?? ''], ['interpreter', (s.interpreter as { name: string }).name]);
    for (const [id, a] of Object.entries(s.answers as Record<string, { observation: string }>))
      out.push([`observation ${id}`, a.observation]);
  }
  for (const c of await db.selectFrom('protection_cases').select('pseudonym').execute())
    out.push(['case', c.pseudonym]);
  for (const r of await db.selectFrom('referrals').select('note').execute()) out.push(['note', r.note]);
  for (const r of await db.selectFrom('intel_reports').select(['title', 'provenance']).execute())
    out.push(['title', r.title], ['provenance', r.provenance]);
  for (const i of await db.selectFrom('intel_report_items').select('text').execute())
    out.push(['item', i.text]);
  for (const u of await db.selectFrom('users').select(['username', 'totp_secret_enc']).execute())
    if (u.totp_secret_enc) out.push([`totp ${u.username}`, u.totp_secret_enc]);
  return out;
}

// On an embedded data folder whatever the run's database: the pass on a PostgreSQL server would repeat it.
describe.skipIf(process.env.DATABASE_URL)('lantern keys rotate', { timeout: 120_000 }, () => {
  it('writes a new key first in the key file, keeps the old one after it, and seals everything under the new one', async () => {
    const r = await run('keys', 'rotate');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/New key [0-9a-f]{16} written first/);
    expect(r.out).toMatch(
      /1 screenings, 1 referrals, 1 protection cases, 0 protection notes, 1 reports, 1 report items, 0 tips, 0 messages with reporters, 0 labour inspection records, 3 second-factor secrets/,
    );
    const keys = readKeyFile(folder.keyFile);
    expect(keys).toHaveLength(2);
    expect(keys[1]?.equals(oldKey)).toBe(true);
    expect(keys[0]?.equals(oldKey)).toBe(false);
    // No key is printed, only ids.
    expect(r.out + r.err).not.toContain((keys[0] as Buffer).toString('hex'));
    const list = await run('keys', 'list');
    expect(list.out).toContain(`${keyId(keys[0] as Buffer)}  current`);
    expect(list.out).toContain(`${keyId(oldKey)}  retired`);

    t = await restart();
    try {
      const values = await sealedValues(t);
      expect(values.length).toBeGreaterThan(12);
      const newId = keyId(keys[0] as Buffer);
      for (const [where, v] of values) expect(v, where).toMatch(new RegExp(`^s1\\.${newId}\\.`));
      const audit = await t.database.db
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'keys.rotate')
        .executeTakeFirstOrThrow();
      expect(audit.detail).toMatchObject({ from: keyId(oldKey), to: newId, generated: true });
    } finally {
      await t.close();
    }
  });

  it('reads what was written before, finds it by search, and signs in with the second factors', async () => {
    t = await restart();
    try {
      const cookie = await signIn(t, officer);
      const s = (await call('GET', `/api/screenings/${screeningId}`, cookie)).json();
      expect(s).toMatchObject({
        pseudonym: 'Person 7',
        sourceRef: 'TIP-7',
        guardian: 'Shelter guardian',
        interpreter: { name: 'Ma Aye' },
      });
      expect(s.answers[I.job].observation).toBe(`Seen: ${I.job}`);
      expect((await call('GET', '/api/protection/cases', cookie)).json().cases[0].pseudonym).toBe('Person 7');
      const a = await signIn(t, analyst);
      const found = (await call('GET', '/api/intel/search?q=fishing%20pier', a)).json();
      expect(found.reports.map((x: { id: string }) => x.id)).toEqual([reportId]);
      expect((await call('GET', `/api/intel/reports/${reportId}`, a)).json()).toMatchObject({
        title: 'Pier',
        provenance: 'Told by a deckhand',
      });
      expect(await signIn(t, enrolled)).toBeTruthy();
    } finally {
      await t.close();
    }
  });

  it('needs only the new key afterwards: nothing is left sealed under the old one', async () => {
    const [newKey] = readKeyFile(folder.keyFile) as [Buffer];
    writeFileSync(folder.keyFile, `${newKey.toString('hex')}\n`, { mode: 0o600 });
    t = await restart();
    try {
      expect(t.config.secretKeys.map((k) => k.id)).toEqual([keyId(newKey)]);
      const cookie = await signIn(t, officer);
      expect((await call('GET', `/api/screenings/${screeningId}`, cookie)).json().guardian).toBe(
        'Shelter guardian',
      );
      const a = await signIn(t, analyst);
      expect((await call('GET', `/api/intel/reports/${reportId}`, a)).json().items[0].text).toContain(
        'fishing pier',
      );
    } finally {
      await t.close();
    }
  });
});
