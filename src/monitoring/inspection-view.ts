import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { BREACHES, OUTCOMES } from './inspection-catalogue.ts';
import { findingsOf, interviewsOf } from './inspection-findings.ts';
import { inspectorsOf } from './inspection-independence.ts';
import { outcomesOf } from './inspection-outcomes.ts';
import { auditRead, namesOf, ownedInspection, screeningAgencies } from './inspection-store.ts';

// One inspection as its agency reads it, in the sections of its page: the workplace, the inspectors' independence,
// the workers present and interviewed, the findings, the outcomes (with the workers referred to screening) and the
// follow-up visits. Audited with the id and counts.

const list = (o: Record<string, string>) => Object.entries(o).map(([code, label]) => ({ code, label }));

export async function readInspection(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  id: string,
  requestId: string,
) {
  const row = await ownedInspection(db, actor, id);
  const [inspectors, interviews, findings, outcomes, agencies] = await Promise.all([
    inspectorsOf(db, id),
    interviewsOf(db, ring, id),
    findingsOf(db, actor, ring, row),
    outcomesOf(db, ring, id),
    screeningAgencies(db),
  ]);
  const followUps = await db
    .selectFrom('labour_inspections')
    .select(['id', 'ref', 'status', 'planned_on', 'visited_on'])
    .where('follows_id', '=', id)
    .orderBy('planned_on')
    .execute();
  const follows = row.follows_id
    ? await db
        .selectFrom('labour_inspections')
        .select(['id', 'ref'])
        .where('id', '=', row.follows_id)
        .executeTakeFirst()
    : undefined;
  const who = await namesOf(db, [row.created_by, row.visited_by]);
  const on = inspectors.filter((i) => i.removedAt === null);
  await auditRead(db, actor, 'monitoring.inspection_read', id, requestId, {
    interviews: interviews.length,
    outcomes: outcomes.length,
  });
  const referredBy = new Map<string, string[]>();
  for (const o of outcomes)
    for (const r of o.referrals)
      referredBy.set(r.interviewId, [...(referredBy.get(r.interviewId) ?? []), r.toAgency]);
  return {
    id: row.id,
    ref: row.ref,
    kind: row.kind,
    status: row.status,
    plannedOn: row.planned_on,
    visitedOn: row.visited_on,
    follows: follows ? { id: follows.id, ref: follows.ref } : null,
    workplace: {
      name: row.workplace_name,
      sector: row.sector,
      employer: row.employer,
      address: row.address,
      lat: row.lat,
      lon: row.lon,
      country: row.country,
    },
    inspectors,
    independence: {
      onIt: on.length,
      stated: on.filter((i) => i.statement === 'no_interest').length,
      ready: on.length > 0 && on.every((i) => i.statement === 'no_interest'),
    },
    workers: {
      female: row.workers_female,
      male: row.workers_male,
      other: row.workers_other,
      under18: row.workers_under18,
      migrant: row.workers_migrant,
    },
    interviews: interviews.map((i) => ({ ...i, referredTo: referredBy.get(i.id) ?? [] })),
    findings,
    outcomes,
    followUps: followUps.map((f) => ({
      id: f.id,
      ref: f.ref,
      status: f.status,
      plannedOn: f.planned_on,
      visitedOn: f.visited_on,
    })),
    plannedBy: who(row.created_by),
    visitedBy: who(row.visited_by),
    createdAt: new Date(row.created_at).toISOString(),
    choices: {
      breaches: list(BREACHES),
      outcomes: list(OUTCOMES),
      screeningAgencies: agencies.map((a) => ({ id: a.id, name: a.name })),
    },
  };
}
