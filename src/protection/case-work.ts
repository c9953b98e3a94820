import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, sealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import {
  currentService,
  lockCase,
  needsSentBefore,
  phoneTime,
  refuseStaleStep,
  type StaleStep,
  stepSentBefore,
} from './case-sync.ts';
import {
  assertStep,
  NEED_DOMAINS,
  type NeedDomain,
  type Service,
  type ServiceDecision,
  type ServiceStatus,
} from './catalogue.ts';
import { returnBlockers } from './children.ts';

// A caseworker's changes to a protection case, each in one transaction with its audit entry: taking the case,
// the needs assessment, services offered and the person's answers, the person's word on the status of victim.
// Only the case's owner changes it (another caseworker of the agency takes it over first, which is audited).
// Notes are sealed, bound to their row; audit entries carry codes and ids, never notes.

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** Two sends of one record racing each other: the loser answers as a resend (its id is taken). */
const unique = (e: unknown) => (e as { code?: string }).code === '23505';

export const needNoteContext = (id: string) => `protection_need:${id}:note`;
export const serviceNoteContext = (id: string) => `protection_service_event:${id}:note`;

/** The case, when it belongs to the actor's agency; otherwise not found (another agency's cases do not exist). */
export async function caseOfAgency(q: Q | Trx, actor: Actor, caseId: string) {
  const c = await q
    .selectFrom('protection_cases')
    .selectAll()
    .where('id', '=', caseId)
    .where('agency_id', '=', actor.agencyId ?? '00000000-0000-0000-0000-000000000000')
    .executeTakeFirst();
  if (!c) throw new AppError('not_found', 'No such protection case.');
  return c;
}

export async function ownedCase(trx: Trx, actor: Actor, caseId: string) {
  const c = await caseOfAgency(trx, actor, caseId);
  if (c.status !== 'open') throw new AppError('conflict', 'The case is closed.');
  if (c.owner_id !== actor.userId)
    throw new AppError(
      'forbidden',
      c.owner_id
        ? "Only the case's caseworker changes it: take the case over first."
        : 'The case has no caseworker yet: take it first.',
    );
  return c;
}

const audit = (trx: Trx, actor: Actor, caseId: string, action: string, requestId: string, detail = {}) =>
  appendAudit(trx, {
    actor,
    action,
    resource: { type: 'protection_case', id: caseId },
    outcome: 'success',
    requestId,
    detail,
  });

/** Makes the actor the case's caseworker (taking it over from another is allowed, and audited as such). */
export async function takeCase(db: Q, actor: Actor, caseId: string, requestId: string) {
  if (!actor.userId) throw new AppError('forbidden', 'A caseworker is a user.');
  const userId = actor.userId;
  return db.transaction().execute(async (trx) => {
    const c = await caseOfAgency(trx, actor, caseId);
    if (c.status !== 'open') throw new AppError('conflict', 'The case is closed.');
    if (c.owner_id === userId) return { ownerId: userId };
    await trx.updateTable('protection_cases').set({ owner_id: userId }).where('id', '=', caseId).execute();
    await audit(trx, actor, caseId, 'protection.case_take', requestId, { from: c.owner_id });
    return { ownerId: userId };
  });
}

export interface NeedInput {
  domain: NeedDomain;
  level: string;
  note: string;
}

