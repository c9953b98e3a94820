import { randomUUID } from 'node:crypto';
import { screeningStart } from '../src/screening/screening-fixture.ts';
import { LOGGED_OPERATION } from './load-server.ts';

// What the load benchmark asks for: demo users of several roles, each signed in with their own session, and
// the weighted mix of the pages they open and the field-log entries the operation's commander sends.

/** One request of the mix: `route` names it in the report (the path with its ids as :id). */
export interface LoadRequest {
  route: string;
  method: 'GET' | 'POST';
  path: string;
  cookie: string;
  body?: string;
}

interface DemoUserRow {
  id: string;
  displayName: string;
  roles: { name: string }[];
}

export interface Session {
  role: string;
  name: string;
  cookie: string;
}

/** A GET as a signed-in user during set-up; anything but 200 stops the benchmark before it starts. */
export async function get<T>(baseUrl: string, cookie: string, path: string): Promise<T> {
  const r = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
  if (!r.ok) throw new Error(`set-up: GET ${path} answered ${r.status}: ${(await r.text()).slice(0, 200)}`);
  return (await r.json()) as T;
}

async function signIn(baseUrl: string, user: DemoUserRow, role: string): Promise<Session> {
  const r = await fetch(`${baseUrl}/api/auth/demo-sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: user.id }),
  });
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!r.ok || !cookie) throw new Error(`set-up: demo sign-in as ${role} answered ${r.status}`);
  return { role, name: user.displayName, cookie };
}

/** Starts a screening of an adult walk-in; a screener whose role may not (403) is left without. */
export async function startScreening(baseUrl: string, s: Session, n: number): Promise<void> {
  const r = await fetch(`${baseUrl}/api/screenings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: s.cookie },
    body: JSON.stringify(
      screeningStart({
        source: 'walk_in',
        sourceRef: `WALK-IN-${n}`,
        pseudonym: `Person ${n}`,
        age: 24 + n,
        guardian: null,
        interpreter: { used: false },
      }),
    ),
  });
  if (r.status !== 201 && r.status !== 403)
    throw new Error(
      `set-up: starting a screening as ${s.role} answered ${r.status}: ${(await r.text()).slice(0, 300)}`,
    );
}

/** Signs in, each with a session of their own, the demo users who hold a role (`sessionsOf(role)`). */
export async function demoSessions(baseUrl: string) {
  const { users } = await get<{ users: DemoUserRow[] }>(baseUrl, '', '/api/auth/demo-users');
  return (role: string): Promise<Session[]> =>
    Promise.all(
      users.filter((u) => u.roles.some((r) => r.name === role)).map((u) => signIn(baseUrl, u, role)),
    );
}

/** The demo operation in execution, and the first of `sessions` who has `role` in it (command: writes its log). */
export async function operationLogger(
  baseUrl: string,
  sessions: Session[],
  role = 'command',
): Promise<{ s: Session; operationId: string } | null> {
  for (const s of sessions) {
    const { operations } = await get<{ operations: { id: string; codeName: string; myRole: string }[] }>(
      baseUrl,
      s.cookie,
      '/api/operations/plans',
    );
    const op = operations.find((o) => o.codeName === LOGGED_OPERATION && o.myRole === role);
    if (op) return { s, operationId: op.id };
  }
  return null;
}

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)] as T;

