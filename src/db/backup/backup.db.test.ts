import { randomBytes } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../access/audit.ts';
import { registerAuditKeys } from '../../access/audit-keys.ts';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { insertAgency } from '../../access/users-store.ts';
import { importFile } from '../../intel/imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../../intel/imports/mapping.ts';
import { loadConfig } from '../../platform/config.ts';
import { readKeyFile } from '../../platform/key-file.ts';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  testAppOn,
  withSession,
} from '../../server/testing.ts';
import { connectPostgres, type Db, openDatabase } from '../connection.ts';
import { writeBackup } from './backup.ts';
import { BackupError } from './errors.ts';
import { type RestoreTarget, restoreFile } from './restore-target.ts';
import { SESSION_SETTINGS, tableShapes } from './snapshot.ts';

// A database with people's sealed words, intelligence found through keyed search terms, awkward text and an
// upload waiting for its import is backed up and restored into an empty data folder (and, on a PostgreSQL run,
// an empty database too): every table holds the same rows, the audit chain verifies with one more entry (the
// restore), the app reads the sealed data back. A wrong passphrase, a byte changed and a target with data are
// refused with nothing written.

const CHEAP = { memoryKiB: 8192, passes: 1, lanes: 1 };
const PASS = 'backup passphrase for tests';
const root = mkdtempSync(join(tmpdir(), 'lantern-backup-'));
const archive = join(root, 'lantern.lbk');
const serverUrl = process.env.DATABASE_URL;

let t: TestApp;
let officer: TestUser;
let analyst: TestUser;
let screeningId = '';
let reportId = '';
let before: Record<string, string>;
let headBefore = 0;
const uploadBytes = randomBytes(200_000);
const made: string[] = [];

const I = 'deceptive_recruitment.deceived_about_wages_earnings';
const call = (
  app: TestApp,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  cookie: string,
  payload?: object,
) => app.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

/** Each table's rows and a digest of their text; the audit log up to `upTo` (a restore adds its own entry). */
async function digest(db: Db, upTo?: number): Promise<Record<string, string>> {
  return db.db.transaction().execute(async (trx) => {
    const query = async <R>(text: string) =>
      (await trx.executeQuery<R>({ sql: text, parameters: [], query: {} } as never)).rows;
    for (const s of SESSION_SETTINGS) await query(s);
    const out: Record<string, string> = {};
    for (const { name } of await tableShapes(query)) {
      // Where an upload waits depends on the data folder: its name is compared.
      const row =
        name === 'import_jobs'
          ? `(to_jsonb(x) - 'upload_path' || jsonb_build_object('upload', regexp_replace(x.upload_path, '^.*/', '')))::text`
          : 'x::text';
      const where = name === 'audit_log' && upTo ? ` WHERE seq <= ${upTo}` : '';
      if (name === 'audit_head') continue;
      const [r] = await query<{ n: string; h: string }>(
        `SELECT count(*)::text AS n, md5(coalesce(string_agg(${row}, E'\\n' ORDER BY ${row} COLLATE "C"), '')) AS h
         FROM public."${name}" x${where}`,
      );
      out[name] = `${r?.n} ${r?.h}`;
    }
    // The schema too: every index, constraint and trigger (and whether it fires) as the migrations made them; not
    // the NOT NULL constraints, which PostgreSQL 18 (PGlite) lists there and earlier servers do not.
    const [schema] = await query<{ s: string }>(`
      SELECT string_agg(d, E'\n' ORDER BY d COLLATE "C") AS s FROM (
        SELECT pg_get_indexdef(i.indexrelid) AS d FROM pg_index i
          JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace = 'public'::regnamespace
        UNION ALL SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
          FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype <> 'n'
        UNION ALL SELECT tgrelid::regclass::text || ' ' || tgname || ' ' || tgenabled::text
          FROM pg_trigger WHERE NOT tgisinternal) x`);
    out['(schema)'] = schema?.s ?? '';
    return out;
  });
}