/** Records a needs assessment: every domain, in the language it was held in. */
export async function assessNeeds(
  db: Q,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  input: { id?: string | undefined; at?: string | undefined; language: string; needs: NeedInput[] },
  requestId: string,
): Promise<{ assessmentId: string; duplicate?: true }> {
  const given = new Set(input.needs.map((n) => n.domain));
  const missing = NEED_DOMAINS.filter((d) => !given.has(d));
  if (missing.length > 0)
    throw new AppError('validation_failed', `needs: every domain is assessed; missing ${missing.join(', ')}`);
  if (given.size !== input.needs.length) throw new AppError('validation_failed', 'needs: each domain once');
  const retry = (e: unknown) => {
    if (input.id && unique(e)) return assessNeeds(db, actor, ring, caseId, input, requestId);
    throw e;
  };
  const recorded = db.transaction().execute(async (trx) => {
    // Sent before (a phone's outbox, a retry after a lost answer): answered as recorded, nothing changes.
    await caseOfAgency(trx, actor, caseId);
    const before = await needsSentBefore(trx, actor, caseId, input.id);
    if (before) return before;
    const c = await ownedCase(trx, actor, caseId);
    const at = phoneTime(input.at, c.opened_at);
    const assessment = input.id ?? crypto.randomUUID();
    for (const n of input.needs) {
      const id = crypto.randomUUID();
      await trx
        .insertInto('protection_needs')
        .values({
          id,
          agency_id: actor.agencyId as string,
          case_id: caseId,
          assessment_id: assessment,
          domain: n.domain,
          level: n.level,
          note: sealText(ring, n.note, needNoteContext(id)),
          language: input.language,
          assessed_by: actor.userId as string,
          ...(at ? { assessed_at: at } : {}),
        })
        .execute();
    }
    const urgent = input.needs.filter((n) => n.level === 'urgent').map((n) => n.domain);
    await audit(trx, actor, caseId, 'protection.needs_assess', requestId, { assessment, urgent });
    return { assessmentId: assessment };
  });
  return recorded.catch(retry);
}

async function serviceEvent(
  trx: Trx,
  actor: Actor,
  ring: Keyring,
  serviceId: string,
  status: ServiceStatus,
  language: string,
  note: string,
  phone: { id?: string | undefined; at?: Date | undefined } = {},
) {
  const id = phone.id ?? crypto.randomUUID();
  await trx
    .insertInto('protection_service_events')
    .values({
      id,
      agency_id: actor.agencyId as string,
      service_id: serviceId,
      status,
      language,
      note: sealText(ring, note, serviceNoteContext(id)),
      by_user: actor.userId as string,
      ...(phone.at ? { at: phone.at } : {}),
    })
    .execute();
}

/** A step as a phone sends it: its id and time there, and the service's status it saw (null: not on the case). */
interface StepFromPhone {
  id?: string | undefined;
  at?: string | undefined;
  base?: string | null | undefined;
}

type Stepped<R> = R | { stale: StaleStep };

/**
 * Offers a service (again, after a decline or a withdrawal), explained by the actor in `language`. The needs are
 * assessed first; nothing else is asked: no other service, nor the status of victim, stands in the way.
 */
export async function offerService(
  db: Q,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  input: StepFromPhone & { service: Service; language: string; note: string },
  requestId: string,
): Promise<{ serviceId: string; status: 'offered'; duplicate?: true }> {
  const r = await db
    .transaction()
    .execute(async (trx): Promise<Stepped<{ serviceId: string; status: 'offered'; duplicate?: true }>> => {
      await caseOfAgency(trx, actor, caseId);
      await lockCase(trx, caseId);
      const before = await stepSentBefore(trx, actor, caseId, input.id, 'offered', input.service);
      if (before) return { ...before, status: 'offered' };
      const c = await ownedCase(trx, actor, caseId);
      const at = phoneTime(input.at, c.opened_at);
      const assessed = await trx
        .selectFrom('protection_needs')
        .select('id')
        .where('case_id', '=', caseId)
        .limit(1)
        .executeTakeFirst();
      if (!assessed)
        throw new AppError('conflict', 'The needs assessment comes first: record it, then offer services.');
      const existing = await trx
        .selectFrom('protection_services')
        .select(['id', 'status'])
        .where('case_id', '=', caseId)
        .where('service', '=', input.service)
        .executeTakeFirst();
      if (input.base !== undefined && (existing?.status ?? null) !== input.base)
        return { stale: await currentService(trx, input.service, existing) };
      let id = existing?.id;
      if (existing) {
        assertStep(input.service, existing.status as ServiceStatus, 'offered');
        await trx
          .updateTable('protection_services')
          .set({ status: 'offered', updated_at: new Date() })
          .where('id', '=', existing.id)
          .execute();
      } else {
        id = crypto.randomUUID();
        await trx
          .insertInto('protection_services')
          .values({
            id,
            agency_id: actor.agencyId as string,
            case_id: caseId,
            service: input.service,
            status: 'offered',
          })
          .execute();
      }
      await serviceEvent(trx, actor, ring, id as string, 'offered', input.language, input.note, {
        id: input.id,
        at,
      });
      await audit(trx, actor, caseId, 'protection.service_offer', requestId, { service: input.service });
      return { serviceId: id as string, status: 'offered' as const };
    })
    .catch((e: unknown) => {
      if (input.id && unique(e)) return offerService(db, actor, ring, caseId, input, requestId);
      throw e;
    });
  if ('stale' in r)
    return refuseStaleStep(
      db,
      actor,
      'protection.service_offer',
      caseId,
      input.base ?? null,
      r.stale,
      requestId,
    );
  return r;
}

