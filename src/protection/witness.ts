import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, sealText, unsealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { caseOfAgency, ownedCase } from './case-work.ts';
import { amountOf, namesOf, toHundredths } from './compensation.ts';
import {
  type CooperationStance,
  type HEARING_SUPPORTS,
  type MeasureKind,
  type MeasureStatus,
  PAID_KINDS,
  PERMIT_KINDS,
  type REPRISAL_LEVELS,
} from './justice-bodies.ts';

// Witness support without pressure. Whether the person cooperates with a prosecution is theirs to decide and never
// changes their services: their stance is recorded as a history of steps (the latest is the current one) and
// nothing else reads it — no service, stay, consent or claim checks it. Support measures (permits, protection,
// hearing support, travel and subsistence) are each recorded with a status and its steps; a permit near or past
// its valid-until date shows so when read. Notes are sealed; audit entries carry codes and ids only.

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

const NEXT: Record<MeasureStatus, readonly MeasureStatus[]> = {
  requested: ['granted', 'refused', 'provided'],
  granted: ['provided', 'expired'],
  refused: ['requested'],
  expired: ['requested'],
  provided: [],
};

/** A permit whose valid-until date is this many days away, or fewer, shows as expiring. */
export const EXPIRY_WARNING_DAYS = 30;

const has = (list: readonly string[], v: string) => list.includes(v);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const measureNoteContext = (id: string) => `protection_witness_measure:${id}:note`;

const audit = (trx: Trx, actor: Actor, caseId: string, action: string, requestId: string, detail = {}) =>
  appendAudit(trx, {
    actor,
    action,
    resource: { type: 'protection_case', id: caseId },
    outcome: 'success',
    requestId,
    detail,
  });

/** Records the person's stance on cooperating, as discussed with them on `on`, in `language`. */
export async function recordCooperation(
  db: Q,
  actor: Actor,
  caseId: string,
  input: { stance: CooperationStance; on: string; language: string },
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    await ownedCase(trx, actor, caseId);
    const row = await trx
      .insertInto('protection_cooperation')
      .values({
        agency_id: actor.agencyId as string,
        case_id: caseId,
        stance: input.stance,
        discussed_on: input.on,
        language: input.language,
        recorded_by: actor.userId as string,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, actor, caseId, 'protection.witness_cooperation', requestId, {
      step: row.id,
      stance: input.stance,
    });
    return { stepId: row.id, stance: input.stance };
  });
}

export interface MeasureInput {
  kind: MeasureKind;
  validUntil?: string | undefined;
  reprisalLevel?: (typeof REPRISAL_LEVELS)[number] | undefined;
  country?: string | undefined;
  hearingOn?: string | undefined;
  support?: (typeof HEARING_SUPPORTS)[number][] | undefined;
  amount?: number | undefined;
  currency?: string | undefined;
  note: string;
}

/** Which kinds each detail belongs to (and is needed by), and what is said when it is missing. */
const DETAILS: Record<string, { kinds: readonly string[]; needed: string }> = {
  validUntil: { kinds: PERMIT_KINDS, needed: 'a permit needs the date it is valid until' },
  reprisalLevel: { kinds: ['reprisal_risk_family'], needed: 'a risk of reprisals needs its level' },
  country: { kinds: ['reprisal_risk_family'], needed: 'a risk of reprisals needs the country it is in' },
  hearingOn: { kinds: ['hearing_support'], needed: 'hearing support needs the hearing date' },
  support: { kinds: ['hearing_support'], needed: 'hearing support needs what support is given' },
  amount: { kinds: PAID_KINDS, needed: 'travel and subsistence need the amount' },
  currency: { kinds: PAID_KINDS, needed: 'travel and subsistence need the currency' },
};

/** Why a measure's details do not fit its kind (`field: reason`), or null when they do. */
export function measureProblem(input: MeasureInput): string | null {
  for (const [field, rule] of Object.entries(DETAILS)) {
    const v = (input as unknown as Record<string, unknown>)[field];
    const given = v !== undefined && !(Array.isArray(v) && v.length === 0);
    const belongs = has(rule.kinds, input.kind);
    if (belongs && !given) return `${field}: ${rule.needed}`;
    if (!belongs && given) return `${field}: not part of a ${input.kind} measure`;
  }
  return null;
}

