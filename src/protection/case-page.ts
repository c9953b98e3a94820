import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, unseal, unsealText } from '../access/sealing.ts';
import { readScoped } from '../db/row-security.ts';
import type { Database } from '../db/types.ts';
import { caseOfAgency, needNoteContext, serviceNoteContext } from './case-work.ts';
import { caseContext } from './cases.ts';
import { NEED_DOMAINS } from './catalogue.ts';
import { childSection } from './children.ts';
import { consentsOf } from './consent.ts';
import { identityAccessOf } from './identity.ts';
import { staysOf } from './stays.ts';

// The protection case as its caseworker reads it: who the person is known as (the pseudonym), their language,
// their word on the status of victim, the latest needs assessment, and every service with its steps. Every read
// is audited. The person's identity stays with the screening, encrypted; it is not part of this page.

type Q = Kysely<Database>;

/** The case and what its page shows of it, read as the actor: the database, too, keeps to their agency. */
function caseRecords(db: Q, actor: Actor, caseId: string) {
  return readScoped(db, actor, async (q) => {
    const c = await caseOfAgency(q, actor, caseId);
    const screening = await q
      .selectFrom('screenings')
      .select(['language'])
      .where('id', '=', c.screening_id)
      .executeTakeFirst();
    const userIds = new Set<string>([c.opened_by, ...(c.owner_id ? [c.owner_id] : [])]);
    const needs = await q
      .selectFrom('protection_needs')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('assessed_at', 'desc')
      .execute();
    const latest = needs[0]?.assessment_id;
    const current = needs.filter((n) => n.assessment_id === latest);
    for (const n of current) userIds.add(n.assessed_by);
    const services = await q
      .selectFrom('protection_services')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .execute();
    const events =
      services.length === 0
        ? []
        : await q
            .selectFrom('protection_service_events')
            .selectAll()
            .where(
              'service_id',
              'in',
              services.map((s) => s.id),
            )
            .orderBy('at')
            .execute();
    for (const e of events) userIds.add(e.by_user);
    const users = new Map(
      (
        await q
          .selectFrom('users')
          .select(['id', 'display_name'])
          .where('id', 'in', [...userIds])
          .execute()
      ).map((u) => [u.id, u.display_name]),
    );
    return { c, screening, needs, current, services, events, users };
  });
}

export async function readCase(db: Q, actor: Actor, ring: Keyring, caseId: string, requestId: string) {
  const { c, screening, needs, current, services, events, users } = await caseRecords(db, actor, caseId);
  const who = (id: string | null) => (id ? { id, name: users.get(id) ?? 'former user' } : null);
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'protection.case_read',
      resource: { type: 'protection_case', id: caseId },
      outcome: 'success',
      requestId,
    }),
  );
  const order = new Map<string, number>(NEED_DOMAINS.map((d, i) => [d, i]));
  return {
    id: c.id,
    screeningId: c.screening_id,
    pseudonym: unseal(ring, c.pseudonym, caseContext(c.id)),
    exploitation: c.exploitation,
    child: c.child,
    status: c.status,
    openedAt: new Date(c.opened_at).toISOString(),
    openedBy: who(c.opened_by),
    owner: who(c.owner_id),
    language: screening?.language ?? null,
    victimStatus: c.victim_status,
    victimStatusAt: c.victim_status_at ? new Date(c.victim_status_at).toISOString() : null,
    assessments: new Set(needs.map((n) => n.assessment_id)).size,
    needs: current
      .sort((a, b) => (order.get(a.domain) ?? 0) - (order.get(b.domain) ?? 0))
      .map((n) => ({
        domain: n.domain,
        level: n.level,
        note: unsealText(ring, n.note, needNoteContext(n.id)),
        language: n.language,
        assessedAt: new Date(n.assessed_at).toISOString(),
        assessedBy: who(n.assessed_by),
      })),
    consents: await readScoped(db, actor, (q) => consentsOf(q, caseId)),
    childProtection: c.child ? await readScoped(db, actor, (q) => childSection(q, ring, caseId)) : null,
    identity: await identityAccessOf(db, actor, c),
    retrafficking: {
      flag: c.retrafficking_flag,
      flaggedAt: c.retrafficking_flagged_at ? new Date(c.retrafficking_flagged_at).toISOString() : null,
      earlierCaseId: c.earlier_case_id,
    },
    ...(await staysOf(db, c.agency_id, caseId)),
    services: services.map((s) => ({
      id: s.id,
      service: s.service,
      status: s.status,
      updatedAt: new Date(s.updated_at).toISOString(),
      steps: events
        .filter((e) => e.service_id === s.id)
        .map((e) => ({
          status: e.status,
          language: e.language,
          note: unsealText(ring, e.note, serviceNoteContext(e.id)),
          at: new Date(e.at).toISOString(),
          by: who(e.by_user),
        })),
    })),
  };
}
