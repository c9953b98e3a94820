import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, unseal } from '../access/sealing.ts';
import { readScoped } from '../db/row-security.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { caseContext } from './cases.ts';
import { NEED_DOMAINS, type ShareableItem } from './catalogue.ts';

// Another agency's reading of a protection case — the prosecution's, a receiving provider's: only the items the
// person agreed to share with that agency, read through the live consents on every request, so a withdrawal
// cuts access at once. Needs are shared as levels and services as their standing: the caseworker's notes never
// leave the case. Every reading is audited with the items shown.

type Q = Kysely<Database>;
const NONE = '00000000-0000-0000-0000-000000000000';

/** Live consents to the actor's agency: case → items. */
async function consentedItems(db: Q, actor: Actor, caseId?: string) {
  const rows = await readScoped(db, actor, (q) =>
    q
      .selectFrom('protection_consents')
      .select(['case_id', 'item'])
      .where('recipient_agency_id', '=', actor.agencyId ?? NONE)
      .where('withdrawn_at', 'is', null)
      .$if(caseId !== undefined, (w) => w.where('case_id', '=', caseId as string))
      .execute(),
  );
  const out = new Map<string, Set<ShareableItem>>();
  for (const r of rows) out.set(r.case_id, (out.get(r.case_id) ?? new Set()).add(r.item as ShareableItem));
  return out;
}

const audit = (
  db: Q,
  actor: Actor,
  action: string,
  requestId: string,
  caseId: string | null,
  detail: Record<string, unknown>,
) =>
  db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action,
      ...(caseId ? { resource: { type: 'protection_case', id: caseId } } : {}),
      outcome: 'success',
      requestId,
      detail,
    }),
  );

/** The cases shared with the actor's agency, each with what it shares. */
export async function listShared(db: Q, actor: Actor, ring: Keyring, requestId: string) {
  const shared = await consentedItems(db, actor);
  const ids = [...shared.keys()];
  const rows =
    ids.length === 0
      ? []
      : await readScoped(db, actor, (q) =>
          q
            .selectFrom('protection_cases')
            .innerJoin('agencies', 'agencies.id', 'protection_cases.agency_id')
            .select(['protection_cases.id', 'protection_cases.pseudonym', 'agencies.name as agency'])
            .where('protection_cases.id', 'in', ids)
            .orderBy('protection_cases.opened_at', 'desc')
            .execute(),
        );
  await audit(db, actor, 'protection.shared_list', requestId, null, { returned: rows.length });
  return rows.map((r) => {
    const items = shared.get(r.id) ?? new Set();
    return {
      id: r.id,
      agency: r.agency,
      items: [...items].sort(),
      pseudonym: items.has('pseudonym') ? unseal(ring, r.pseudonym, caseContext(r.id)) : null,
    };
  });
}

/** One case as shared with the actor's agency: only the items consented to, now. */
export async function readShared(db: Q, actor: Actor, ring: Keyring, caseId: string, requestId: string) {
  const items = (await consentedItems(db, actor, caseId)).get(caseId);
  if (!items || items.size === 0) throw new AppError('not_found', 'No such case shared with your agency.');
  // The case as the reader's agency may see it (row-security.ts): the database, too, wants a live consent.
  const c = await readScoped(db, actor, (q) =>
    q
      .selectFrom('protection_cases')
      .innerJoin('agencies', 'agencies.id', 'protection_cases.agency_id')
      .select([
        'protection_cases.id',
        'protection_cases.pseudonym',
        'protection_cases.exploitation',
        'protection_cases.victim_status',
        'agencies.name as agency',
      ])
      .where('protection_cases.id', '=', caseId)
      .executeTakeFirst(),
  );
  if (!c) throw new AppError('not_found', 'No such case shared with your agency.');
  const out: {
    id: string;
    agency: string;
    items: string[];
    pseudonym?: string;
    exploitation?: string | null;
    victimStatus?: string;
    needs?: { domain: string; level: string }[];
    services?: { service: string; status: string }[];
  } = { id: c.id, agency: c.agency, items: [...items].sort() };
  if (items.has('pseudonym')) out.pseudonym = unseal(ring, c.pseudonym, caseContext(c.id));
  if (items.has('exploitation')) out.exploitation = c.exploitation;
  if (items.has('victim_status')) out.victimStatus = c.victim_status;
  if (items.has('needs')) out.needs = await needLevelsOf(db, caseId);
  if (items.has('services')) out.services = await serviceStandingsOf(db, caseId);
  await audit(db, actor, 'protection.shared_read', requestId, caseId, { items: out.items });
  return out;
}

/** The latest needs assessment of a case as levels only (no notes): what may be shared of it. */
export async function needLevelsOf(q: Kysely<Database> | Transaction<Database>, caseId: string) {
  const needs = await q
    .selectFrom('protection_needs')
    .select(['assessment_id', 'domain', 'level'])
    .where('case_id', '=', caseId)
    .orderBy('assessed_at', 'desc')
    .execute();
  const latest = needs[0]?.assessment_id;
  const order = new Map<string, number>(NEED_DOMAINS.map((d, i) => [d, i]));
  return needs
    .filter((n) => n.assessment_id === latest)
    .sort((a, b) => (order.get(a.domain) ?? 0) - (order.get(b.domain) ?? 0))
    .map((n) => ({ domain: n.domain, level: n.level }));
}

/** A case's services as they stand (no steps, no notes): what may be shared of them. */
export async function serviceStandingsOf(q: Kysely<Database> | Transaction<Database>, caseId: string) {
  const rows = await q
    .selectFrom('protection_services')
    .select(['service', 'status'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
  return rows.map((s) => ({ service: s.service, status: s.status }));
}