/** Records a support measure asked for the person; it starts as requested. */
export async function requestMeasure(
  db: Q,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  input: MeasureInput,
  requestId: string,
) {
  const problem = measureProblem(input);
  if (problem) throw new AppError('validation_failed', problem);
  return db.transaction().execute(async (trx) => {
    await ownedCase(trx, actor, caseId);
    const id = crypto.randomUUID();
    await trx
      .insertInto('protection_witness_measures')
      .values({
        id,
        agency_id: actor.agencyId as string,
        case_id: caseId,
        kind: input.kind,
        status: 'requested',
        valid_until: input.validUntil ?? null,
        reprisal_level: input.reprisalLevel ?? null,
        reprisal_country: input.country ?? null,
        hearing_on: input.hearingOn ?? null,
        hearing_support: input.support ?? null,
        amount: input.amount ?? null,
        currency: input.currency ?? null,
        note: sealText(ring, input.note, measureNoteContext(id)),
        created_by: actor.userId as string,
      })
      .execute();
    await trx
      .insertInto('protection_witness_steps')
      .values({
        agency_id: actor.agencyId as string,
        measure_id: id,
        status: 'requested',
        valid_until: input.validUntil ?? null,
        by_user: actor.userId as string,
      })
      .execute();
    await audit(trx, actor, caseId, 'protection.witness_measure', requestId, {
      measure: id,
      kind: input.kind,
    });
    return { measureId: id, status: 'requested' as const };
  });
}

export interface MeasureStepInput {
  status: MeasureStatus;
  /** A permit granted (again) until this date. */
  validUntil?: string | undefined;
  /** Travel or subsistence paid to the person on this date. */
  paidOn?: string | undefined;
}

/** Moves a measure to its next status, with the new valid-until date of a permit or the paid date of money. */
export async function stepMeasure(
  db: Q,
  actor: Actor,
  caseId: string,
  measureId: string,
  input: MeasureStepInput,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    await ownedCase(trx, actor, caseId);
    const m = await trx
      .selectFrom('protection_witness_measures')
      .select(['id', 'kind', 'status'])
      .where('id', '=', measureId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!m) throw new AppError('not_found', 'No such support measure on this case.');
    const from = m.status as MeasureStatus;
    if (!NEXT[from].includes(input.status)) {
      const allowed = NEXT[from];
      throw new AppError(
        'conflict',
        allowed.length === 0
          ? `${m.kind}: the measure is ${from}: nothing follows`
          : `${m.kind}: a measure ${from} can next be ${allowed.join(' or ')}, not ${input.status}`,
      );
    }
    const permit = has(PERMIT_KINDS, m.kind);
    const paid = has(PAID_KINDS, m.kind);
    if (input.validUntil !== undefined && !(permit && input.status === 'granted'))
      throw new AppError(
        'validation_failed',
        'validUntil: only a permit being granted takes a valid-until date',
      );
    if (input.paidOn !== undefined && !(paid && input.status === 'provided'))
      throw new AppError('validation_failed', 'paidOn: only travel or subsistence being provided is paid');
    if (paid && input.status === 'provided' && input.paidOn === undefined)
      throw new AppError('validation_failed', `paidOn: ${m.kind} is provided on the date it was paid`);
    await trx
      .updateTable('protection_witness_measures')
      .set({
        status: input.status,
        updated_at: new Date(),
        ...(input.validUntil !== undefined ? { valid_until: input.validUntil } : {}),
        ...(input.paidOn !== undefined ? { paid_on: input.paidOn } : {}),
      })
      .where('id', '=', measureId)
      .execute();
    await trx
      .insertInto('protection_witness_steps')
      .values({
        agency_id: actor.agencyId as string,
        measure_id: measureId,
        status: input.status,
        valid_until: input.validUntil ?? null,
        paid_on: input.paidOn ?? null,
        by_user: actor.userId as string,
      })
      .execute();
    await audit(trx, actor, caseId, 'protection.witness_measure_status', requestId, {
      measure: measureId,
      kind: m.kind,
      status: input.status,
    });
    return { measureId, status: input.status };
  });
}

