import type { ChildProcess } from 'node:child_process';
import { seededRandom } from '../src/intel/network/analysis/rng.ts';
import { checkDatabase, type Failures, resendLog, verifyChains } from './crash-checks.ts';
import { crashActors, signInAgain, Workload } from './crash-work.ts';
import { demoSetup, spawnServer, terminate } from './load-server.ts';
import { report } from './results.ts';

// `npm run bench -- crash`: kills `lantern serve` with SIGKILL at random moments while it imports call records,
// records custody transfers, saves screenings and takes field-log notes, restarts it each time, and checks that
// nothing was left half done and nothing acknowledged was lost.

export interface CrashOptions {
  kills: number;
  /** A PostgreSQL server to make a scratch database on; the embedded database without. */
  databaseUrl?: string | undefined;
  seed: number;
  /** Rows of each uploaded call-records file. */
  rows: number;
  /** The kill comes between these many seconds after the work starts. */
  killAfter: [number, number];
  /** How long to wait, after the last round, for the queued imports to end. */
  drainS: number;
  /** Says a line (each round's). */
  say: (line: string) => void;
}

export interface RoundResult {
  round: number;
  killedAfterS: number;
  busy: string;
  jobRunning: boolean;
  restartS: number;
  checks: number;
  failures: Failures;
}

export interface CrashSummary {
  engine: 'embedded' | 'postgres';
  rounds: RoundResult[];
  checks: number;
  checksPassed: number;
  importsCompleted: number;
  logEntries: number;
  custodyEntries: number;
  screeningSaves: number;
  failures: Failures;
  elapsedS: number;
}

const CHECKS_A_ROUND = 6;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;

async function kill(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGKILL');
  await exited;
}

/** Waits until no import job is queued or running, or `drainS` seconds pass; false if some never ended. */
async function drained(baseUrl: string, cookie: string, drainS: number): Promise<boolean> {
  const until = Date.now() + drainS * 1000;
  while (Date.now() < until) {
    const r = await fetch(`${baseUrl}/api/intel/imports?limit=200`, { headers: { cookie } });
    const { jobs } = (await r.json()) as { jobs?: { status: string }[] };
    if (!jobs) return false;
    if (!jobs.some((j) => j.status === 'queued' || j.status === 'running')) return true;
    await sleep(1000);
  }
  return false;
}

