import { randomUUID } from 'node:crypto';
import { demoSessions, get, operationLogger, type Session, startScreening } from './load-mix.ts';

// The work the crash benchmark has under way when it kills the server: a call-records upload, custody transfers,
// screening saves and field-log notes, each kind in a loop of its own. It keeps what the server acknowledged and
// what was sent without an answer, for the checks after the restart.

const CALLS_HEADER = 'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon';

/** The file of call records a round uploads: `rows` rows none of which another round's file holds. */
export function callsFile(round: number, rows: number): Uint8Array<ArrayBuffer> {
  const lines = [CALLS_HEADER];
  for (let i = 0; i < rows; i++)
    lines.push(
      `R${round}C${i},+6681${String(1_000_000 + (i % 90_000)).slice(-7)},+6689${String(2_000_000 + i).slice(-7)},2026-05-05T03:34:04+07:00,${i % 500},voice,TH-001-01,13.7,100.5`,
    );
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** Who does the work: demo users signed in once (their sessions outlive a restart), and what they work on. */
export interface CrashActors {
  analyst: Session;
  commander: Session;
  /** The evidence officer who seized the exhibits and records their custody. */
  keeper: Session;
  operationId: string;
  screener: Session;
  exhibits: string[];
  screenings: string[];
  indicators: string[];
}

async function send(baseUrl: string, method: string, path: string, s: Session, body?: unknown) {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: { cookie: s.cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Signs the demo users in and gives them something to work on: three exhibits seized, two screenings begun. */
export async function crashActors(baseUrl: string): Promise<CrashActors> {
  const sessionsOf = await demoSessions(baseUrl);
  const analyst = (await sessionsOf('analyst'))[0];
  const screener = (await sessionsOf('screening_officer'))[0];
  const logger = await operationLogger(baseUrl, await sessionsOf('operation_commander'));
  // The operation's evidence team seizes the exhibits and holds them in the chain of custody.
  const keeper = await operationLogger(baseUrl, await sessionsOf('investigator'), 'evidence');
  if (!analyst || !screener || !logger || !keeper)
    throw new Error('set-up: the demo lacks an analyst, screener, commander or evidence officer');
  const exhibits: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const r = await send(baseUrl, 'POST', `/api/operations/plans/${keeper.operationId}/log`, keeper.s, {
      id: randomUUID(),
      occurredAt: new Date().toISOString(),
      kind: 'exhibit',
      exhibit: {
        nature: 'physical',
        category: 'cash',
        description: `Cash in a tin, crash benchmark ${i}`,
        where: 'Office safe',
        sealNumber: `CRASH-${i}`,
        digitalHash: null,
      },
    });
    const x = (await r.json()) as { exhibitId?: string };
    if (r.status !== 201 || !x.exhibitId) throw new Error(`set-up: seizing an exhibit answered ${r.status}`);
    exhibits.push(x.exhibitId);
  }
  for (let i = 1; i <= 2; i++) await startScreening(baseUrl, screener, 10 + i);
  const page = await get<{ screenings: { id: string }[] }>(
    baseUrl,
    screener.cookie,
    '/api/screenings?size=50',
  );
  const set = await get<{ indicators: { id: string }[] }>(
    baseUrl,
    screener.cookie,
    '/api/screening/sets/ilo-ec-2009-labour',
  );
  return {
    analyst,
    commander: logger.s,
    keeper: keeper.s,
    operationId: logger.operationId,
    screener,
    exhibits,
    screenings: page.screenings.slice(0, 2).map((s) => s.id),
    indicators: set.indicators.map((i) => i.id),
  };
}

/** A person's pause between two actions: 50 to 300 ms. */
const pause = (random: () => number) => new Promise((r) => setTimeout(r, 50 + random() * 250));

/**
 * Signs the same demo users in again (a session ends after a while whatever is done: a run of 50 kills outlasts
 * it), keeping their sessions' objects, which the work holds.
 */
export async function signInAgain(baseUrl: string, a: CrashActors): Promise<void> {
  const sessionsOf = await demoSessions(baseUrl);
  for (const s of [a.analyst, a.commander, a.keeper, a.screener]) {
    const again = (await sessionsOf(s.role)).find((n) => n.name === s.name);
    if (!again) throw new Error(`signing in again: no demo user ${s.role} ${s.name}`);
    s.cookie = again.cookie;
  }
}

/** What was sent and what was acknowledged, kept across rounds. */
export class Workload {
  /** Uploads by file name: rows in the file, and the job the server answered with (none if it did not answer). */
  readonly uploads = new Map<string, { rows: number; jobId: string | null }>();
  /** Field-log entries by their client id: the body, and whether the server acknowledged it. */
  readonly log = new Map<string, { body: object; acked: boolean }>();
  /** The last custody entry the server acknowledged, per exhibit. */
  readonly custodyAcked = new Map<string, number>();
  /** The last version of each screening the server acknowledged. */
  readonly screeningAcked = new Map<string, number>();
  /** Answers other than 2xx: each is a failed check. */
  readonly refused: string[] = [];
  readonly #baseUrl: string;
  readonly #a: CrashActors;
  readonly #random: () => number;
  #stopped = false;
  #loops: Promise<void>[] = [];
  #busy = new Map<string, number>();

  constructor(baseUrl: string, actors: CrashActors, random: () => number) {
    this.#baseUrl = baseUrl;
    this.#a = actors;
    this.#random = random;
  }

  /** Starts each kind of work (an upload in `uploadChance` of rounds) and returns at once. */
  start(round: number, opts: { rows: number; uploadChance: number }): void {
    this.#stopped = false;
    this.#busy.clear();
    const loops = [this.#logLoop(), ...this.#a.exhibits.map((x) => this.#custodyLoop(x))];
    loops.push(...this.#a.screenings.map((s) => this.#screeningLoop(s)));
    if (this.#random() < opts.uploadChance) loops.push(this.#upload(round, opts.rows));
    this.#loops = loops;
  }

  /** What was waiting for an answer, by kind (said when the server is killed). */
  busy(): string {
    return [...this.#busy.entries()]
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k}${n > 1 ? `×${n}` : ''}`)
      .join(' ');
  }

  /** Ends the loops; once the server is dead each ends at its next request. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await Promise.all(this.#loops);
  }

  /** Sends one request, counted as busy while it waits; undefined when no answer came (the server died). */
  async #call(kind: string, method: string, path: string, s: Session, body?: unknown) {
    this.#busy.set(kind, (this.#busy.get(kind) ?? 0) + 1);
    try {
      const r = await send(this.#baseUrl, method, path, s, body);
      const json = (await r.json().catch(() => ({}))) as Record<string, unknown>;
      if (r.status < 200 || r.status > 299)
        this.refused.push(`${method} ${path.replace(/[0-9a-f-]{36}/g, ':id')} answered ${r.status}`);
      return { status: r.status, json };
    } catch {
      this.#stopped = true;
      return undefined;
    } finally {
      this.#busy.set(kind, (this.#busy.get(kind) ?? 1) - 1);
    }
  }

  async #logLoop(): Promise<void> {
    const a = this.#a;
    while (!this.#stopped) {
      await pause(this.#random);
      const acked = [...this.log.entries()].filter(([, e]) => e.acked);
      const resend = acked.length > 0 && this.#random() < 0.2;
      const [id, entry] = resend
        ? (acked[Math.floor(this.#random() * acked.length)] as [string, { body: object; acked: boolean }])
        : [randomUUID(), { body: {}, acked: false }];
      if (!resend) {
        entry.body = {
          id,
          occurredAt: new Date().toISOString(),
          kind: 'note',
          text: `Crash benchmark note ${this.log.size + 1}: team Alpha holding the rear exit.`,
        };
        this.log.set(id, entry);
      }
      const r = await this.#call(
        'log',
        'POST',
        `/api/operations/plans/${a.operationId}/log`,
        a.commander,
        entry.body,
      );
      if (r && (r.status === 200 || r.status === 201)) entry.acked = true;
    }
  }

  async #custodyLoop(exhibitId: string): Promise<void> {
    while (!this.#stopped) {
      await pause(this.#random);
      const r = await this.#call(
        'custody',
        'POST',
        `/api/evidence/exhibits/${exhibitId}/custody`,
        this.#a.keeper,
        {
          action: 'transfer',
          toUserId: null,
          toExternal: `Custodian ${Math.floor(this.#random() * 1000)}`,
          purpose: 'Safe keeping until trial',
          authority: 'Case officer, crash benchmark',
          method: 'in_person',
          place: 'Provincial Police HQ',
          at: new Date().toISOString(),
          hashObserved: null,
          note: '',
        },
      );
      if (r?.status === 201) this.custodyAcked.set(exhibitId, Number(r.json.seq));
      else if (r) return;
    }
  }

  async #screeningLoop(id: string): Promise<void> {
    const s = this.#a.screener;
    const now = await this.#call('screening', 'GET', `/api/screenings/${id}`, s);
    let version = Number(now?.json.version ?? 0);
    while (!this.#stopped && version > 0) {
      await pause(this.#random);
      const answers: Record<string, { answer: string; observation: string }> = {};
      for (const ind of this.#a.indicators.filter(() => this.#random() < 0.3))
        answers[ind] =
          this.#random() < 0.5
            ? { answer: 'yes', observation: 'Said so' }
            : { answer: 'no', observation: '' };
      const r = await this.#call('screening', 'PATCH', `/api/screenings/${id}`, s, { version, answers });
      if (r?.status !== 200) return;
      version = Number(r.json.version);
      this.screeningAcked.set(id, version);
    }
  }

  async #upload(round: number, rows: number): Promise<void> {
    const fileName = `crash-${round}.csv`;
    this.uploads.set(fileName, { rows, jobId: null });
    const query = new URLSearchParams({ kind: 'calls', mapping: 'lantern', fileName });
    this.#busy.set('upload', 1);
    try {
      const r = await fetch(`${this.#baseUrl}/api/intel/imports?${query}`, {
        method: 'POST',
        headers: { cookie: this.#a.analyst.cookie, 'content-type': 'application/octet-stream' },
        body: callsFile(round, rows),
      });
      const json = (await r.json()) as { jobId?: string };
      if (r.status === 202 && json.jobId) this.uploads.set(fileName, { rows, jobId: json.jobId });
      else this.refused.push(`POST /api/intel/imports answered ${r.status}`);
    } catch {
      // The server died during the upload: the job may or may not exist.
    } finally {
      this.#busy.set('upload', 0);
    }
  }
}