beforeAll(async () => {
  t = await startTestApp();
  officer = await makeUser(t, ['screening_officer']);
  analyst = await makeUser(t, ['analyst'], { agencyId: officer.agencyId });
  const cookie = await signIn(t, officer);
  const s = await call(t, 'POST', '/api/screenings', cookie, {
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
  await call(t, 'PATCH', `/api/screenings/${screeningId}`, cookie, {
    version: s.json().version,
    answers: { [I]: { answer: 'yes', observation: 'Told of 9,000 baht,\nwas paid "nothing"\t\\ at all' } },
  });
  t.clock.advance(30_000);
  const a = await signIn(t, analyst);
  const source = (await call(t, 'POST', '/api/intel/sources', a, { code: 'S1', kind: 'informant' })).json()
    .id;
  reportId = (
    await call(t, 'POST', '/api/intel/reports', a, {
      sourceId: source,
      reportedOn: '2026-09-01',
      title: 'Pier',
      handling: 'P',
      provenance: 'Told by a deckhand',
      items: [{ text: 'Workers moved at night from the fishing pier', sourceGrade: '2', infoGrade: 'C' }],
    })
  ).json().id;
  // Text COPY must carry whole: tabs, newlines, backslashes, quotes and several scripts.
  await insertAgency(t.database.db, 'Tab\there, line\nthere, back\\slash, "quoted", ស្ថានីយ ท่าเรือ 码头', 'ngo');
  // Calls of a large import, in a partition of their own (made by the import, not by a migration).
  const calls = join(root, 'calls.csv');
  writeFileSync(
    calls,
    `call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon\n${Array.from(
      { length: 30 },
      (_, i) =>
        `C${i},+66812345678,+668999990${10 + i},2026-05-05T03:34:04+07:00,${i},voice,TH-001-01,13.7,100.5`,
    ).join('\n')}\n`,
  );
  const imported = await importFile(t.database, {
    actor: SYSTEM_CLI,
    agencyId: officer.agencyId,
    path: calls,
    mapping: BUILT_IN_MAPPINGS.lantern as ColumnMapping,
    acceptSkips: false,
    stageFromBytes: 0,
  });
  expect(imported.status).toBe('completed');
  await t.app.close();
  // An upload waiting for its import (the app is stopped, so no runner takes it).
  const uploads = join(root, 'source-uploads');
  mkdirSync(uploads);
  writeFileSync(join(uploads, 'waiting.csv'), uploadBytes);
  await t.database.db
    .insertInto('import_jobs')
    .values({
      agency_id: officer.agencyId,
      kind: 'calls',
      file_name: 'calls.csv',
      file_sha256: '0'.repeat(64),
      file_bytes: uploadBytes.length,
      mapping: 'generic',
      status: 'queued',
      accept_skips: false,
      message: null,
      created_by: 'test',
      finished_at: null,
      upload_path: join(uploads, 'waiting.csv'),
    })
    .execute();
  const r = await writeBackup(t.database, createWriteStream(archive, { flags: 'wx' }), {
    passphrase: PASS,
    keys: t.config.secretKeys,
    withKeys: true,
    kdf: CHEAP,
  });
  expect(r.manifest.uploads).toEqual({ files: 1, bytes: uploadBytes.length, gone: 0 });
  before = await digest(t.database);
  headBefore = Number(
    (await t.database.db.selectFrom('audit_head').select('seq').executeTakeFirstOrThrow()).seq,
  );
}, 120_000);

afterAll(async () => {
  await t.database.close();
  if (serverUrl)
    for (const name of made) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => admin.end());
    }
  rmSync(root, { recursive: true, force: true });
});

/** A new, empty database on the test server. */
async function emptyServerDatabase(): Promise<string> {
  const name = `lantern_r_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`).finally(() => admin.end());
  made.push(name);
  const u = new URL(serverUrl as string);
  u.pathname = `/${name}`;
  return u.toString();
}

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof BackupError) return e.problem;
    throw e;
  }
  return 'not refused';
};

