import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, unseal } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { ownedCase } from './case-work.ts';
import { caseContext } from './cases.ts';
import { daysOf, setDays } from './settings.ts';

// Shelter stays, and no detention: each stay records whether the person is free to leave; the case's caseworker
// and the agency's supervisors are warned when a stay passes the agency's thresholds (30 and 90 days unless set
// otherwise), is tied to a pending court date, or holds someone not free to leave. Shelter-days are counted.

type Q = Kysely<Database>;
const DAY = 86_400_000;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

export const thresholdsOf = (db: Q, agencyId: string) => daysOf(db, agencyId, 'stay_thresholds');

export async function setThresholds(db: Q, actor: Actor, thresholds: number[], requestId: string) {
  return { stayThresholds: await setDays(db, actor, 'stay_thresholds', thresholds, requestId) };
}

export interface StayInput {
  place: string;
  providerId?: string | undefined;
  startedOn: string;
  freeToLeave: boolean;
  courtDate?: string | undefined;
}

export async function recordStay(db: Q, actor: Actor, caseId: string, input: StayInput, requestId: string) {
  return db.transaction().execute(async (trx) => {
    await ownedCase(trx, actor, caseId);
    const open = await trx
      .selectFrom('protection_stays')
      .select('id')
      .where('case_id', '=', caseId)
      .where('ended_on', 'is', null)
      .executeTakeFirst();
    if (open)
      throw new AppError('conflict', 'The person is in a stay already: end it before recording another.');
    const row = await trx
      .insertInto('protection_stays')
      .values({
        agency_id: actor.agencyId as string,
        case_id: caseId,
        place: input.place,
        provider_id: input.providerId ?? null,
        started_on: input.startedOn,
        free_to_leave: input.freeToLeave,
        court_date: input.courtDate ?? null,
        recorded_by: actor.userId as string,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor,
      action: 'protection.stay_start',
      resource: { type: 'protection_case', id: caseId },
      outcome: 'success',
      requestId,
      detail: { stay: row.id, freeToLeave: input.freeToLeave, courtTied: input.courtDate !== undefined },
    });
    return { stayId: row.id };
  });
}

export async function endStay(
  db: Q,
  actor: Actor,
  caseId: string,
  stayId: string,
  endedOn: string,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    await ownedCase(trx, actor, caseId);
    const s = await trx
      .selectFrom('protection_stays')
      .select(['id', 'started_on', 'ended_on'])
      .where('id', '=', stayId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!s) throw new AppError('not_found', 'No such stay on this case.');
    if (s.ended_on) throw new AppError('conflict', 'The stay has ended already.');
    if (endedOn < s.started_on) throw new AppError('validation_failed', 'endedOn: before the stay started');
    await trx.updateTable('protection_stays').set({ ended_on: endedOn }).where('id', '=', stayId).execute();
    await appendAudit(trx, {
      actor,
      action: 'protection.stay_end',
      resource: { type: 'protection_case', id: caseId },
      outcome: 'success',
      requestId,
      detail: { stay: stayId },
    });
    return { endedOn };
  });
}

interface StayRow {
  id: string;
  case_id: string;
  place: string;
  started_on: string;
  ended_on: string | null;
  free_to_leave: boolean;
  court_date: string | null;
}

/** A stay as read: its days so far (or in all), and why it warns, if it does. */
export function describeStay(s: StayRow, thresholds: readonly number[], today: Date) {
  const end = s.ended_on ?? isoDay(today);
  const length = Math.max(0, days(s.started_on, end));
  const open = s.ended_on === null;
  const warnings: string[] = [];
  if (open) {
    const passed = thresholds.filter((t) => length >= t);
    if (passed.length > 0) warnings.push(`over_${passed[passed.length - 1]}_days`);
    if (s.court_date) warnings.push('tied_to_court_date');
    if (!s.free_to_leave) warnings.push('not_free_to_leave');
  }
  return {
    id: s.id,
    place: s.place,
    startedOn: s.started_on,
    endedOn: s.ended_on,
    freeToLeave: s.free_to_leave,
    courtDate: s.court_date,
    days: length,
    warnings,
  };
}

const STAY_COLUMNS = [
  'id',
  'case_id',
  'place',
  'started_on',
  'ended_on',
  'free_to_leave',
  'court_date',
] as const;

/** A case's stays, newest first, and its shelter-days in all. */
export async function staysOf(db: Q, agencyId: string, caseId: string, today = new Date()) {
  const thresholds = await thresholdsOf(db, agencyId);
  const rows = await db
    .selectFrom('protection_stays')
    .select(STAY_COLUMNS)
    .where('case_id', '=', caseId)
    .orderBy('started_on', 'desc')
    .execute();
  const stays = rows.map((r) => describeStay(r, thresholds, today));
  return { stays, shelterDays: stays.reduce((n, s) => n + s.days, 0) };
}

/**
 * The agency's open stays that warn, longest first, each with its case's pseudonym and caseworker; `mine` marks
 * the actor's own cases. Supervisors read the whole list; the read is audited.
 */
export async function stayWarnings(
  db: Q,
  actor: Actor,
  ring: Keyring,
  requestId: string,
  today = new Date(),
) {
  const agencyId = actor.agencyId;
  if (!agencyId) throw new AppError('forbidden', 'Stays belong to an agency.');
  const thresholds = await thresholdsOf(db, agencyId);
  const rows = await db
    .selectFrom('protection_stays')
    .innerJoin('protection_cases', 'protection_cases.id', 'protection_stays.case_id')
    .leftJoin('users', 'users.id', 'protection_cases.owner_id')
    .select([
      'protection_stays.id',
      'protection_stays.case_id',
      'protection_stays.place',
      'protection_stays.started_on',
      'protection_stays.ended_on',
      'protection_stays.free_to_leave',
      'protection_stays.court_date',
      'protection_cases.owner_id',
      'protection_cases.pseudonym',
      'users.display_name as owner_name',
    ])
    .where('protection_stays.agency_id', '=', agencyId)
    .where('protection_stays.ended_on', 'is', null)
    .execute();
  const warnings = rows
    .map((r) => ({
      caseId: r.case_id,
      pseudonym: unseal(ring, r.pseudonym, caseContext(r.case_id)),
      owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? 'former user' } : null,
      mine: r.owner_id === actor.userId,
      ...describeStay(r, thresholds, today),
    }))
    .filter((w) => w.warnings.length > 0)
    .sort((a, b) => b.days - a.days);
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'protection.stay_warnings',
      outcome: 'success',
      requestId,
      detail: { returned: warnings.length },
    }),
  );
  return { thresholds, warnings };
}
