import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/policy.ts';
import { permissionsOfRoles } from '../access/roles.ts';
import { registerExhibit } from '../evidence/exhibits.ts';
import type { TestApp, TestUser } from '../server/testing.ts';

// For tests: operations written straight into the database as the field would have left them (status, arrests in
// the execution log, exhibits registered with their first custody entry), and shares of them with an agency.

export const actorOfUser = (u: TestUser, roles: Parameters<typeof permissionsOfRoles>[0]): Actor => ({
  kind: 'user',
  userId: u.id,
  agencyId: u.agencyId,
  roles,
  permissions: permissionsOfRoles(roles),
  label: `user:${u.username}`,
});

export async function insertOperation(
  t: TestApp,
  by: TestUser,
  input: { codeName: string; status: 'executing' | 'concluded'; targetEntityId?: string | null },
) {
  const started = new Date('2026-11-20T03:00:00Z');
  const op = await t.database.db
    .insertInto('operations')
    .values({
      agency_id: by.agencyId,
      code_name: input.codeName,
      status: input.status,
      target_entity_id: input.targetEntityId ?? null,
      target_label: 'Target site',
      place: 'Place withheld',
      plan: JSON.stringify({}),
      created_by: by.id,
      updated_by: by.id,
      started_at: started,
      concluded_at: input.status === 'concluded' ? new Date('2026-11-20T09:00:00Z') : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return op.id;
}

export async function logArrest(
  t: TestApp,
  by: TestUser,
  operationId: string,
  /** Whom the arrest names; null for an entry that names no one. */
  person: string | null,
  entityId: string | null,
  minute: number,
) {
  const id = randomUUID();
  await t.database.db
    .insertInto('operation_log')
    .values({
      id,
      operation_id: operationId,
      kind: 'arrest',
      occurred_at: new Date(Date.UTC(2026, 10, 20, 4, minute)),
      recorded_by: by.id,
      entry: JSON.stringify({
        ...(person === null ? {} : { person }),
        entityId,
        targetIndex: null,
        place: 'Office',
        separatedFromVictims: true,
        separationNote: '',
      }),
    })
    .execute();
  return id;
}

export async function seizeExhibit(
  t: TestApp,
  by: TestUser,
  operationId: string,
  description: string,
  minute: number,
) {
  return t.database.db.transaction().execute((trx) =>
    registerExhibit(
      trx,
      actorOfUser(by, ['investigator']),
      {
        nature: 'physical',
        category: 'ledger',
        description,
        where: 'Office',
        sealNumber: `S-${minute}`,
        digitalHash: null,
        operationId,
        collectedAt: new Date(Date.UTC(2026, 10, 20, 5, minute)),
        authority: 'Approved plan',
        purpose: 'Seized during the operation',
      },
      'test',
    ),
  );
}

export async function share(
  t: TestApp,
  by: TestUser,
  type: 'operation' | 'exhibit' | 'intel_report' | 'entity',
  id: string,
  agencyId: string,
) {
  await t.database.db
    .insertInto('shares')
    .values({ resource_type: type, resource_id: id, agency_id: agencyId, shared_by: by.id })
    .execute();
}