/** Runs the rounds on a new demo database and removes it afterwards; the caller judges the summary. */
export async function crashRounds(o: CrashOptions): Promise<CrashSummary> {
  const started = performance.now();
  const random = seededRandom(o.seed);
  const setup = await demoSetup({ databaseUrl: o.databaseUrl, prefix: 'lantern_crash' });
  let server: ChildProcess | null = null;
  const rounds: RoundResult[] = [];
  const failures: Failures = [];
  try {
    server = await spawnServer(setup);
    const actors = await crashActors(setup.baseUrl);
    const work = new Workload(setup.baseUrl, actors, random);
    let unfinished = 0;
    let leftBefore = new Set<string>();
    for (let round = 1; round <= o.kills; round++) {
      work.start(round, { rows: o.rows, uploadChance: unfinished < 2 ? 0.7 : 0 });
      const killedAfterS =
        Math.round((o.killAfter[0] + random() * (o.killAfter[1] - o.killAfter[0])) * 10) / 10;
      await sleep(killedAfterS * 1000);
      const busy = work.busy();
      await kill(server);
      await work.stop();
      const found: Failures = [...work.refused.splice(0)];
      found.push(...(await verifyChains(setup)));
      const state = await checkDatabase(setup, work, actors);
      found.push(...state.failures);
      // What the last kill left for the start to put right must be gone now.
      found.push(...state.pending.filter((p) => leftBefore.has(p)).map((p) => `${p}, still after a restart`));
      leftBefore = new Set(state.pending);
      unfinished = state.unfinishedJobs;
      const restarting = performance.now();
      try {
        server = await spawnServer(setup);
      } catch (e) {
        found.push(`the server did not start again: ${(e as Error).message}`);
        rounds.push({
          round,
          killedAfterS,
          busy,
          jobRunning: state.runningJobs > 0,
          restartS: 0,
          checks: CHECKS_A_ROUND,
          failures: found,
        });
        break;
      }
      const restartS = seconds(restarting);
      await signInAgain(setup.baseUrl, actors);
      found.push(...(await resendLog(setup.baseUrl, work, actors)));
      const r: RoundResult = {
        round,
        killedAfterS,
        busy: busy || 'idle',
        jobRunning: state.runningJobs > 0,
        restartS,
        checks: CHECKS_A_ROUND,
        failures: found,
      };
      rounds.push(r);
      o.say(
        `crash ${round}/${o.kills}: killed after ${killedAfterS} s (waiting: ${r.busy}${r.jobRunning ? '; an import job running' : ''}); restarted in ${restartS} s; ${found.length === 0 ? 'all checks passed' : `FAILED: ${found.join('; ')}`}`,
      );
    }
    // The end: the imports the kills interrupted resume and complete, then the server stops as an operator would.
    let completed = 0;
    if (server.exitCode === null && server.signalCode === null) {
      if (!(await drained(setup.baseUrl, actors.analyst.cookie, o.drainS)))
        failures.push(`import jobs still queued or running ${o.drainS} s after the last restart`);
      await terminate(server);
      failures.push(...(await verifyChains(setup)));
      const end = await checkDatabase(setup, work, actors);
      failures.push(...end.failures, ...end.pending.map((p) => `${p}, still at the end`));
      completed = end.completedJobs;
      for (const [file, u] of work.uploads)
        if (u.jobId && end.statusOf.get(file) !== 'completed')
          failures.push(`import ${file}: acknowledged, and ${end.statusOf.get(file) ?? 'gone'} at the end`);
    }
    const passed = rounds.filter((r) => r.failures.length === 0).length * CHECKS_A_ROUND;
    return {
      engine: setup.database,
      rounds,
      checks: rounds.length * CHECKS_A_ROUND + 1,
      checksPassed: passed + (failures.length === 0 ? 1 : 0),
      importsCompleted: completed,
      logEntries: work.log.size,
      custodyEntries: [...work.custodyAcked.values()].reduce((n, seq) => n + seq - 1, 0),
      screeningSaves: [...work.screeningAcked.values()].reduce((n, v) => n + v - 1, 0),
      failures: [...rounds.flatMap((r) => r.failures.map((f) => `round ${r.round}: ${f}`)), ...failures],
      elapsedS: seconds(started),
    };
  } finally {
    if (server) await terminate(server);
    await setup.cleanUp();
  }
}

export async function crashBenchmark(opts: Record<string, string>): Promise<void> {
  const engine = opts.engine ?? 'embedded';
  if (engine !== 'embedded' && engine !== 'postgres') throw new Error('--engine: embedded or postgres');
  const databaseUrl = opts['database-url'] ?? process.env.DATABASE_URL;
  if (engine === 'postgres' && !databaseUrl)
    throw new Error('--engine postgres: give --database-url URL (or DATABASE_URL) of a PostgreSQL server');
  const kills = Number(opts.kills ?? 50);
  const rows = Number(opts.rows ?? 200_000);
  if (!(kills >= 1) || !(rows >= 1)) throw new Error('--kills and --rows: positive numbers');
  const seed = Number(opts.seed ?? Date.now() % 100_000);
  process.stderr.write(`crash: ${kills} kills on a new ${engine} demo database, seed ${seed}\n`);
  const s = await crashRounds({
    kills,
    databaseUrl: engine === 'postgres' ? databaseUrl : undefined,
    seed,
    rows,
    killAfter: [Number(opts['kill-min'] ?? 0.5), Number(opts['kill-max'] ?? 12)],
    drainS: Number(opts.drain ?? 600),
    say: (line) => process.stderr.write(`${line}\n`),
  });
  const { rounds, ...figures } = s;
  report('crash', [
    {
      ...figures,
      seed,
      kills: rounds.length,
      rows,
      roundsFailed: rounds.filter((r) => r.failures.length > 0).length,
      killedDuringImport: rounds.filter((r) => r.jobRunning).length,
      restartS: {
        max: Math.max(0, ...rounds.map((r) => r.restartS)),
        mean: Math.round((rounds.reduce((a, r) => a + r.restartS, 0) / Math.max(1, rounds.length)) * 10) / 10,
      },
      failed: s.failures.length > 0 || rounds.length < kills,
    },
  ]);
  if (s.failures.length > 0 || rounds.length < kills) {
    process.stderr.write(`crash: FAILED: ${s.failures.length} check(s) failed (see above)\n`);
    process.exitCode = 1;
  }
}
