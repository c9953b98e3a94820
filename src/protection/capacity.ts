import { type Kysely, sql, type Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';

// What a provider can take, checked before anyone is referred to it: a child only where children are taken, an
// adult only where adults are, the person's sex where the provider takes it, a shared language (or interpretation
// arranged), and a free bed at a shelter. A provider run by an agency on Lantern keeps its own capacity.

type Q = Kysely<Database> | Transaction<Database>;

export const SEXES = ['female', 'male', 'other'] as const;

export interface Capacity {
  kind: string;
  beds: number | null;
  /** Beds taken: open stays and accepted referrals not yet arrived. */
  occupied: number;
  languages: readonly string[];
  sexes: readonly string[];
  acceptsChildren: boolean;
  acceptsAdults: boolean;
}

export interface Person {
  /** Under 18, of unknown age or whose age is doubted. */
  child: boolean;
  sex: string | null;
  language: string;
}

/** Why this person cannot be referred to this provider, each reason naming what does not fit; [] when none. */
export function capacityProblems(p: Capacity, person: Person, interpreterArranged: boolean): string[] {
  const out: string[] = [];
  if (person.child && !p.acceptsChildren)
    out.push(
      'this provider does not accept children; a person under 18, of unknown age or whose age is doubted is referred only to a provider that does',
    );
  if (!person.child && !p.acceptsAdults) out.push('this provider takes children only');
  if (person.sex && person.sex !== 'undisclosed' && !p.sexes.includes(person.sex))
    out.push(`this provider takes ${p.sexes.join(' and ')} people only`);
  if (p.languages.length > 0 && !p.languages.includes(person.language) && !interpreterArranged)
    out.push(
      `this provider works in ${p.languages.join(', ')}, not in the person's language (${person.language}): arrange interpretation or choose another provider`,
    );
  if (p.beds !== null && p.occupied >= p.beds) out.push(`no free bed (${p.occupied} of ${p.beds} taken)`);
  return out;
}

/** Beds taken per provider: people in an open stay there, or accepted by it and not yet arrived (counted once). */
export async function occupancy(q: Q): Promise<Map<string, number>> {
  const rows = await sql<{ provider_id: string; n: number | string }>`
    SELECT provider_id, count(DISTINCT screening_id) AS n FROM (
      SELECT s.provider_id, coalesce(c.screening_id, c.id) AS screening_id FROM protection_stays s
        JOIN protection_cases c ON c.id = s.case_id
        WHERE s.ended_on IS NULL AND s.provider_id IS NOT NULL
      UNION
      SELECT r.provider_id, r.screening_id FROM referrals r WHERE r.status = 'accepted'
    ) taken GROUP BY provider_id`.execute(q);
  return new Map(rows.rows.map((r) => [r.provider_id, Number(r.n)]));
}

type ProviderRow = {
  kind: string;
  beds: number | null;
  languages: string[];
  sexes: string[];
  accepts_children: boolean;
  accepts_adults: boolean;
};

export const capacityOf = (p: ProviderRow, occupied: number): Capacity => ({
  kind: p.kind,
  beds: p.beds,
  occupied,
  languages: p.languages,
  sexes: p.sexes,
  acceptsChildren: p.accepts_children,
  acceptsAdults: p.accepts_adults,
});

/** The directory of providers with what each can take now (free beds where counted). */
export async function listProviders(q: Q) {
  const [rows, taken] = await Promise.all([
    q.selectFrom('service_providers').selectAll().orderBy('kind').orderBy('name').execute(),
    occupancy(q),
  ]);
  return rows.map((r) => {
    const occupied = taken.get(r.id) ?? 0;
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      languages: r.languages,
      area: r.area,
      acceptsChildren: r.accepts_children,
      acceptsAdults: r.accepts_adults,
      sexes: r.sexes,
      beds: r.beds,
      freeBeds: r.beds === null ? null : Math.max(0, r.beds - occupied),
      runByAgencyId: r.agency_id,
    };
  });
}

export interface CapacityInput {
  beds: number | null;
  languages: string[];
  sexes: string[];
  acceptsChildren: boolean;
  acceptsAdults: boolean;
}

/** A provider's agency reports what it can take (only the agency that runs it). */
export async function setCapacity(
  db: Kysely<Database>,
  actor: Actor,
  providerId: string,
  input: CapacityInput,
  requestId: string,
) {
  if (!input.acceptsChildren && !input.acceptsAdults)
    throw new AppError('validation_failed', 'acceptsAdults: a provider takes children, adults or both');
  if (input.sexes.length === 0) throw new AppError('validation_failed', 'sexes: name at least one');
  return db.transaction().execute(async (trx) => {
    const p = await trx
      .selectFrom('service_providers')
      .select(['id', 'agency_id'])
      .where('id', '=', providerId)
      .executeTakeFirst();
    if (!p || p.agency_id !== actor.agencyId)
      throw new AppError('not_found', 'No such provider run by your agency.');
    const values = {
      beds: input.beds,
      languages: [...new Set(input.languages)],
      sexes: SEXES.filter((s) => input.sexes.includes(s)),
      accepts_children: input.acceptsChildren,
      accepts_adults: input.acceptsAdults,
    };
    await trx.updateTable('service_providers').set(values).where('id', '=', providerId).execute();
    await appendAudit(trx, {
      actor,
      action: 'provider.capacity',
      resource: { type: 'service_provider', id: providerId },
      outcome: 'success',
      requestId,
      detail: values,
    });
    const all = await listProviders(trx);
    return all.find((x) => x.id === providerId) as (typeof all)[number];
  });
}
