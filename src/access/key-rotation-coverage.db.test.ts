import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemContext, openTitle } from '../intel/reports.ts';
import { loadConfig } from '../platform/config.ts';
import { referralNoteContext } from '../screening/sealed-fields.ts';
import { signIn, type TestApp, testAppOn, withSession } from '../server/testing.ts';
import { startDemoTestApp } from '../world/demo-testing.ts';
import { batchTransactions, resealRows } from './at-rest.ts';
import { keyId } from './crypto.ts';
import { rotateKeys } from './key-rotation.ts';
import { CANARY, type Filled, fillSealedTables } from './key-rotation-coverage-fixture.ts';
import { SEALED_COLUMNS } from './sealed-columns.ts';
import { unseal, unsealText } from './sealing.ts';

// A key rotation brings every sealed value under the new key, wherever it was sealed: after the demo and a value
// written through each module that seals one, all under the old key, a rotation leaves no value of any text or
// JSON column of any table naming the old key (a column missing from sealed-columns.ts fails here); then, with
// the old key retired, every module still reads what it sealed.

// The old key is the one the demo was loaded under (a copy of the test worker's demo database).
let oldKey: string;
let oldPrefix: string;
const newKey = randomBytes(32).toString('hex');
const env = {
  LANTERN_DATA_DIR: '/nonexistent-lantern-test',
  LANTERN_WEB_DIR: '/nonexistent-lantern-web',
  PORT: '80',
};
let t: TestApp;
let filled: Filled;
let loadMs = 0;

beforeAll(async () => {
  const at = Date.now();
  ({ t, secretKey: oldKey } = await startDemoTestApp());
  oldPrefix = `s1.${keyId(Buffer.from(oldKey, 'hex'))}.`;
  filled = await fillSealedTables(t);
  loadMs = Date.now() - at;
}, 300_000);
afterAll(() => t?.close());

/** Every text, varchar, JSON and array column of every table, with how many of its values name `prefix`. */
async function valuesUnder(prefix: string): Promise<Record<string, number>> {
  const db = t.database.db;
  const columns = await sql<{ table_name: string; column_name: string }>`
    SELECT c.table_name, c.column_name FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      AND (c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY'))
    ORDER BY 1, 2`.execute(db);
  const out: Record<string, number> = {};
  for (const { table_name: tn, column_name: cn } of columns.rows) {
    const { rows } = await sql<{ n: string | number }>`
      SELECT count(*) AS n FROM ${sql.table(tn)} WHERE strpos(${sql.ref(cn)}::text, ${prefix}) > 0`.execute(
      db,
    );
    const n = Number(rows[0]?.n ?? 0);
    if (n > 0) out[`${tn}.${cn}`] = n;
  }
  return out;
}

