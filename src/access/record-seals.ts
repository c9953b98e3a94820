import { createHmac } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import { verifyCustody } from '../evidence/custody.ts';
import { appendAudit, canonicalJson } from './audit.ts';
import { auditKeys, deriveKey, keyLookup, RECORD_SEAL_LABEL } from './audit-keys.ts';
import { SYSTEM_CLI } from './policy.ts';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The records that decide people's fates, each named by the audit resource type its entries carry, with the
 * fields that decide: a screening's outcome and non-punishment, an intervention decision and its approval, the
 * approval of an operation's plan with the target, place and time it approved. Free text is left out (it may be
 * re-encrypted under a new key without changing). Custody is sealed entry by entry already (see verifyCustody).
 */
const SEALED = {
  screening: {
    table: 'screenings',
    fields: ['id', 'status', 'evaluation', 'non_punishment', 'completed_at', 'set_id', 'set_version'],
    /** A completed screening must be sealed; one with a seal is checked whatever its state. */
    mustBeSealed: (r: Record<string, unknown>) => r.status === 'completed',
    extra: [],
    checkedWhenSealed: true,
  },
  intervention_decision: {
    table: 'intervention_decisions',
    fields: [
      'id',
      'agency_id',
      'target_entity_id',
      'target_label',
      'assessment',
      'recommendation',
      'decision',
      'decided_by',
      'decided_at',
      'status',
      'approver_id',
      'approved_at',
    ],
    mustBeSealed: () => true,
    extra: [],
    checkedWhenSealed: true,
  },
  operation: {
    table: 'operations',
    fields: [
      'id',
      'decision_id',
      'target_entity_id',
      'target_label',
      'place',
      'starts_at',
      'approved_by',
      'approved_at',
    ],
    /** Read to know whether the operation must carry an approval; not sealed (it moves on after approval). */
    extra: ['status'],
    /**
     * An approved plan, and any operation past its approval (one under way or ended must have one). A change of
     * plan before the start legitimately clears the approval and sends the operation back to planning.
     */
    mustBeSealed: (r: Record<string, unknown>) =>
      r.approved_by !== null || ['approved', 'executing', 'concluded'].includes(String(r.status)),
    checkedWhenSealed: false,
  },
} as const;

export type SealedKind = keyof typeof SEALED;
export const SEALED_KINDS = Object.keys(SEALED) as SealedKind[];

const NAMES: Record<SealedKind | 'exhibit', string> = {
  screening: 'screening',
  intervention_decision: 'decision',
  operation: 'plan approval of operation',
  exhibit: 'exhibit',
};

function digest(sealKey: Buffer, kind: SealedKind, row: Record<string, unknown>): string {
  const fields = Object.fromEntries(SEALED[kind].fields.map((f) => [f, row[f] ?? null]));
  return createHmac('sha256', sealKey).update(canonicalJson({ kind, fields })).digest('hex');
}

/**
 * The seal of a record as it is (or is about to be) stored: an HMAC of its deciding fields with a key derived from
 * the newest secret key. It goes into the detail of the audit entry that records the change (`seal`). Keyed, so the
 * digest of a compartmented place and time in the audit view cannot be matched against guesses.
 */
export function sealOfRow(db: Q, kind: SealedKind, row: Record<string, unknown>): string {
  const [newest] = auditKeys(db);
  if (!newest) throw new Error('the audit log has no key');
  return digest(deriveKey(newest.key, RECORD_SEAL_LABEL), kind, row);
}

/** The agencies whose records a check covers: every agency's for a command or a system-wide auditor. */
export type AgencyScope = 'all' | readonly string[];

const NO_AGENCY = '00000000-0000-0000-0000-000000000000';
const inScope = (scope: AgencyScope) => (scope === 'all' ? null : scope.length ? [...scope] : [NO_AGENCY]);

async function readRows(
  db: Q,
  kind: SealedKind,
  id?: string,
  scope: AgencyScope = 'all',
): Promise<Record<string, unknown>[]> {
  const { table, fields, extra } = SEALED[kind];
  // biome-ignore lint/suspicious/noExplicitAny: the table and columns come from the constant above
  let q = (db as Kysely<any>).selectFrom(table).select([...fields, ...extra]);
  if (id !== undefined) q = q.where('id', '=', id);
  const agencies = inScope(scope);
  if (agencies) q = q.where('agency_id', 'in', agencies);
  return (await q.execute()) as Record<string, unknown>[];
}

/** The seal of the record as stored now, read inside the writer's transaction after its change. */
export async function sealStored(trx: Q, kind: SealedKind, id: string): Promise<string> {
  const [row] = await readRows(trx, kind, id);
  if (!row) throw new Error(`no ${NAMES[kind]} ${id} to seal`);
  return sealOfRow(trx, kind, row);
}

export interface RecordProblem {
  type: SealedKind | 'exhibit';
  id: string;
  /** The audit entry the record was compared with, if any. */
  entry: string | null;
  problem: string;
}

export interface RecordsCheck {
  ok: boolean;
  checked: Record<SealedKind | 'exhibit', number>;
  problems: RecordProblem[];
}

