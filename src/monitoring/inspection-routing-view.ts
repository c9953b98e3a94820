import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { findSet } from '../screening/sets-store.ts';
import {
  BREACH_CODES,
  type Danger,
  dangerOf,
  type InspectionKind,
  summaryText,
} from './inspection-catalogue.ts';
import { ownedInspection } from './inspection-store.ts';

// An inspection as routing sends it to the police with jurisdiction (src/monitoring/routing*): where the workplace
// is, whether children are concerned, how dangerous the findings are, and a summary of the findings and outcomes in
// words. No worker's identity goes with it (no code, pseudonym or name) and none of the inspector's free text
// (observations, notes, order items), which may name people. The caller audits the routing it makes.

export interface InspectionForRouting {
  id: string;
  ref: string;
  agencyId: string;
  kind: 'labour';
  children: boolean;
  danger: Danger;
  lat: number | null;
  lon: number | null;
  country: string;
  text: string;
}

/** The actor's agency's inspection `id` as routing reads it; another agency's is "not found". */
export async function inspectionForRouting(
  db: Kysely<Database> | Transaction<Database>,
  // The summary carries nothing sealed; the keyring is taken so the signature stays when it comes to.
  _ring: Keyring,
  actor: Actor,
  id: string,
): Promise<InspectionForRouting> {
  const row = await ownedInspection(db, actor, id);
  const findings = await db
    .selectFrom('labour_inspection_findings')
    .select(['indicator_id', 'workers'])
    .where('inspection_id', '=', id)
    .where('answer', '=', 'observed')
    .execute();
  const breaches = await db
    .selectFrom('labour_inspection_breaches')
    .select(['breach', 'workers'])
    .where('inspection_id', '=', id)
    .execute();
  const interviews = await db
    .selectFrom('labour_inspection_interviews')
    .select(['private', 'under18'])
    .where('inspection_id', '=', id)
    .execute();
  const outcomes = await db
    .selectFrom('labour_inspection_outcomes')
    .select(['id', 'kind', 'deadline'])
    .where('inspection_id', '=', id)
    .orderBy('created_at')
    .execute();
  const referred = await db
    .selectFrom('labour_inspection_referrals')
    .select('outcome_id')
    .where('inspection_id', '=', id)
    .execute();
  const set = await findSet(db, actor, row.set_id ?? 'ilo-forced-labour-11', row.set_version ?? '2012');
  const labels = new Map(set.indicators.map((i) => [i.id, i.label]));
  const children =
    (row.workers_under18 ?? 0) > 0 ||
    interviews.some((i) => i.under18) ||
    breaches.some((b) => b.breach === 'child_labour' || b.breach === 'hazardous_work_under18');
  const order = set.indicators.map((i) => i.id);
  const observed = findings.sort((a, b) => order.indexOf(a.indicator_id) - order.indexOf(b.indicator_id));
  return {
    id: row.id,
    ref: row.ref,
    agencyId: row.agency_id,
    kind: 'labour',
    children,
    danger: dangerOf({
      observed: observed.map((f) => f.indicator_id),
      breaches: breaches.map((b) => b.breach),
      children,
    }),
    lat: row.lat,
    lon: row.lon,
    country: row.country,
    text: summaryText({
      ref: row.ref,
      kind: row.kind as InspectionKind,
      workplace: {
        name: row.workplace_name,
        sector: row.sector,
        employer: row.employer,
        address: row.address,
        country: row.country,
      },
      visitedOn: row.visited_on,
      plannedOn: row.planned_on,
      workers: {
        female: row.workers_female,
        male: row.workers_male,
        other: row.workers_other,
        under18: row.workers_under18,
        migrant: row.workers_migrant,
      },
      interviews: { total: interviews.length, private: interviews.filter((i) => i.private).length },
      indicators: observed.map((f) => ({
        label: labels.get(f.indicator_id) ?? f.indicator_id,
        workers: f.workers,
      })),
      breaches: breaches
        .sort((a, b) => BREACH_CODES.indexOf(a.breach as never) - BREACH_CODES.indexOf(b.breach as never))
        .map((b) => ({ breach: b.breach, workers: b.workers })),
      outcomes: outcomes.map((o) => ({
        kind: o.kind,
        deadline: o.deadline,
        workers: referred.filter((r) => r.outcome_id === o.id).length,
      })),
    }),
  };
}
