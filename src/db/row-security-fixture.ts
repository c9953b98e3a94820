import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import { permissionsOfRoles, type Role } from '../access/roles.ts';
import type { Database } from './types.ts';

// For the tests of the database's own wall (row-security.db.test.ts): the guarded tables, an actor, and rows
// written straight into the tables (their sealed fields are not sealed: only who sees which row is tested).

/** The tables under row-level security: the sensitive ones of operations, protection, screening and evidence. */
export const GUARDED = [
  'operations',
  'operation_members',
  'operation_log',
  'operation_log_corrections',
  'operation_reviews',
  'intervention_decisions',
  'decision_dissents',
  'screenings',
  'referrals',
  'protection_cases',
  'protection_consents',
  'protection_needs',
  'protection_stays',
  'protection_services',
  'protection_service_events',
  'protection_cooperation',
  'protection_witness_measures',
  'protection_witness_steps',
  'protection_claims',
  'protection_claim_assets',
  'protection_claim_payments',
  'protection_claim_steps',
  'protection_child_steps',
  'protection_identities',
  'protection_case_access',
  'protection_reintegration_plans',
  'protection_follow_ups',
  'exhibits',
  'custody_events',
];

/** A user of an agency, as the reader's scope takes it. */
export const actor = (
  agencyId: string | null,
  userId: string | null,
  roles: Role[] = ['investigator'],
): Actor => ({
  kind: 'user',
  userId,
  agencyId,
  roles,
  permissions: permissionsOfRoles(roles),
  label: 'test',
});

export async function insertScreening(db: Kysely<Database>, agencyId: string, createdBy: string) {
  const { id } = await db
    .insertInto('screenings')
    .values({
      agency_id: agencyId,
      created_by: createdBy,
      source: 'walk_in',
      source_ref: null,
      pseudonym: 'p',
      place_kind: 'shelter',
      place_description: 'd',
      language: 'en',
      interpreter: JSON.stringify({ used: false }),
      consent: JSON.stringify({
        interview: true,
        toldRights: true,
        toldOptions: true,
        toldServicesVoluntary: true,
      }),
      age: 30,
      age_doubtful: false,
      guardian_enc: null,
      exploitation: 'labour',
      set_id: 'set',
      set_version: '1',
      answers: JSON.stringify({}),
      status: 'in_progress',
      evaluation: null,
      non_punishment: false,
      completed_at: null,
      updated_at: new Date(),
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertCase(
  db: Kysely<Database>,
  agencyId: string,
  screeningId: string,
  openedBy: string,
) {
  const { id } = await db
    .insertInto('protection_cases')
    .values({
      agency_id: agencyId,
      screening_id: screeningId,
      pseudonym: 'p',
      child: false,
      status: 'open',
      opened_by: openedBy,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertExhibit(
  db: Kysely<Database>,
  agencyId: string,
  operationId: string | null,
  by: string,
) {
  const { id } = await db
    .insertInto('exhibits')
    .values({
      ref: `X-${randomUUID().slice(0, 8)}`,
      agency_id: agencyId,
      operation_id: operationId,
      nature: 'physical',
      category: 'document',
      description: 'ledger',
      collected_by: by,
      collected_at: new Date(),
      collected_where: 'site',
      seal_number: null,
      hash_algorithm: null,
      digital_hash: null,
      state: 'in_custody',
      custodian: 'store',
      custodian_user_id: null,
      location: 'store',
      custody_count: 0,
      custody_head: 'genesis',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