/** Records the person's answer on one service (accepted, declined, withdrawn) or that it was completed. */
export async function decideService(
  db: Q,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  serviceId: string,
  input: StepFromPhone & { decision: ServiceDecision; language: string; note: string },
  requestId: string,
): Promise<{ serviceId: string; status: string; duplicate?: true }> {
  const r = await db
    .transaction()
    .execute(async (trx): Promise<Stepped<{ serviceId: string; status: string; duplicate?: true }>> => {
      await caseOfAgency(trx, actor, caseId);
      await lockCase(trx, caseId);
      const before = await stepSentBefore(trx, actor, caseId, input.id, input.decision);
      if (before) return before;
      const c = await ownedCase(trx, actor, caseId);
      const at = phoneTime(input.at, c.opened_at);
      const s = await trx
        .selectFrom('protection_services')
        .select(['id', 'service', 'status'])
        .where('id', '=', serviceId)
        .where('case_id', '=', caseId)
        .executeTakeFirst();
      if (!s) throw new AppError('not_found', 'No such service on this case.');
      if (input.base !== undefined && input.base !== s.status)
        return { stale: await currentService(trx, s.service, s) };
      assertStep(s.service, s.status as ServiceStatus, input.decision);
      if (s.service === 'return' && input.decision === 'accepted') {
        const blockers = await returnBlockers(trx, caseId);
        if (blockers.length > 0)
          throw new AppError('conflict', "return: a child's return waits until what blocks it is resolved.", {
            returnBlockers: blockers,
          });
      }
      await trx
        .updateTable('protection_services')
        .set({ status: input.decision, updated_at: new Date() })
        .where('id', '=', serviceId)
        .execute();
      await serviceEvent(trx, actor, ring, serviceId, input.decision, input.language, input.note, {
        id: input.id,
        at,
      });
      await audit(trx, actor, caseId, 'protection.service_decision', requestId, {
        service: s.service,
        decision: input.decision,
      });
      return { serviceId, status: input.decision };
    })
    .catch((e: unknown) => {
      if (input.id && unique(e)) return decideService(db, actor, ring, caseId, serviceId, input, requestId);
      throw e;
    });
  if ('stale' in r)
    return refuseStaleStep(
      db,
      actor,
      'protection.service_decision',
      caseId,
      input.base ?? null,
      r.stale,
      requestId,
    );
  return r;
}

/**
 * The person's own word on the status of victim: they may decline it (and take it back). Recorded and respected:
 * the case stays open and every service stays theirs to take.
 */
export async function setVictimStatus(
  db: Q,
  actor: Actor,
  caseId: string,
  input: { status: 'presumed' | 'declined'; language: string },
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    const c = await ownedCase(trx, actor, caseId);
    if (c.victim_status === input.status) return { victimStatus: input.status };
    await trx
      .updateTable('protection_cases')
      .set({ victim_status: input.status, victim_status_at: new Date() })
      .where('id', '=', caseId)
      .execute();
    await audit(trx, actor, caseId, 'protection.victim_status', requestId, {
      status: input.status,
      language: input.language,
    });
    return { victimStatus: input.status };
  });
}
