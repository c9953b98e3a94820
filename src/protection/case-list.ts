import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, unseal } from '../access/sealing.ts';
import { readScoped } from '../db/row-security.ts';
import type { Database } from '../db/types.ts';
import { type Listing, listQuery, pageOf } from '../platform/listing.ts';
import { EXPLOITATIONS } from '../screening/schema.ts';
import { caseContext } from './cases.ts';
import { CASE_STATUSES } from './catalogue.ts';
import { followUpsDueIn } from './reintegration.ts';
import { PROTECTION_CASE_SORTS as SORTS } from './wire.ts';

// The agency's protection cases as its caseworkers browse them: found by pseudonym, caseworker or the case's id,
// filtered by status, child, exploitation, caseworker and follow-ups due, sorted by any column, a page at a time.
// Pseudonyms are sealed, so the agency's cases are read and opened here and the words and sort applied after.

const NONE = '00000000-0000-0000-0000-000000000000';
const yesNo = z.enum(['true', 'false']).optional();

/** The query string of the case list; without a sort, newest first. */
export const caseListQuery = listQuery({
  sorts: SORTS,
  order: 'desc',
  filters: {
    status: z.enum(CASE_STATUSES).optional(),
    child: yesNo,
    exploitation: z.enum(EXPLOITATIONS).optional(),
    /** The reader's own cases, other caseworkers' or those without one. */
    owner: z.enum(['mine', 'others', 'none']).optional(),
    /** Cases with a reintegration follow-up due or overdue (`true`), or none (`false`). */
    due: yesNo,
  },
});
type Query = z.output<typeof caseListQuery>;

interface Row {
  id: string;
  screeningId: string | null;
  pseudonym: string;
  exploitation: string | null;
  child: boolean;
  status: string;
  openedAt: Date;
  owner: { id: string; name: string } | null;
  mine: boolean;
  followUpsDue: number;
}

// Codes sort in their meaningful order (open before closed; exploitations as the screening lists them), not by
// their spelling, which means nothing in the reader's language.
const STATUS_ORDER: Record<string, number> = Object.fromEntries(CASE_STATUSES.map((s, i) => [s, i]));
const EXPLOITATION_ORDER: Record<string, number> = Object.fromEntries(EXPLOITATIONS.map((s, i) => [s, i]));

export const caseListing: Listing<Row, (typeof SORTS)[number]> = {
  text: (c) => [c.pseudonym, c.owner?.name, c.id],
  sorts: {
    pseudonym: (c) => c.pseudonym,
    opened_at: (c) => c.openedAt,
    exploitation: (c) => (c.exploitation === null ? null : (EXPLOITATION_ORDER[c.exploitation] ?? 99)),
    child: (c) => c.child,
    owner: (c) => c.owner?.name,
    follow_ups_due: (c) => c.followUpsDue,
    status: (c) => STATUS_ORDER[c.status] ?? 99,
  },
};

const owned = (c: Row, owner: Query['owner']) =>
  owner === undefined ||
  (owner === 'mine' ? c.mine : owner === 'none' ? c.owner === null : c.owner !== null && !c.mine);

/**
 * A page of the agency's protection cases, by pseudonym (newest first unless sorted otherwise). The read is
 * audited with the cases the page gave and the number matching, never the words searched.
 */
export async function listCases(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  query: Query,
  language: string,
  requestId: string,
) {
  const agencyId = actor.agencyId ?? NONE;
  const rows = await readScoped(db, actor, (q) =>
    q
      .selectFrom('protection_cases')
      .leftJoin('users', 'users.id', 'protection_cases.owner_id')
      .select([
        'protection_cases.id',
        'protection_cases.screening_id',
        'protection_cases.pseudonym',
        'protection_cases.exploitation',
        'protection_cases.child',
        'protection_cases.status',
        'protection_cases.opened_at',
        'protection_cases.owner_id',
        'users.display_name as owner_name',
      ])
      .where('protection_cases.agency_id', '=', agencyId)
      .orderBy('protection_cases.opened_at', 'desc')
      .orderBy('protection_cases.id')
      .execute(),
  );
  const dueByCase = new Map<string, number>();
  for (const d of (await followUpsDueIn(db, agencyId)).due)
    dueByCase.set(d.caseId, (dueByCase.get(d.caseId) ?? 0) + 1);
  const cases: Row[] = rows.map((r) => ({
    id: r.id,
    screeningId: r.screening_id,
    pseudonym: unseal(ring, r.pseudonym, caseContext(r.id)),
    exploitation: r.exploitation,
    child: r.child,
    status: r.status,
    openedAt: r.opened_at,
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? 'former user' } : null,
    mine: r.owner_id !== null && r.owner_id === actor.userId,
    followUpsDue: dueByCase.get(r.id) ?? 0,
  }));
  const { status, child, exploitation, owner, due, ...paging } = query;
  const filtered = cases.filter(
    (c) =>
      (status === undefined || c.status === status) &&
      (child === undefined || c.child === (child === 'true')) &&
      (exploitation === undefined || c.exploitation === exploitation) &&
      owned(c, owner) &&
      (due === undefined || c.followUpsDue > 0 === (due === 'true')),
  );
  const page = pageOf(filtered, paging, caseListing, language);
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'protection.cases_list',
      outcome: 'success',
      requestId,
      detail: {
        returned: page.rows.length,
        total: page.total,
        page: page.page,
        cases: page.rows.map((c) => c.id),
      },
    }),
  );
  return { cases: page.rows, total: page.total, page: page.page, size: page.size };
}
