import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { isRole, permissionsOfRoles } from '../access/roles.ts';
import { type Keyring, sealText, termHash, termHashes, unsealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { caseOfAgency, ownedCase } from './case-work.ts';
import { documentWords, type IdentityDocument, nameBirthWords } from './identity-keys.ts';

// The person's identity on their case: sealed as one value, read only by the case's caseworker and the colleagues
// they let in, every read (and every refused read) audited. Saving it keys its documents and name-with-birth-date,
// and a person recognised from an earlier case of the agency flags the later case as a possible re-trafficking.

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

export interface Identity {
  names: string[];
  birthDate: string | null;
  nationality: string | null;
  phones: string[];
  documents: IdentityDocument[];
  address: string;
  /** A small photo as a data: URL, or null. */
  photo: string | null;
}

export const identityContext = (caseId: string) => `protection_identity:${caseId}`;

const wordsOf = (i: Identity) => [
  ...i.documents.map((d) => ['document', documentWords(d)] as const),
  ...i.names.map((n) => ['name_birth', nameBirthWords(n, i.birthDate)] as const),
];

async function writeKeys(trx: Trx, ring: Keyring, caseId: string, agencyId: string, identity: Identity) {
  await trx.deleteFrom('protection_identity_keys').where('case_id', '=', caseId).execute();
  const rows = new Map<string, { kind: string; key: string }>();
  for (const [kind, words] of wordsOf(identity))
    if (words) rows.set(`${kind}:${termHash(ring, words)}`, { kind, key: termHash(ring, words) });
  if (rows.size > 0)
    await trx
      .insertInto('protection_identity_keys')
      .values([...rows.values()].map((r) => ({ case_id: caseId, agency_id: agencyId, ...r })))
      .execute();
}

/** The agency's other cases holding one of this identity's keys (under any configured key), earliest first. */
async function casesRecognised(
  trx: Trx,
  ring: Keyring,
  caseId: string,
  agencyId: string,
  identity: Identity,
) {
  const keys = wordsOf(identity).flatMap(([, words]) => (words ? termHashes(ring, words) : []));
  if (keys.length === 0) return [];
  return trx
    .selectFrom('protection_identity_keys as k')
    .innerJoin('protection_cases as c', 'c.id', 'k.case_id')
    .select(['c.id', 'c.opened_at'])
    .distinct()
    .where('k.agency_id', '=', agencyId)
    .where('k.key', 'in', keys)
    .where('k.case_id', '<>', caseId)
    .orderBy('c.opened_at')
    .execute();
}

/** Records (or corrects) the person's identity: the caseworker only. */
export async function saveIdentity(
  db: Q,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  identity: Identity,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    const c = await ownedCase(trx, actor, caseId);
    const sealed = sealText(ring, JSON.stringify(identity), identityContext(caseId));
    const values = { identity: sealed, updated_by: actor.userId as string, updated_at: new Date() };
    await trx
      .insertInto('protection_identities')
      .values({ case_id: caseId, agency_id: c.agency_id, ...values })
      .onConflict((oc) => oc.column('case_id').doUpdateSet(values))
      .execute();
    await writeKeys(trx, ring, caseId, c.agency_id, identity);
    const audit = (action: string, detail: Record<string, unknown>) =>
      appendAudit(trx, {
        actor,
        action,
        resource: { type: 'protection_case', id: caseId },
        outcome: 'success',
        requestId,
        detail,
      });
    await audit('protection.identity_save', {});
    // The later of two cases of one person is the one flagged: the person came back into the picture.
    let flagged: string | null = null;
    for (const other of await casesRecognised(trx, ring, caseId, c.agency_id, identity)) {
      const [earlier, later] =
        new Date(other.opened_at) <= new Date(c.opened_at) ? [other.id, caseId] : [caseId, other.id];
      const updated = await trx
        .updateTable('protection_cases')
        .set({
          retrafficking_flag: 'identity_match',
          retrafficking_flagged_at: new Date(),
          earlier_case_id: earlier,
        })
        .where('id', '=', later)
        .where('earlier_case_id', 'is', null)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) > 0) {
        await audit('protection.retrafficking_flag', {
          case: later,
          earlierCase: earlier,
          reason: 'identity_match',
        });
        if (later === caseId) flagged = earlier;
      }
    }
    return { saved: true, earlierCaseId: flagged };
  });
}

async function mayRead(q: Q | Trx, actor: Actor, c: { id: string; owner_id: string | null }) {
  if (c.owner_id && c.owner_id === actor.userId) return true;
  const grant = await q
    .selectFrom('protection_case_access')
    .select('user_id')
    .where('case_id', '=', c.id)
    .where('user_id', '=', actor.userId ?? '00000000-0000-0000-0000-000000000000')
    .executeTakeFirst();
  return grant !== undefined;
}