/** Signs the demo users in, finds what they can see, and returns a maker of requests in the mix's proportions. */
export async function buildMix(baseUrl: string) {
  const sessionsOf = await demoSessions(baseUrl);
  const analysts = [...(await sessionsOf('analyst')), ...(await sessionsOf('investigator'))];
  const screeners = [...(await sessionsOf('screening_officer')), ...(await sessionsOf('social_worker'))];
  // The triage queue: those of the monitoring roles who triage (the others are refused it, as they should be).
  const triagers: Session[] = [];
  for (const s of [...(await sessionsOf('monitor')), ...(await sessionsOf('hotline_operator'))]) {
    const r = await fetch(`${baseUrl}/api/monitoring/queue`, { headers: { cookie: s.cookie } });
    await r.arrayBuffer();
    if (r.ok) triagers.push(s);
    else if (r.status !== 403) throw new Error(`set-up: GET /api/monitoring/queue answered ${r.status}`);
  }
  const commanders = await sessionsOf('operation_commander');
  const admins = await sessionsOf('admin');

  // Intelligence: each reader's own entities (its agency's and those shared with it), and names to search for.
  const readers: { s: Session; entities: { id: string; label: string }[] }[] = [];
  for (const s of analysts) {
    const page = await get<{ entities: { id: string; label: string }[] }>(
      baseUrl,
      s.cookie,
      '/api/intel/entities?limit=200',
    );
    if (page.entities.length > 0) readers.push({ s, entities: page.entities });
  }
  // Screenings: the demo has none, so each screener starts a few walk-in interviews, as at a shelter.
  const screening: { s: Session; ids: string[] }[] = [];
  for (const s of screeners) {
    for (let i = 1; i <= 3; i++) await startScreening(baseUrl, s, i);
    const page = await get<{ screenings: { id: string }[] }>(baseUrl, s.cookie, '/api/screenings?size=50');
    if (page.screenings.length > 0) screening.push({ s, ids: page.screenings.map((x) => x.id) });
  }
  // The operation in execution, and its commanding member, who writes to its log.
  const logger = await operationLogger(baseUrl, commanders);
  if (
    readers.length === 0 ||
    screening.length === 0 ||
    triagers.length === 0 ||
    !logger ||
    admins.length === 0
  )
    throw new Error(
      `set-up: the demo lacks a role of the mix (readers ${readers.length}, screeners ${screening.length}, triage ${triagers.length}, log ${logger ? 1 : 0}, admins ${admins.length})`,
    );
  const log = logger;
  const allSessions = [...analysts, ...screeners, ...triagers, ...commanders, ...admins];

  // Field-log entries already sent, resent now and then as a phone does that did not hear the answer.
  const sent: string[] = [];
  const note = (): string => {
    if (sent.length > 0 && Math.random() < 0.2) return pick(sent);
    const body = JSON.stringify({
      id: randomUUID(),
      occurredAt: new Date().toISOString(),
      kind: 'note',
      text: `Load benchmark note ${sent.length + 1}: team Alpha holding the rear exit.`,
    });
    if (sent.length < 1000) sent.push(body);
    return body;
  };
  const searchTerm = (labels: { label: string }[]) => {
    const words = pick(labels)
      .label.split(/\s+/)
      .filter((w) => w.length >= 3);
    return encodeURIComponent(words.length > 0 ? pick(words) : pick(labels).label);
  };

  // Weight (share of the requests) and maker of each kind of request.
  const kinds: [number, () => LoadRequest][] = [
    [
      16,
      () => {
        const r = pick(readers);
        return {
          route: 'GET /api/intel/search',
          method: 'GET',
          path: `/api/intel/search?q=${searchTerm(r.entities)}`,
          cookie: r.s.cookie,
        };
      },
    ],
    [
      6,
      () => {
        const r = pick(readers);
        return {
          route: 'GET /api/intel/entities',
          method: 'GET',
          path: '/api/intel/entities?limit=50',
          cookie: r.s.cookie,
        };
      },
    ],
    [
      15,
      () => {
        const r = pick(readers);
        return {
          route: 'GET /api/intel/entities/:id',
          method: 'GET',
          path: `/api/intel/entities/${pick(r.entities).id}`,
          cookie: r.s.cookie,
        };
      },
    ],
    [
      12,
      () => {
        const r = pick(readers);
        return {
          route: 'GET /api/intel/entities/:id/timeline',
          method: 'GET',
          path: `/api/intel/entities/${pick(r.entities).id}/timeline`,
          cookie: r.s.cookie,
        };
      },
    ],
    [
      7,
      () => {
        const r = pick(screening);
        return {
          route: 'GET /api/screenings',
          method: 'GET',
          path: '/api/screenings?size=50',
          cookie: r.s.cookie,
        };
      },
    ],
    [
      7,
      () => {
        const r = pick(screening);
        return {
          route: 'GET /api/screenings/:id',
          method: 'GET',
          path: `/api/screenings/${pick(r.ids)}`,
          cookie: r.s.cookie,
        };
      },
    ],
    [
      10,
      () => ({
        route: 'GET /api/monitoring/queue',
        method: 'GET',
        path: '/api/monitoring/queue',
        cookie: pick(triagers).cookie,
      }),
    ],
    [
      6,
      () => ({
        route: 'GET /api/operations/plans',
        method: 'GET',
        path: '/api/operations/plans',
        cookie: pick(commanders).cookie,
      }),
    ],
    [
      5,
      () => ({
        route: 'GET /api/operations/plans/:id',
        method: 'GET',
        path: `/api/operations/plans/${log.operationId}`,
        cookie: log.s.cookie,
      }),
    ],
    [
      5,
      () => ({
        route: 'GET /api/operations/plans/:id/log',
        method: 'GET',
        path: `/api/operations/plans/${log.operationId}/log`,
        cookie: log.s.cookie,
      }),
    ],
    // Two field-log entries a second into the one operation (1,200 in ten minutes, a long raid's worth): at 16 a
    // second, as this mix once sent, its log grew to 9,000 entries, every read of it returned all of them, and
    // the server fell behind after six minutes (the log read is not paged).
    [
      1,
      () => ({
        route: 'POST /api/operations/plans/:id/log',
        method: 'POST',
        path: `/api/operations/plans/${log.operationId}/log`,
        cookie: log.s.cookie,
        body: note(),
      }),
    ],
    [
      4,
      () => ({
        route: 'GET /api/audit',
        method: 'GET',
        path: '/api/audit?size=50',
        cookie: pick(admins).cookie,
      }),
    ],
    [6, () => ({ route: 'GET /api/me', method: 'GET', path: '/api/me', cookie: pick(allSessions).cookie })],
  ];
  const total = kinds.reduce((a, [w]) => a + w, 0);
  const next = (): LoadRequest => {
    let x = Math.random() * total;
    for (const [w, make] of kinds) {
      x -= w;
      if (x < 0) return make();
    }
    return (kinds[0] as [number, () => LoadRequest])[1]();
  };
  return { next, users: allSessions.map((s) => `${s.role}: ${s.name}`) };
}