describe('a key rotation', { timeout: 300_000 }, () => {
  it('leaves no value under the old key, in any column of any table', async () => {
    process.stdout.write(`coverage fill (demo and every sealing module): ${loadMs} ms\n`);
    const before = await valuesUnder(oldPrefix);
    // Every table the registry declares was filled (so the scan below means something for each).
    for (const { table, columns } of SEALED_COLUMNS)
      expect(
        columns.some((c) => (before[`${table}.${c.name}`] ?? 0) > 0),
        `${table} holds no value sealed under the old key`,
      ).toBe(true);
    const at = Date.now();
    const config = loadConfig({
      DATABASE_URL: 'postgres://unused/db',
      LANTERN_SECRET_KEY: newKey,
      LANTERN_RETIRED_KEYS: oldKey,
    });
    const r = await rotateKeys(t.database, config, { compact: 'light' });
    process.stdout.write(`rotation: ${Date.now() - at} ms, ${JSON.stringify(r.counts)}\n`);
    expect(await valuesUnder(oldPrefix)).toEqual({});
  });

  it('pages through every table, whatever its key (one row a page, composite and numeric keys too)', async () => {
    const [oldK, newK] = [Buffer.from(oldKey, 'hex'), Buffer.from(newKey, 'hex')];
    const newPrefix = `s1.${keyId(newK)}.`;
    const [oldFirst, newFirst] = [
      [
        { id: keyId(oldK), key: oldK },
        { id: keyId(newK), key: newK },
      ],
      [
        { id: keyId(newK), key: newK },
        { id: keyId(oldK), key: oldK },
      ],
    ];
    await resealRows(batchTransactions(t.database.db), oldFirst, 'all', 1);
    expect(await valuesUnder(newPrefix)).toEqual({});
    const counts = await resealRows(batchTransactions(t.database.db), newFirst, 'all', 1);
    expect(counts.inspectionFindings).toBe(2);
    expect(counts.inspectionBreaches).toBe(2);
    expect(await valuesUnder(oldPrefix)).toEqual({});
  });

  it('leaves every value readable once the old key is retired', async () => {
    // The same database served with the new key alone.
    const config = loadConfig({ ...env, LANTERN_SECRET_KEY: newKey });
    const app = await testAppOn(config, t.database, { now: t.clock.now + 120_000 });
    try {
      const cookies: Record<string, string> = {};
      for (const [role, user] of Object.entries(filled.users)) {
        app.clock.advance(31_000);
        cookies[role] = await signIn(app, user);
      }
      const get = async (url: string, role: keyof Filled['users']) => {
        const res = await app.app.inject({ method: 'GET', url, ...withSession(cookies[role] ?? '') });
        expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
        return res.body;
      };
      const c = `/api/protection/cases/${filled.caseId}`;
      const casePage = await get(c, 'worker');
      expect(casePage).toContain(CANARY.needNote);
      expect(casePage).toContain(CANARY.childStep);
      expect(await get(`${c}/identity`, 'worker')).toContain(CANARY.identityName);
      const reintegration = await get(`${c}/reintegration`, 'worker');
      expect(reintegration).toContain(CANARY.plan);
      expect(reintegration).toContain(CANARY.followUp);
      expect(await get(`${c}/witness`, 'worker')).toContain(CANARY.measure);
      expect(await get(`${c}/transfers`, 'worker')).toContain(CANARY.transfer);
      expect(await get(`/api/screenings/${filled.screeningId}`, 'screener')).toContain('Person 7');
      const inspection = await get(`/api/monitoring/inspections/${filled.inspectionId}`, 'inspector');
      for (const v of [CANARY.interview, CANARY.observation, CANARY.breach, CANARY.items])
        expect(inspection).toContain(v);
      expect(await get('/api/monitoring/inspections/interests', 'colleague')).toContain(CANARY.interest);
      expect(await get('/api/monitoring/inspections/referred-workers', 'screener')).toContain(
        CANARY.interview,
      );
      expect(await get(`/api/monitoring/tips/${filled.enteredTip}/intake`, 'hotline')).toContain(
        CANARY.tipReporter,
      );
      expect(await get(`/api/monitoring/tips/${filled.publicTip}/intake`, 'hotline')).toContain(
        CANARY.contact,
      );
      const thread = await get(`/api/monitoring/tips/${filled.publicTip}/thread`, 'hotline');
      expect(thread).toContain(CANARY.reporterMessage);
      expect(thread).toContain(CANARY.reply);
      // With no reader of its own: a referral's note, the demo's reports and their items, opened with the new key.
      const ring = config.secretKeys;
      const db = t.database.db;
      const referral = await db.selectFrom('referrals').select(['id', 'note']).executeTakeFirstOrThrow();
      expect(unsealText(ring, referral.note, referralNoteContext(referral.id))).toBe(CANARY.referral);
      const reports = await db.selectFrom('intel_reports').select(['id', 'title']).execute();
      expect(reports.length).toBeGreaterThan(0);
      for (const r of reports) expect(openTitle(ring, r)).not.toBe('');
      const items = await db.selectFrom('intel_report_items').select(['report_id', 'n', 'text']).execute();
      for (const i of items) expect(unseal(ring, i.text, itemContext(i.report_id, i.n))).not.toBe('');
    } finally {
      await app.app.close();
    }
  });
});
