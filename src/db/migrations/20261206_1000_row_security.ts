import { type Kysely, sql } from 'kysely';

// Row-level security on the most sensitive tables, as a second wall behind the application's own checks
// (src/access/policy.ts, src/operations/compartment.ts): the main reads of operations, protection, screening and
// evidence run as the role lantern_reader, scoped to the reader's agency and user (src/db/row-security.ts), and
// the database itself returns only the rows that scope may see, whatever the query asks.
//
// The role owning the tables (the one Lantern connects as) keeps reading and writing everything, as before:
// policies bind only lantern_reader, which may SELECT and nothing else. Roles are shared by every database of a
// server, so the role is made only when missing, and a concurrent maker (another database being migrated at the
// same time) is not an error. A connecting role that is not a superuser is made a member of it, so that it may
// switch to it; making the role needs CREATEROLE, otherwise an administrator makes it first (see SECURITY.md).

/** The scope's agency and user, as the reader set them for this transaction (null when not set). */
const SCOPE_FUNCTIONS = [
  `CREATE FUNCTION lantern_scope_agency() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('lantern.agency_id', true), '')::uuid $$`,
  `CREATE FUNCTION lantern_scope_user() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('lantern.user_id', true), '')::uuid $$`,
];

// The look-ups the policies need in tables lantern_reader may not read (or whose own policy would then refer to
// itself): they run as the tables' owner, with the search path fixed at creation, and only lantern_reader (and
// the owner) may call them.
const DEFINER_FUNCTIONS: Readonly<Record<string, string>> = {
  // The compartment (compartment.ts activeRole): the scope's user is a current member of the operation.
  'lantern_scope_member(op uuid)': `SELECT op IS NOT NULL AND EXISTS (SELECT 1 FROM operation_members m
    WHERE m.operation_id = op AND m.user_id = lantern_scope_user() AND m.removed_at IS NULL)`,
  // The operation that seized an exhibit no longer hides it from non-members (evidence/exhibits.ts).
  'lantern_scope_operation_ended(op uuid)':
    "SELECT op IS NULL OR EXISTS (SELECT 1 FROM operations o WHERE o.id = op AND o.status = 'concluded')",
  // A record shared with the scope's agency (the shares table, as policy.ts reads it).
  'lantern_scope_shared(kind text, id text)': `SELECT EXISTS (SELECT 1 FROM shares s
    WHERE s.resource_type = kind AND s.resource_id = id AND s.agency_id = lantern_scope_agency())`,
  // A service provider of the scope's agency: a referral to it is in that agency's inbox.
  'lantern_scope_provider(provider uuid)': `SELECT EXISTS (SELECT 1 FROM service_providers p
    WHERE p.id = provider AND p.agency_id = lantern_scope_agency())`,
};

const FUNCTIONS = [
  'lantern_scope_member(uuid)',
  'lantern_scope_operation_ended(uuid)',
  'lantern_scope_shared(text, text)',
  'lantern_scope_provider(uuid)',
  'lantern_scope_agency()',
  'lantern_scope_user()',
];

const OWN_AGENCY = 'agency_id = lantern_scope_agency()';