/** The restored database, checked (then closed): same rows, the chain verifies, the app reads what was sealed. */
async function checkRestored(database: Db, env: Record<string, string>) {
  expect(await digest(database, headBefore)).toEqual(before);
  const config = loadConfig({ LANTERN_WEB_DIR: '/nonexistent-lantern-web', PORT: '80', ...env }, () => {});
  registerAuditKeys(database.db, config.secretKeys);
  expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: headBefore + 1 });
  const last = await database.db
    .selectFrom('audit_log')
    .select(['action', 'detail'])
    .where('seq', '=', String(headBefore + 1))
    .executeTakeFirstOrThrow();
  expect(last.action).toBe('backup.restore');
  const job = await database.db
    .selectFrom('import_jobs')
    .select('upload_path')
    .where('upload_path', 'is not', null)
    .executeTakeFirstOrThrow();
  expect(readFileSync(job.upload_path as string).equals(uploadBytes)).toBe(true);
  // Minutes later: a second factor's code is never accepted twice.
  const app = await testAppOn(config, database, { now: t.clock.now + 10 * 60_000 });
  try {
    const cookie = await signIn(app, officer);
    const s = (await call(app, 'GET', `/api/screenings/${screeningId}`, cookie)).json();
    expect(s).toMatchObject({
      pseudonym: 'Person 7',
      guardian: 'Shelter guardian',
      interpreter: { name: 'Ma Aye' },
    });
    expect(s.answers[I].observation).toBe('Told of 9,000 baht,\nwas paid "nothing"\t\\ at all');
    const a = await signIn(app, analyst);
    const found = (await call(app, 'GET', '/api/intel/search?q=fishing%20pier', a)).json();
    expect(found.reports.map((x: { id: string }) => x.id)).toEqual([reportId]);
  } finally {
    await app.close();
  }
}

describe('lantern backup and restore', { timeout: 180_000 }, () => {
  const folder = join(root, 'restored');
  const embedded: RestoreTarget = {
    kind: 'embedded',
    dataDir: join(folder, 'data'),
    keyFile: join(folder, 'keys', 'lantern.key'),
  };

  it('refuses a wrong passphrase and writes nothing', async () => {
    expect(await refusal(restoreFile(archive, 'not the passphrase', embedded, false))).toBe(
      'wrongPassphrase',
    );
    expect(existsSync(folder)).toBe(false);
  });

  it('refuses an archive with one byte changed and writes nothing', async () => {
    const spoiled = join(root, 'spoiled.lbk');
    const bytes = readFileSync(archive);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = (bytes[at] as number) ^ 0x01;
    writeFileSync(spoiled, bytes);
    expect(await refusal(restoreFile(spoiled, PASS, embedded, false))).toBe('partAltered');
    expect(existsSync(folder)).toBe(false);
  });

  it('restores into an empty data folder, keys and waiting upload included', async () => {
    const r = await restoreFile(archive, PASS, embedded, false);
    expect(r.keyFileWritten).toBe(true);
    expect(readKeyFile(embedded.keyFile).map((k) => k.toString('hex'))).toEqual(
      t.config.secretKeys.map((k) => k.key.toString('hex')),
    );
    const database = await openDatabase({ dataDir: embedded.dataDir });
    await checkRestored(database, { LANTERN_DATA_DIR: embedded.dataDir, LANTERN_KEY_FILE: embedded.keyFile });
  });

  it('refuses a data folder that holds data unless told, and then keeps the one it replaces', async () => {
    const database = await openDatabase({ dataDir: embedded.dataDir });
    const held = await digest(database);
    await database.close();
    expect(await refusal(restoreFile(archive, PASS, embedded, false))).toBe('targetNotEmpty');
    const again = await openDatabase({ dataDir: embedded.dataDir });
    expect(await digest(again)).toEqual(held);
    await again.close();
    const r = await restoreFile(archive, PASS, embedded, true);
    expect(r.replacedDir && existsSync(r.replacedDir)).toBe(true);
  });

  it.skipIf(!serverUrl)(
    'restores into an empty PostgreSQL database, and refuses it once it holds data',
    async () => {
      const url = await emptyServerDatabase();
      const target: RestoreTarget = {
        kind: 'postgres',
        url,
        uploadsDir: join(root, 'server-uploads'),
        configuredKeys: t.config.secretKeys,
      };
      await restoreFile(archive, PASS, target, false);
      // Checked through the app, which closes the database when it stops.
      await checkRestored(connectPostgres(url, 2), {
        DATABASE_URL: url,
        LANTERN_SECRET_KEY: t.config.secretKey.toString('hex'),
      });
      const database = connectPostgres(url, 2);
      try {
        const held = await digest(database);
        expect(await refusal(restoreFile(archive, PASS, target, false))).toBe('targetNotEmpty');
        expect(await digest(database)).toEqual(held);
      } finally {
        await database.close();
      }
    },
  );
});