interface SealEntry {
  resource_id: string;
  seq: string;
  action: string;
  key_id: string | null;
  seal: string;
}

async function latestSeals(
  db: Kysely<Database>,
  kind: SealedKind,
  scope: AgencyScope,
): Promise<Map<string, SealEntry>> {
  const agencies = inScope(scope);
  const r = await sql<SealEntry>`
    SELECT DISTINCT ON (resource_id) resource_id, seq, action, key_id, detail->>'seal' AS seal
    FROM audit_log
    WHERE resource_type = ${kind} AND detail->>'seal' IS NOT NULL
      ${agencies ? sql`AND (agency_id IS NULL OR agency_id IN (${sql.join(agencies)}))` : sql``}
    ORDER BY resource_id, seq DESC`.execute(db);
  return new Map(r.rows.map((e) => [e.resource_id, e]));
}

/**
 * Recomputes the seal of every fate-deciding record from its current row and compares it with the latest audit
 * entry that sealed it; re-verifies every exhibit's chain of custody. Names each record changed behind the
 * application's back (a presumed victim turned "not indicated", non-punishment cleared, a decision's status, an
 * approval) and the entry it no longer matches. Trust in the entries comes from the keyed chain: run
 * verifyAuditChain too. `scope` limits the check to the records of some agencies (an agency's auditor).
 */
export async function verifyRecords(db: Kysely<Database>, scope: AgencyScope = 'all'): Promise<RecordsCheck> {
  const sealKey = keyLookup(auditKeys(db), RECORD_SEAL_LABEL);
  const problems: RecordProblem[] = [];
  const checked = { screening: 0, intervention_decision: 0, operation: 0, exhibit: 0 };
  for (const kind of SEALED_KINDS) {
    const spec = SEALED[kind];
    const seals = await latestSeals(db, kind, scope);
    const rows = await readRows(db, kind, undefined, scope);
    const seen = new Set<string>();
    for (const row of rows) {
      const id = String(row.id);
      seen.add(id);
      const entry = seals.get(id);
      if (!spec.mustBeSealed(row) && !(entry && spec.checkedWhenSealed)) continue;
      checked[kind]++;
      const name = `${NAMES[kind]} ${id}`;
      if (!entry) {
        problems.push({
          type: kind,
          id,
          entry: null,
          problem: `${name}: no audit entry seals it: it was written outside the application`,
        });
        continue;
      }
      const key = entry.key_id ? sealKey(entry.key_id) : undefined;
      const where = `audit entry ${entry.seq} (${entry.action})`;
      if (!key) {
        problems.push({
          type: kind,
          id,
          entry: entry.seq,
          problem: `${name}: ${where} was sealed with a key that is not configured`,
        });
        continue;
      }
      if (digest(key, kind, row) !== entry.seal)
        problems.push({
          type: kind,
          id,
          entry: entry.seq,
          problem: `${name}: differs from ${where}: it was changed outside the application`,
        });
    }
    // A sealed record gone from its table (of the scope: an entry by another agency's staff is not theirs to see).
    for (const [id, entry] of seals)
      if (!seen.has(id) && spec.checkedWhenSealed && !(await existsElsewhere(db, kind, id)))
        problems.push({
          type: kind,
          id,
          entry: entry.seq,
          problem: `${NAMES[kind]} ${id}: sealed by audit entry ${entry.seq} but no longer exists`,
        });
  }
  const agencies = inScope(scope);
  let xq = db.selectFrom('exhibits').select(['id', 'ref']).orderBy('ref');
  if (agencies) xq = xq.where('agency_id', 'in', agencies);
  const exhibits = await xq.execute();
  for (const x of exhibits) {
    checked.exhibit++;
    const c = await verifyCustody(db, x.id);
    for (const p of c.problems)
      problems.push({ type: 'exhibit', id: x.id, entry: null, problem: `exhibit ${x.ref}: ${p}` });
  }
  return { ok: problems.length === 0, checked, problems };
}

/** A record outside the scope still exists: it is not "gone", only not this auditor's. */
async function existsElsewhere(db: Kysely<Database>, kind: SealedKind, id: string): Promise<boolean> {
  // biome-ignore lint/suspicious/noExplicitAny: the table comes from the constant above
  const found = await (db as Kysely<any>)
    .selectFrom(SEALED[kind].table)
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return found !== undefined;
}

/**
 * Seals the fate-deciding records already stored when the chain is first keyed, so they too are checked from then
 * on. What was changed before this moment cannot be told apart; what changes after can.
 */
export async function sealExistingRecords(trx: Transaction<Database>): Promise<number> {
  let sealed = 0;
  for (const kind of SEALED_KINDS) {
    for (const row of await readRows(trx, kind)) {
      if (!SEALED[kind].mustBeSealed(row)) continue;
      await appendAudit(trx, {
        actor: SYSTEM_CLI,
        action: 'record.sealed',
        resource: { type: kind, id: String(row.id) },
        outcome: 'success',
        detail: { seal: sealOfRow(trx, kind, row), legacy: true },
      });
      sealed++;
    }
  }
  return sealed;
}
