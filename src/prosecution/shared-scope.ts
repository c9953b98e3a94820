import type { Transaction } from 'kysely';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import type { Q } from './case-access.ts';
import { type Proposal, proposalsFor, type ScopeSuspect, type TieEvidence } from './scope.ts';

// Scope disclosed with a case file. A prosecution office has no picture of its own: when the police share a
// concluded operation's file, they also disclose what their picture ties to the people arrested — the proposals as
// they stand then, computed with the sharer's own rights. A declared tie resting on a report whose handling code
// is C (not to be passed on as it is) is left out, and no report is named: the office sees the tie and its grades,
// and asks for the report through the usual channel. Re-sharing later replaces the disclosure.

/** Computes and keeps the scope the sharer's picture ties to the operation's arrests, for the receiving agency. */
export async function discloseScope(
  trx: Transaction<Database>,
  sharer: Actor,
  operationId: string,
  agencyId: string,
): Promise<number> {
  const op = await trx
    .selectFrom('operations')
    .select(['target_entity_id'])
    .where('id', '=', operationId)
    .executeTakeFirstOrThrow();
  const arrests = await trx
    .selectFrom('operation_log')
    .select('entry')
    .where('operation_id', '=', operationId)
    .where('kind', '=', 'arrest')
    .execute();
  const entityIds = [
    ...new Set(
      arrests
        .map((a) => (a.entry as { entityId?: string | null }).entityId)
        .filter((x): x is string => typeof x === 'string'),
    ),
  ];
  const suspects: ScopeSuspect[] = entityIds.map((id) => ({ id, label: id, entityId: id }));
  const inCase = new Set(entityIds);
  if (op.target_entity_id) inCase.add(op.target_entity_id);
  const { proposals } = await proposalsFor(trx, sharer, suspects, inCase);
  const reportIds = proposals.flatMap((p) =>
    p.ties.flatMap((t) =>
      t.evidence.kind === 'declared' && t.evidence.reportId ? [t.evidence.reportId] : [],
    ),
  );
  const restricted = new Set(
    reportIds.length === 0
      ? []
      : (
          await trx
            .selectFrom('intel_reports')
            .select('id')
            .where('id', 'in', reportIds)
            .where('handling', '=', 'C')
            .execute()
        ).map((r) => r.id),
  );
  const disclosed = proposals
    .map((p) => ({
      ...p,
      ties: p.ties
        .filter((t) => !(t.evidence.kind === 'declared' && restricted.has(t.evidence.reportId ?? '')))
        .map((t) =>
          t.evidence.kind === 'declared' ? { ...t, evidence: { ...t.evidence, reportId: null } } : t,
        ),
    }))
    .filter((p) => p.ties.length > 0);
  const values = {
    proposals: JSON.stringify(disclosed),
    shared_by: sharer.userId as string,
    shared_at: new Date(),
  };
  await trx
    .insertInto('prosecution_shared_scopes')
    .values({ operation_id: operationId, agency_id: agencyId, ...values })
    .onConflict((oc) => oc.columns(['operation_id', 'agency_id']).doUpdateSet(values))
    .execute();
  return disclosed.length;
}

/**
 * The proposals disclosed to the actor's agency with this operation's file, tied to the case's suspects by their
 * entities (a tie of a person no longer in the case is dropped), each tie marked as disclosed by the sharer.
 */
export async function disclosedProposals(
  db: Q,
  actor: Actor,
  operationId: string,
  suspects: readonly ScopeSuspect[],
  inCase: ReadonlySet<string>,
): Promise<Proposal[]> {
  const row = await db
    .selectFrom('prosecution_shared_scopes as s')
    .innerJoin('operations as o', 'o.id', 's.operation_id')
    .innerJoin('agencies as a', 'a.id', 'o.agency_id')
    .select(['s.proposals', 'a.name'])
    .where('s.operation_id', '=', operationId)
    .where('s.agency_id', '=', actor.agencyId ?? '')
    .executeTakeFirst();
  if (!row) return [];
  const byEntity = new Map<string, string[]>();
  for (const s of suspects)
    if (s.entityId) byEntity.set(s.entityId, [...(byEntity.get(s.entityId) ?? []), s.id]);
  return (row.proposals as Proposal[])
    .filter((p) => !inCase.has(p.entity.id))
    .map((p) => ({
      ...p,
      ties: p.ties.flatMap((t) =>
        (byEntity.get(t.suspectId) ?? []).map((suspectId) => ({
          suspectId,
          evidence: { ...t.evidence, disclosedBy: row.name } as unknown as TieEvidence,
        })),
      ),
    }))
    .filter((p) => p.ties.length > 0);
}
