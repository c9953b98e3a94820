import type { Breach, FindingAnswer } from '../../../../src/monitoring/inspection-catalogue.ts';
import * as vault from '../../offline/vault.ts';
import type { FindingsBody, Inspection, InterviewBody, VisitBody } from './types.ts';

/**
 * The findings as one side holds them: each indicator answered and each breach found. The phone's as it saw them
 * when a save was made (its base), and the server's now, as a refused save carries them
 * (src/monitoring/inspection-sync.ts).
 */
export interface FindingsState {
  revision: number;
  indicators: { id: string; answer: string; workers: number; observation: string }[];
  breaches: { breach: string; workers: number; note: string }[];
}

interface Queued {
  /** The id made on this phone: the server answers the same sent again as recorded (sync-rules.ts). */
  id: string;
  inspectionId: string;
  savedAt: string;
  author: { id: string; name: string };
  /** The server refused it for another reason (the inspection closed meanwhile): said, kept until dropped. */
  refused?: string;
}

/** What an inspector records on this phone without a connection: the visit, an interview, the findings. */
export type QueuedRecord = Queued &
  (
    | { kind: 'visit'; body: VisitBody }
    | { kind: 'interview'; body: InterviewBody }
    | {
        kind: 'findings';
        body: FindingsBody;
        /** The findings the inspector saw when saving: what they changed is told from them. */
        base: FindingsState;
        /** Someone saved the findings in between: theirs now, for the person to choose. */
        conflict?: FindingsState;
      }
  );

export type QueuedFindings = Extract<QueuedRecord, { kind: 'findings' }>;

/** The records kept without a connection, per inspection, sealed in the field kit; the name holds the id only. */
const name = (inspectionId: string) => `outbox/inspection/${inspectionId}`;

const KINDS = ['visit', 'interview', 'findings'];
const isQueued = (x: unknown): x is QueuedRecord => {
  const q = x as Partial<QueuedRecord> | null;
  return typeof q?.id === 'string' && KINDS.includes(String(q.kind)) && typeof q.body === 'object';
};

export async function readInspectionOutbox(inspectionId: string): Promise<QueuedRecord[]> {
  const raw = await vault.read<unknown>(name(inspectionId));
  return Array.isArray(raw) ? raw.filter(isQueued) : [];
}

export function changeInspectionOutbox(
  inspectionId: string,
  change: (q: QueuedRecord[]) => QueuedRecord[],
): Promise<QueuedRecord[]> {
  return vault.change<QueuedRecord[]>(name(inspectionId), [], (q) =>
    change(Array.isArray(q) ? q.filter(isQueued) : []),
  );
}

/** The findings as the page shows them: indicators never answered are left out. */
export const findingsStateOf = (i: Inspection): FindingsState => ({
  revision: i.findings.revision,
  indicators: i.findings.indicators
    .filter((f) => f.answer !== null)
    .map((f) => ({ id: f.id, answer: f.answer ?? '', workers: f.workers, observation: f.observation })),
  breaches: i.findings.breaches.map((b) => ({ breach: b.breach, workers: b.workers, note: b.note })),
});

type Indicator = FindingsState['indicators'][number];
type BreachRow = FindingsState['breaches'][number];
const NOT_CHECKED: Indicator = { id: '', answer: 'not_checked', workers: 0, observation: '' };
const sameIndicator = (a: Indicator | undefined, b: Indicator | undefined) => {
  const x = a ?? NOT_CHECKED;
  const y = b ?? NOT_CHECKED;
  return x.answer === y.answer && x.workers === y.workers && x.observation.trim() === y.observation.trim();
};
const sameBreach = (a: BreachRow | undefined, b: BreachRow | undefined) =>
  a === b || (!!a && !!b && a.workers === b.workers && a.note.trim() === b.note.trim());
const byId = <T, K extends keyof T>(rows: readonly T[], key: K) => new Map(rows.map((r) => [r[key], r]));