/** Each table under row-level security, and the rows lantern_reader sees in it. */
const ROW_POLICIES: Readonly<Record<string, string>> = {
  // Operations: the compartment, whatever the member's agency (a commander names members of partner agencies).
  operations: 'lantern_scope_member(id)',
  operation_members: 'lantern_scope_member(operation_id)',
  operation_log: 'lantern_scope_member(operation_id)',
  operation_reviews: 'lantern_scope_member(operation_id)',
  intervention_decisions: OWN_AGENCY,
  decision_dissents:
    'EXISTS (SELECT 1 FROM intervention_decisions d WHERE d.id = decision_dissents.decision_id)',
  // Screening: the agency's own interviews; a referral also to the agency of the provider it was sent to.
  screenings: OWN_AGENCY,
  referrals:
    'EXISTS (SELECT 1 FROM screenings s WHERE s.id = referrals.screening_id) OR lantern_scope_provider(provider_id)',
  // Protection: the agency's own cases; a case also to an agency the person consented to share an item with.
  protection_cases: `${OWN_AGENCY} OR EXISTS (SELECT 1 FROM protection_consents c
    WHERE c.case_id = protection_cases.id AND c.recipient_agency_id = lantern_scope_agency() AND c.withdrawn_at IS NULL)`,
  protection_consents: `${OWN_AGENCY} OR recipient_agency_id = lantern_scope_agency()`,
  protection_needs: OWN_AGENCY,
  protection_stays: OWN_AGENCY,
  protection_services: OWN_AGENCY,
  protection_service_events: OWN_AGENCY,
  protection_cooperation: OWN_AGENCY,
  protection_witness_measures: OWN_AGENCY,
  protection_witness_steps: OWN_AGENCY,
  protection_claims: OWN_AGENCY,
  protection_claim_assets:
    'EXISTS (SELECT 1 FROM protection_claims c WHERE c.id = protection_claim_assets.claim_id)',
  protection_claim_payments: OWN_AGENCY,
  protection_claim_steps: OWN_AGENCY,
  protection_child_steps: OWN_AGENCY,
  protection_identities: OWN_AGENCY,
  protection_case_access:
    'EXISTS (SELECT 1 FROM protection_cases c WHERE c.id = protection_case_access.case_id)',
  protection_reintegration_plans: OWN_AGENCY,
  protection_follow_ups: OWN_AGENCY,
  // Evidence: the agency's exhibits and those shared with it, once the operation that seized them has ended;
  // before that only its members (who also see, as now, the exhibits of an operation they are in).
  exhibits: `lantern_scope_member(operation_id) OR ((${OWN_AGENCY} OR lantern_scope_shared('exhibit', id::text))
    AND lantern_scope_operation_ended(operation_id))`,
  custody_events: 'EXISTS (SELECT 1 FROM exhibits x WHERE x.id = custody_events.exhibit_id)',
};

/** The columns of the tables the scoped reads join to, which carry no policy: names, never secrets. */
const COLUMN_GRANTS = [
  'GRANT SELECT (id, agency_id, display_name, disabled) ON users TO lantern_reader',
  'GRANT SELECT (id, name, kind) ON agencies TO lantern_reader',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    DO $$
    DECLARE
      modern boolean := current_setting('server_version_num')::int >= 160000;
      needs_grant boolean;
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lantern_reader') THEN
        BEGIN
          CREATE ROLE lantern_reader NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
          NULL; -- made meanwhile for another database of this server
        END;
      END IF;
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        IF modern THEN
          needs_grant := NOT pg_has_role(current_user, 'lantern_reader', 'SET');
        ELSE
          needs_grant := NOT pg_has_role(current_user, 'lantern_reader', 'MEMBER');
        END IF;
        IF needs_grant THEN
          BEGIN
            IF modern THEN
              EXECUTE format('GRANT lantern_reader TO %I WITH SET TRUE', current_user);
            ELSE
              EXECUTE format('GRANT lantern_reader TO %I', current_user);
            END IF;
          EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
          END;
        END IF;
      END IF;
    END $$`.execute(db);
  for (const f of SCOPE_FUNCTIONS) await sql.raw(f).execute(db);
  for (const [signature, body] of Object.entries(DEFINER_FUNCTIONS)) {
    const name = signature.slice(0, signature.indexOf('('));
    await sql
      .raw(`CREATE FUNCTION ${signature} RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path FROM CURRENT AS $$ ${body} $$`)
      .execute(db);
    await sql.raw(`REVOKE EXECUTE ON FUNCTION ${name} FROM PUBLIC`).execute(db);
    await sql.raw(`GRANT EXECUTE ON FUNCTION ${name} TO lantern_reader`).execute(db);
  }
  for (const [table, rule] of Object.entries(ROW_POLICIES)) {
    await sql.raw(`GRANT SELECT ON ${table} TO lantern_reader`).execute(db);
    await sql.raw(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`).execute(db);
    await sql
      .raw(`CREATE POLICY lantern_scope ON ${table} FOR SELECT TO lantern_reader USING (${rule})`)
      .execute(db);
  }
  for (const grant of COLUMN_GRANTS) await sql.raw(grant).execute(db);
}

// The role stays: other databases of the server may still use it.
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of Object.keys(ROW_POLICIES).reverse()) {
    await sql.raw(`DROP POLICY lantern_scope ON ${table}`).execute(db);
    await sql.raw(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`).execute(db);
    await sql.raw(`REVOKE SELECT ON ${table} FROM lantern_reader`).execute(db);
  }
  await sql`REVOKE SELECT ON users FROM lantern_reader`.execute(db);
  await sql`REVOKE SELECT ON agencies FROM lantern_reader`.execute(db);
  for (const f of FUNCTIONS) await sql.raw(`DROP FUNCTION ${f}`).execute(db);
}
