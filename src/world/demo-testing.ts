import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { openSnapshot, snapshotSource, type TestSnapshot } from '../db/testing.ts';
import { type TestApp, testAppOn, testConfig } from '../server/testing.ts';
import { loadDemo } from './demo.ts';
import { loadDemoIntelligence } from './demo-intel.ts';

type Loaded = Awaited<ReturnType<typeof loadDemoIntelligence>>;

interface DemoSnapshot {
  snapshot: TestSnapshot;
  /** The secret key the demo's sealed fields and audit entries were written under. */
  secretKey: string;
  loaded: Loaded;
}

// Made once per test worker (the database tests share a worker's modules from file to file), on the first call.
let made: Promise<DemoSnapshot> | undefined;

/** Loads the demo and its intelligence into a new database as `lantern serve` does, and keeps a copy of it. */
async function makeDemoSnapshot(): Promise<DemoSnapshot> {
  const secretKey = randomBytes(32).toString('hex');
  const source = await snapshotSource();
  const t = await testAppOn(testConfig({ LANTERN_SECRET_KEY: secretKey }), source.db, { demo: true });
  let loaded: Loaded;
  try {
    await loadDemo(t.database.db);
    loaded = await loadDemoIntelligence(t.database, t.config.secretKeys);
  } finally {
    // The server only: the database is kept for the copy.
    await t.app.close();
    rmSync(t.uploadDir, { recursive: true, force: true });
  }
  return { snapshot: await source.finish(), secretKey, loaded };
}

/**
 * A whole test server (with the demo's sign-in) on a new database holding the demo and its intelligence, what
 * loading the intelligence answered, and the secret key it was loaded under. Loading them takes about 15 s of processor time: it is done once per test
 * worker and each call gets a copy of that database, under the same secret key.
 */
export async function startDemoTestApp(): Promise<{ t: TestApp; loaded: Loaded; secretKey: string }> {
  made ??= makeDemoSnapshot();
  let demo: DemoSnapshot;
  try {
    demo = await made;
  } catch (e) {
    made = undefined;
    throw e;
  }
  const database = await openSnapshot(demo.snapshot);
  const t = await testAppOn(testConfig({ LANTERN_SECRET_KEY: demo.secretKey }), database, { demo: true });
  return { t, loaded: demo.loaded, secretKey: demo.secretKey };
}
