import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, unseal } from '../access/sealing.ts';
import { AppError } from '../platform/errors.ts';
import { caseContext } from '../protection/cases.ts';
import { auditCase, openCaseForChange, type Q, type Trx } from './case-access.ts';
import type { PARTICIPATION_MEASURES, ParticipantRole } from './court-bodies.ts';

// Who took part in a hearing, recorded without identity: a role and a number within the case ("Witness 2"), and
// the protective measures the court granted. A victim-witness is tied to their protection case only when the
// person consents to share their pseudonym with the prosecution agency, and is called by that pseudonym only
// while the consent lasts: it is read from the protection case on every read, never copied, so a withdrawal shows
// "Victim-witness 1" again at the next read.

const ROLE_LABELS: Record<ParticipantRole, string> = {
  victim_witness: 'Victim-witness',
  witness: 'Witness',
  expert: 'Expert',
  officer: 'Officer',
};
const UNIQUE_VIOLATION = '23505';
const NONE = '00000000-0000-0000-0000-000000000000';

/** The protection cases among `ids` whose person consents, now, to share their pseudonym with the agency. */
async function pseudonymsShared(q: Q | Trx, agencyId: string | null, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await q
    .selectFrom('protection_consents')
    .select('case_id')
    .where('case_id', 'in', ids)
    .where('item', '=', 'pseudonym')
    .where('recipient_agency_id', '=', agencyId ?? NONE)
    .where('withdrawn_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.case_id));
}

/** The person's pseudonym, shown to the agency they consented to share it with; the reading audited on their case. */
async function readPseudonym(
  trx: Trx,
  actor: Actor,
  ring: Keyring,
  protectionCaseId: string,
  caseId: string,
  requestId: string,
) {
  const c = await trx
    .selectFrom('protection_cases')
    .select('pseudonym')
    .where('id', '=', protectionCaseId)
    .executeTakeFirstOrThrow();
  await auditPseudonymRead(trx, actor, protectionCaseId, caseId, requestId);
  return unseal(ring, c.pseudonym, caseContext(protectionCaseId));
}

/** A pseudonym shown in the prosecution's court record is audited on the protection case, as the items read. */
export const auditPseudonymRead = (
  trx: Trx,
  actor: Actor,
  protectionCaseId: string,
  caseId: string,
  requestId: string,
) =>
  appendAudit(trx, {
    actor,
    action: 'protection.shared_read',
    resource: { type: 'protection_case', id: protectionCaseId },
    outcome: 'success',
    requestId,
    detail: { items: ['pseudonym'], prosecutionCase: caseId },
  });

export async function recordParticipant(
  db: Q,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  hearingId: string,
  input: {
    role: ParticipantRole;
    n?: number | undefined;
    protectionCaseId?: string | undefined;
    measures: (typeof PARTICIPATION_MEASURES)[number][];
  },
  requestId: string,
) {
  const pcase = input.protectionCaseId;
  if (pcase !== undefined && input.role !== 'victim_witness')
    throw new AppError(
      'validation_failed',
      'protectionCaseId: only a victim-witness is tied to a protection case.',
    );
  const measures = [...new Set(input.measures)];
  try {
    return await db.transaction().execute(async (trx) => {
      const c = await openCaseForChange(trx, actor, caseId);
      const h = await trx
        .selectFrom('prosecution_hearings')
        .select(['id', 'outcome'])
        .where('id', '=', hearingId)
        .where('case_id', '=', caseId)
        .executeTakeFirst();
      if (!h) throw new AppError('not_found', 'hearingId: no such hearing in this case file.');
      if (h.outcome === 'cancelled')
        throw new AppError('conflict', 'This hearing was cancelled; nobody took part in it.');
      if (pcase !== undefined && !(await pseudonymsShared(trx, c.agencyId, [pcase])).has(pcase))
        throw new AppError(
          'not_found',
          'protectionCaseId: no protection case shares its pseudonym with your agency under this id.',
        );
      const known = await trx
        .selectFrom('prosecution_participants')
        .select(['n', 'protection_case_id'])
        .where('case_id', '=', caseId)
        .where('role', '=', input.role)
        .execute();
      const next = Math.max(0, ...known.map((k) => k.n)) + 1;
      const tied = pcase === undefined ? undefined : known.find((k) => k.protection_case_id === pcase)?.n;
      const n = tied ?? input.n ?? next;
      const label = `${ROLE_LABELS[input.role]} ${n}`;
      if (tied !== undefined && input.n !== undefined && input.n !== tied)
        throw new AppError(
          'conflict',
          `n: this protection case is ${ROLE_LABELS[input.role]} ${tied} in this case file.`,
        );
      if (n > next)
        throw new AppError(
          'validation_failed',
          `n: ${label} is not recorded yet; the next new one is ${next}.`,
        );
      const other = known.find(
        (k) => k.n === n && k.protection_case_id && pcase && k.protection_case_id !== pcase,
      );
      if (other) throw new AppError('conflict', `n: ${label} is tied to another protection case.`);
      await trx
        .selectFrom('prosecution_hearings')
        .select('id')
        .where('id', '=', hearingId)
        .forUpdate()
        .execute();
      const row = await trx
        .insertInto('prosecution_participants')
        .values({
          agency_id: c.agencyId,
          case_id: caseId,
          hearing_id: hearingId,
          role: input.role,
          n,
          protection_case_id: pcase ?? null,
          measures: JSON.stringify(measures),
          recorded_by: c.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await auditCase(trx, actor, caseId, 'prosecution.participant', requestId, {
        hearing: hearingId,
        participant: row.id,
        role: input.role,
        n,
        protectionCase: pcase ?? null,
        measures,
      });
      const pseudonym =
        pcase === undefined ? null : await readPseudonym(trx, actor, ring, pcase, caseId, requestId);
      return { participantId: row.id, role: input.role, n, label: pseudonym ?? label };
    });
  } catch (e) {
    if ((e as { code?: string }).code === UNIQUE_VIOLATION)
      throw new AppError(
        'conflict',
        `This ${ROLE_LABELS[input.role].toLowerCase()} is recorded at this hearing already.`,
      );
    throw e;
  }
}

/**
 * The participants of a case's hearings, each named as the live consent allows; and the
 * protection cases whose pseudonym the read shows, for its audit.
 */
export async function participantsOf(db: Q, actor: Actor, ring: Keyring, caseId: string) {
  const rows = await db
    .selectFrom('prosecution_participants')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
  const tied = [...new Set(rows.flatMap((r) => (r.protection_case_id ? [r.protection_case_id] : [])))];
  const shared = await pseudonymsShared(db, actor.agencyId, tied);
  const sealed =
    shared.size === 0
      ? []
      : await db
          .selectFrom('protection_cases')
          .select(['id', 'pseudonym'])
          .where('id', 'in', [...shared])
          .execute();
  const names = new Map(sealed.map((s) => [s.id, unseal(ring, s.pseudonym, caseContext(s.id))]));
  const participants = rows.map((r) => {
    const live = r.protection_case_id && shared.has(r.protection_case_id) ? r.protection_case_id : null;
    const pseudonym = live ? (names.get(live) ?? null) : null;
    return {
      id: r.id,
      hearingId: r.hearing_id,
      role: r.role,
      n: r.n,
      label: pseudonym ?? `${ROLE_LABELS[r.role as ParticipantRole] ?? r.role} ${r.n}`,
      pseudonym,
      protectionCaseId: live,
      measures: r.measures,
    };
  });
  return { participants, pseudonymsShown: [...names.keys()] };
}