/** The person's identity, for the caseworker and those they let in; every read and refusal audited. */
export async function readIdentity(db: Q, actor: Actor, ring: Keyring, caseId: string, requestId: string) {
  const c = await caseOfAgency(db, actor, caseId);
  const allowed = await mayRead(db, actor, c);
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'protection.identity_read',
      resource: { type: 'protection_case', id: caseId },
      outcome: allowed ? 'success' : 'denied',
      requestId,
    }),
  );
  if (!allowed)
    throw new AppError(
      'forbidden',
      "The person's identity is read by the case's caseworker and those they let in: ask the caseworker.",
    );
  const row = await db
    .selectFrom('protection_identities')
    .select(['identity', 'updated_at'])
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return {
    identity: row ? (JSON.parse(unsealText(ring, row.identity, identityContext(caseId))) as Identity) : null,
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
  };
}

/** Lets a colleague of the agency read the identity (the caseworker only); `allow: false` takes it back at once. */
export async function setAccess(
  db: Q,
  actor: Actor,
  caseId: string,
  userId: string,
  allow: boolean,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    const c = await ownedCase(trx, actor, caseId);
    const user = await trx
      .selectFrom('users')
      .select('id')
      .where('id', '=', userId)
      .where('agency_id', '=', c.agency_id)
      .executeTakeFirst();
    if (!user) throw new AppError('validation_failed', 'userId: no such user in your agency');
    if (allow)
      await trx
        .insertInto('protection_case_access')
        .values({ case_id: caseId, user_id: userId, granted_by: actor.userId as string })
        .onConflict((oc) => oc.columns(['case_id', 'user_id']).doNothing())
        .execute();
    else
      await trx
        .deleteFrom('protection_case_access')
        .where('case_id', '=', caseId)
        .where('user_id', '=', userId)
        .execute();
    await appendAudit(trx, {
      actor,
      action: allow ? 'protection.identity_grant' : 'protection.identity_revoke',
      resource: { type: 'protection_case', id: caseId },
      outcome: 'success',
      requestId,
      detail: { user: userId },
    });
    return { userId, allowed: allow };
  });
}

/** What the case page shows of the identity: whether one is recorded, whether the reader may open it, and who may. */
export async function identityAccessOf(db: Q, actor: Actor, c: { id: string; owner_id: string | null }) {
  const [row, grants] = await Promise.all([
    db.selectFrom('protection_identities').select('case_id').where('case_id', '=', c.id).executeTakeFirst(),
    db
      .selectFrom('protection_case_access as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select(['u.id', 'u.display_name', 'a.granted_at'])
      .where('a.case_id', '=', c.id)
      .orderBy('a.granted_at')
      .execute(),
  ]);
  const mine = c.owner_id !== null && c.owner_id === actor.userId;
  return {
    recorded: row !== undefined,
    mayRead: mine || grants.some((g) => g.id === actor.userId),
    readers: grants.map((g) => ({
      id: g.id,
      name: g.display_name,
      since: new Date(g.granted_at).toISOString(),
    })),
  };
}

/**
 * On a key rotation: the identities sealed again (by the caller's pass; all, or those of `caseIds`) are keyed again
 * under the current key.
 */
export async function rekeyIdentities(trx: Trx, ring: Keyring, caseIds?: readonly string[]): Promise<number> {
  const rows = await trx
    .selectFrom('protection_identities')
    .select(['case_id', 'agency_id', 'identity'])
    .$if(caseIds !== undefined, (q) => q.where('case_id', 'in', caseIds ?? []))
    .execute();
  for (const r of rows)
    await writeKeys(
      trx,
      ring,
      r.case_id,
      r.agency_id,
      JSON.parse(unsealText(ring, r.identity, identityContext(r.case_id))) as Identity,
    );
  return rows.length;
}

/**
 * For the caseworker: the colleagues of the agency who may be let in to read the identity (active users whose
 * roles see protection cases), each with whether they are in already.
 */
export async function colleaguesOf(db: Q, actor: Actor, caseId: string) {
  const c = await caseOfAgency(db, actor, caseId);
  if (c.owner_id !== actor.userId)
    throw new AppError('forbidden', "Only the case's caseworker lets colleagues read the identity.");
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .leftJoin('protection_case_access as a', (j) =>
      j.onRef('a.user_id', '=', 'u.id').on('a.case_id', '=', caseId),
    )
    .select(['u.id', 'u.display_name', 'r.role', 'a.user_id as allowed'])
    .where('u.agency_id', '=', c.agency_id)
    .where('u.disabled', '=', false)
    .where('u.id', '<>', actor.userId as string)
    .orderBy('u.display_name')
    .execute();
  const byUser = new Map<string, { id: string; name: string; allowed: boolean }>();
  for (const r of rows)
    if (isRole(r.role) && permissionsOfRoles([r.role]).has('protection.read'))
      byUser.set(r.id, { id: r.id, name: r.display_name, allowed: r.allowed !== null });
  return [...byUser.values()];
}
