import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, unseal, unsealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { caseOfAgency } from './case-work.ts';
import { caseContext } from './cases.ts';
import type { TransferItem } from './return-bodies.ts';
import { needLevelsOf, serviceStandingsOf } from './shared.ts';
import { transferNoteContext } from './transfers.ts';

// Transfers as read: the receiving agency's inbox, and a case's transfers with their steps. What a receiver sees is
// computed from the sending case at each read, item by item as the person agreed, so a withdrawal cuts it at once;
// needs are shared as levels and services as their standing, the caseworker's notes never. Reads are audited.

type Q = Kysely<Database>;
type Trx = Transaction<Database>;
const NONE = '00000000-0000-0000-0000-000000000000';

const AGE_GROUPS: readonly [number, string][] = [
  [11, '0-11'],
  [14, '12-14'],
  [17, '15-17'],
  [24, '18-24'],
  [34, '25-34'],
  [49, '35-49'],
];
/** The age group of an age in years ('unknown' when not known). */
export const ageGroup = (age: number | null): string =>
  age === null ? 'unknown' : (AGE_GROUPS.find(([max]) => age <= max)?.[1] ?? '50+');

/** What a transfer may take from a case: its pseudonym (opened), exploitation, child, and its screening's age. */
export async function readCaseForTransfer(q: Q | Trx, ring: Keyring, caseId: string) {
  const c = await q
    .selectFrom('protection_cases')
    .leftJoin('screenings', 'screenings.id', 'protection_cases.screening_id')
    .select([
      'protection_cases.id',
      'protection_cases.pseudonym',
      'protection_cases.exploitation',
      'protection_cases.child',
      'screenings.age',
      'screenings.language',
      'screenings.sex',
    ])
    .where('protection_cases.id', '=', caseId)
    .executeTakeFirstOrThrow();
  return { ...c, pseudonym: unseal(ring, c.pseudonym, caseContext(c.id)) };
}

export interface SharedValues {
  pseudonym?: string;
  ageGroup?: { group: string; treatedAsChild: boolean };
  sex?: string | null;
  language?: string | null;
  exploitation?: string | null;
  needs?: { domain: string; level: string }[];
  services?: { service: string; status: string }[];
  returnPlanNote?: string;
}

/** The values of the items a transfer shares, read from the sending case now. */
export async function sharedValues(
  q: Q,
  ring: Keyring,
  t: { id: string; case_id: string; items: string[]; note: string },
): Promise<SharedValues> {
  const items = new Set(t.items as TransferItem[]);
  if (items.size === 0) return {};
  const c = await readCaseForTransfer(q, ring, t.case_id);
  const out: SharedValues = {};
  if (items.has('pseudonym')) out.pseudonym = c.pseudonym;
  if (items.has('age_group')) out.ageGroup = { group: ageGroup(c.age ?? null), treatedAsChild: c.child };
  if (items.has('sex')) out.sex = c.sex ?? null;
  if (items.has('language')) out.language = c.language ?? null;
  if (items.has('exploitation')) out.exploitation = c.exploitation;
  if (items.has('needs')) out.needs = await needLevelsOf(q, t.case_id);
  if (items.has('services')) out.services = await serviceStandingsOf(q, t.case_id);
  if (items.has('return_plan_note')) out.returnPlanNote = unsealText(ring, t.note, transferNoteContext(t.id));
  return out;
}

const auditRead = (
  db: Q,
  actor: Actor,
  action: string,
  caseId: string | null,
  requestId: string,
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

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * The transfers sent to the actor's agency, newest first, each with what the person agreed to share. A cancelled
 * transfer is not listed; a declined one is listed without its values.
 */
export async function transferInbox(db: Q, actor: Actor, ring: Keyring, requestId: string) {
  const rows = await db
    .selectFrom('protection_transfers as t')
    .innerJoin('agencies as a', 'a.id', 't.agency_id')
    .selectAll('t')
    .select('a.name as from_agency')
    .where('t.to_agency_id', '=', actor.agencyId ?? NONE)
    .where('t.status', '<>', 'cancelled')
    .orderBy('t.created_at', 'desc')
    .limit(200)
    .execute();
  const out = [];
  for (const t of rows)
    out.push({
      id: t.id,
      kind: t.kind,
      status: t.status,
      fromAgency: t.from_agency,
      country: t.country,
      sentAt: iso(t.created_at),
      updatedAt: iso(t.updated_at),
      completedOn: t.completed_on,
      caseId: t.receiving_case_id,
      items: t.status === 'declined' ? [] : t.items,
      ...(t.status === 'declined' ? {} : await sharedValues(db, ring, t)),
    });
  await auditRead(db, actor, 'protection.transfer_inbox', null, requestId, {
    returned: out.length,
    transfers: out.map((t) => t.id),
  });
  return out;
}

/** A case's transfers, oldest first, with their steps; and, for a case opened from one, what arrived with it. */
export async function caseTransfers(db: Q, actor: Actor, ring: Keyring, caseId: string, requestId: string) {
  const c = await caseOfAgency(db, actor, caseId);
  const rows = await db
    .selectFrom('protection_transfers as t')
    .leftJoin('agencies as a', 'a.id', 't.to_agency_id')
    .selectAll('t')
    .select('a.name as to_agency_name')
    .where('t.case_id', '=', caseId)
    .orderBy('t.created_at')
    .execute();
  const steps =
    rows.length === 0
      ? []
      : await db
          .selectFrom('protection_transfer_steps as s')
          .innerJoin('agencies as a', 'a.id', 's.by_agency')
          .innerJoin('users as u', 'u.id', 's.by_user')
          .select(['s.transfer_id', 's.status', 's.on_date', 's.language', 's.at', 's.by_agency', 'a.name'])
          .select(['u.id as user_id', 'u.display_name'])
          .where(
            's.transfer_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('s.at')
          .execute();
  const transfers = rows.map((t) => ({
    id: t.id,
    kind: t.kind,
    status: t.status,
    to: {
      agency: t.to_agency_id ? { id: t.to_agency_id, name: t.to_agency_name ?? '' } : null,
      organisation: t.to_organisation,
      country: t.to_country,
    },
    country: t.country,
    items: t.items,
    consentLanguage: t.consent_language,
    note: unsealText(ring, t.note, transferNoteContext(t.id)),
    completedOn: t.completed_on,
    sentAt: iso(t.created_at),
    steps: steps
      .filter((s) => s.transfer_id === t.id)
      .map((s) => ({
        status: s.status,
        on: s.on_date,
        language: s.language,
        at: iso(s.at),
        agency: s.name,
        // The other agency's staff are not named to this one.
        by: s.by_agency === c.agency_id ? { id: s.user_id, name: s.display_name } : null,
      })),
  }));
  let arrivedBy = null;
  if (c.transferred_from) {
    const t = await db
      .selectFrom('protection_transfers as t')
      .innerJoin('agencies as a', 'a.id', 't.agency_id')
      .selectAll('t')
      .select('a.name as from_agency')
      .where('t.id', '=', c.transferred_from)
      .executeTakeFirstOrThrow();
    const live = t.status !== 'cancelled';
    arrivedBy = {
      transferId: t.id,
      kind: t.kind,
      status: t.status,
      fromAgency: t.from_agency,
      country: t.country,
      completedOn: t.completed_on,
      items: live ? t.items : [],
      ...(live ? await sharedValues(db, ring, t) : {}),
    };
  }
  await auditRead(db, actor, 'protection.transfers_read', caseId, requestId, {
    returned: transfers.length,
    arrivedBy: c.transferred_from ?? null,
  });
  return { transfers, arrivedBy };
}