/** How a permit stands on `today`: expired, expiring (within EXPIRY_WARNING_DAYS) or valid; null if not a live permit. */
export function permitValidity(
  m: { kind: string; status: string; valid_until: string | null },
  today: Date,
): 'valid' | 'expiring' | 'expired' | null {
  if (!has(PERMIT_KINDS, m.kind) || !m.valid_until) return null;
  if (m.status === 'expired') return 'expired';
  if (m.status !== 'granted' && m.status !== 'provided') return null;
  const soon = isoDay(new Date(today.getTime() + EXPIRY_WARNING_DAYS * 86_400_000));
  if (m.valid_until < isoDay(today)) return 'expired';
  return m.valid_until <= soon ? 'expiring' : 'valid';
}

/**
 * The case's witness support as its caseworker reads it: the person's stance now and its history, every measure
 * with its steps, the travel and subsistence paid per currency, and the permits expiring or expired. Audited.
 */
export async function readWitness(
  db: Q,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  requestId: string,
  today = new Date(),
) {
  await caseOfAgency(db, actor, caseId);
  const stances = await db
    .selectFrom('protection_cooperation')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('recorded_at', 'desc')
    .execute();
  const measures = await db
    .selectFrom('protection_witness_measures')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
  const steps =
    measures.length === 0
      ? []
      : await db
          .selectFrom('protection_witness_steps')
          .selectAll()
          .where(
            'measure_id',
            'in',
            measures.map((m) => m.id),
          )
          .orderBy('at')
          .execute();
  const who = await namesOf(db, [
    ...stances.map((s) => s.recorded_by),
    ...measures.map((m) => m.created_by),
    ...steps.map((s) => s.by_user),
  ]);
  await db.transaction().execute((trx) => audit(trx, actor, caseId, 'protection.witness_read', requestId));
  const history = stances.map((s) => ({
    stance: s.stance,
    on: s.discussed_on,
    language: s.language,
    at: new Date(s.recorded_at).toISOString(),
    by: who(s.recorded_by),
  }));
  const paid = new Map<string, { travel: number; subsistence: number }>();
  for (const m of measures) {
    if (!has(PAID_KINDS, m.kind) || m.status !== 'provided' || !m.currency || m.amount === null) continue;
    const sums = paid.get(m.currency) ?? { travel: 0, subsistence: 0 };
    sums[m.kind as 'travel' | 'subsistence'] += toHundredths(m.amount);
    paid.set(m.currency, sums);
  }
  const read = measures.map((m) => ({
    id: m.id,
    kind: m.kind,
    status: m.status,
    validUntil: m.valid_until,
    validity: permitValidity(m, today),
    reprisal: m.reprisal_level ? { level: m.reprisal_level, country: m.reprisal_country } : null,
    hearing: m.hearing_on ? { on: m.hearing_on, support: m.hearing_support ?? [] } : null,
    amount: m.amount === null ? null : amountOf(toHundredths(m.amount)),
    currency: m.currency,
    paidOn: m.paid_on,
    note: unsealText(ring, m.note, measureNoteContext(m.id)),
    createdAt: new Date(m.created_at).toISOString(),
    by: who(m.created_by),
    steps: steps
      .filter((s) => s.measure_id === m.id)
      .map((s) => ({
        status: s.status,
        validUntil: s.valid_until,
        paidOn: s.paid_on,
        at: new Date(s.at).toISOString(),
        by: who(s.by_user),
      })),
  }));
  return {
    cooperation: {
      current: history[0]?.stance ?? 'not_asked',
      since: history[0]?.on ?? null,
      history,
    },
    measures: read,
    paid: [...paid.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, s]) => ({
        currency,
        travel: amountOf(s.travel),
        subsistence: amountOf(s.subsistence),
        total: amountOf(s.travel + s.subsistence),
      })),
    permitsExpiring: read.flatMap((m) =>
      m.validity === 'expiring' || m.validity === 'expired'
        ? [{ measureId: m.id, kind: m.kind, validUntil: m.validUntil, validity: m.validity }]
        : [],
    ),
  };
}
