import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { objectiveFigures } from '../operations/review.ts';
import { CONVICTIONS } from '../prosecution/court.ts';
import { executionDay } from './evaluation-store.ts';
import { dayOf } from './filters.ts';

// Outcomes credited to the units that achieved them. An operation is credited to every unit one of whose members
// was on its team (operation_members, not removed before it was carried out) AND in the unit on the day it was
// carried out: a member who joined the unit later brings no credit with them, one who left takes none away. The
// figures are the operation's three objectives as frozen in its review (or measured from its log). A prosecution
// case is credited to the unit whose member opened it, laid one of its charges or recorded one of its decisions,
// being in the unit that day; its convictions (charges convicted) go with it. Counts only.

type Q = Kysely<Database>;

export interface Stint {
  userId: string;
  joinedOn: string;
  leftOn: string | null;
}

export interface Credit {
  operations: number;
  allThreeMet: number;
  arrests: number;
  removed: number;
  cases: number;
  convictions: number;
}

export const emptyCredit = (): Credit => ({
  operations: 0,
  allThreeMet: 0,
  arrests: 0,
  removed: 0,
  cases: 0,
  convictions: 0,
});

/** Whether this user was in the unit (one of its stints) on that day. */
export const inUnitOn = (stints: readonly Stint[], userId: string, day: string | null): boolean =>
  day !== null &&
  stints.some((s) => s.userId === userId && s.joinedOn <= day && (s.leftOn === null || day <= s.leftOn));

type Figures = Awaited<ReturnType<typeof objectiveFigures>>;

async function figuresOf(db: Q, ids: string[]): Promise<Map<string, Figures>> {
  const reviews = ids.length
    ? await db
        .selectFrom('operation_reviews')
        .select(['operation_id', 'figures'])
        .where('operation_id', 'in', ids)
        .execute()
    : [];
  const out = new Map(reviews.map((r) => [r.operation_id, r.figures as unknown as Figures]));
  for (const id of ids) if (!out.has(id)) out.set(id, await objectiveFigures(db, id));
  return out;
}

/** The credit of each unit, from the stints of its roster. */
export async function creditUnits(
  db: Q,
  units: ReadonlyMap<string, readonly Stint[]>,
): Promise<Map<string, Credit>> {
  const credit = new Map([...units.keys()].map((id) => [id, emptyCredit()]));
  const users = [...new Set([...units.values()].flatMap((ss) => ss.map((s) => s.userId)))];
  if (users.length === 0) return credit;
  const unitsOf = (userId: string, day: string | null) =>
    [...units].filter(([, stints]) => inUnitOn(stints, userId, day)).map(([id]) => id);

  const teams = await db
    .selectFrom('operation_members as m')
    .innerJoin('operations as o', 'o.id', 'm.operation_id')
    .select(['o.id', 'o.started_at', 'o.concluded_at', 'o.starts_at', 'm.user_id', 'm.removed_at'])
    .where('o.status', '=', 'concluded')
    .where('m.user_id', 'in', users)
    .execute();
  const creditedOps = new Map<string, Set<string>>();
  for (const m of teams) {
    const day = executionDay(m);
    const start = m.started_at ?? (day ? new Date(`${day}T00:00:00Z`) : null);
    if (m.removed_at && start && new Date(m.removed_at) <= new Date(start)) continue;
    for (const unit of unitsOf(m.user_id, day))
      creditedOps.set(m.id, (creditedOps.get(m.id) ?? new Set()).add(unit));
  }
  const figures = await figuresOf(db, [...creditedOps.keys()]);
  for (const [opId, unitIds] of creditedOps) {
    const f = figures.get(opId);
    for (const u of unitIds) {
      const c = credit.get(u);
      if (!c || !f) continue;
      c.operations++;
      if (f.arrest.met && f.evidence.met && f.rescue.met) c.allThreeMet++;
      c.arrests += f.arrest.arrestsMade;
      c.removed += f.rescue.removed;
    }
  }

  const [cases, charges, decisions] = await Promise.all([
    db
      .selectFrom('prosecution_cases')
      .select(['id', 'created_by', 'created_at'])
      .where('created_by', 'in', users)
      .execute(),
    db
      .selectFrom('prosecution_charges')
      .select(['case_id', 'laid_by', 'laid_at'])
      .where('laid_by', 'in', users)
      .execute(),
    db
      .selectFrom('prosecution_decisions')
      .select(['case_id', 'recorded_by', 'recorded_at'])
      .where('recorded_by', 'in', users)
      .execute(),
  ]);
  const creditedCases = new Map<string, Set<string>>();
  const work = [
    ...cases.map((c) => ({ caseId: c.id, userId: c.created_by, day: dayOf(c.created_at) })),
    ...charges.map((c) => ({ caseId: c.case_id, userId: c.laid_by, day: dayOf(c.laid_at) })),
    ...decisions.map((d) => ({ caseId: d.case_id, userId: d.recorded_by, day: dayOf(d.recorded_at) })),
  ];
  for (const w of work)
    for (const unit of unitsOf(w.userId, w.day))
      creditedCases.set(unit, (creditedCases.get(unit) ?? new Set()).add(w.caseId));
  const allCases = [...new Set([...creditedCases.values()].flatMap((s) => [...s]))];
  const convicted = allCases.length
    ? await db
        .selectFrom('prosecution_decisions')
        .select(['case_id', 'charge_id'])
        .distinct()
        .where('case_id', 'in', allCases)
        .where('decision', 'in', [...CONVICTIONS])
        .execute()
    : [];
  for (const [unit, caseIds] of creditedCases) {
    const c = credit.get(unit);
    if (!c) continue;
    c.cases = caseIds.size;
    c.convictions = convicted.filter((d) => caseIds.has(d.case_id)).length;
  }
  return credit;
}