/** The findings a save makes: its body as a state (what the phone would leave on the server). */
export const findingsStateOfBody = (body: FindingsBody, revision: number): FindingsState => ({
  revision,
  indicators: body.indicators.map((f) => ({
    id: f.id,
    answer: f.answer,
    workers: f.workers ?? 0,
    observation: f.observation ?? '',
  })),
  breaches: body.breaches.map((b) => ({ breach: b.breach, workers: b.workers ?? 0, note: b.note ?? '' })),
});

/** What the phone changed from what it saw: the indicators and breaches that differ (by id, by code). */
export function changesOf(base: FindingsState, mine: FindingsState) {
  const was = byId(base.indicators, 'id');
  const wasB = byId(base.breaches, 'breach');
  const now = byId(mine.indicators, 'id');
  const nowB = byId(mine.breaches, 'breach');
  return {
    indicators: [...new Set([...was.keys(), ...now.keys()])].filter(
      (id) => !sameIndicator(was.get(id), now.get(id)),
    ),
    breaches: [...new Set([...wasB.keys(), ...nowB.keys()])].filter(
      (code) => !sameBreach(wasB.get(code), nowB.get(code)),
    ),
  };
}

/**
 * The phone's changes laid over the findings now (keep mine): each indicator and breach the phone changed from
 * what it saw is as the phone has it; the rest as they are now. Sent on the current revision.
 */
export function layMine(base: FindingsState, mine: FindingsBody, current: FindingsState): FindingsBody {
  const m = findingsStateOfBody(mine, base.revision);
  const changed = changesOf(base, m);
  const mineI = byId(m.indicators, 'id');
  const mineB = byId(m.breaches, 'breach');
  const indicators = byId(current.indicators, 'id');
  for (const id of changed.indicators) {
    const x = mineI.get(id);
    if (x) indicators.set(id, x);
    else indicators.delete(id);
  }
  const breaches = byId(current.breaches, 'breach');
  for (const code of changed.breaches) {
    const x = mineB.get(code);
    if (x) breaches.set(code, x);
    else breaches.delete(code);
  }
  return {
    ...mine,
    revision: current.revision,
    // The codes came from the server or from this phone's own form.
    indicators: [...indicators.values()].map((f) => ({ ...f, answer: f.answer as FindingAnswer })),
    breaches: [...breaches.values()].map((b) => ({ ...b, breach: b.breach as Breach })),
  };
}

/**
 * The inspection as this phone has it: the server's (or the kit's copy) with what waits in the outbox drawn over
 * it, the visit recorded, interviews added, the findings as last saved. Those in conflict or refused are not.
 */
export function withWaiting(i: Inspection, queue: readonly QueuedRecord[]): Inspection {
  let out = i;
  for (const x of queue) {
    if (x.refused || (x.kind === 'findings' && x.conflict)) continue;
    if (x.kind === 'visit')
      out = {
        ...out,
        status: out.status === 'planned' ? 'visited' : out.status,
        visitedOn: x.body.visitedOn,
        visitedBy: x.author,
        workers: x.body.workers,
      };
    else if (x.kind === 'interview' && !out.interviews.some((v) => v.id === x.id)) {
      const { id: _id, at, ...b } = x.body;
      out = {
        ...out,
        interviews: [...out.interviews, { ...b, id: x.id, at: at ?? x.savedAt, referredTo: [] }],
      };
    } else if (x.kind === 'findings') {
      const mine = byId(findingsStateOfBody(x.body, 0).indicators, 'id');
      out = {
        ...out,
        findings: {
          ...out.findings,
          savedAt: x.savedAt,
          indicators: out.findings.indicators.map((f) => {
            const m = mine.get(f.id);
            return m ? { ...f, answer: m.answer, workers: m.workers, observation: m.observation } : f;
          }),
          breaches: x.body.breaches.map((b) => ({
            breach: b.breach,
            label: out.choices.breaches.find((c) => c.code === b.breach)?.label ?? b.breach,
            workers: b.workers ?? 0,
            note: b.note ?? '',
          })),
        },
      };
    }
  }
  return out;
}
