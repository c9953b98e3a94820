import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { AGE_GROUPS, dayOf, type Filters, passes, SEXES, unfilteredBy } from './filters.ts';
import type { CaseUnit, Context } from './indicators-context.ts';
import { breakdown, type IndicatorTable, median, stages } from './indicators-shape.ts';

// The victim-protection track: people removed in operations, screened, found presumed victims, protection cases
// that accepted or declined services, that received compensation; presumed victims by sex and age group;
// shelter-days; days from identification (the screening's completion) to the first service accepted;
// re-trafficking flags. Counts of people and days only.

type Q = Kysely<Database>;

export const SERVICE_DELAY_BANDS = [
  '0 to 1 day',
  '2 to 7 days',
  '8 to 30 days',
  'more than 30 days',
  'no service accepted yet',
] as const;
export const RETRAFFICKING = [
  'identity match with an earlier case',
  'concern raised at a follow-up',
  'not flagged',
] as const;

const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

function delayBand(days: number | null) {
  if (days === null) return SERVICE_DELAY_BANDS[4];
  if (days <= 1) return SERVICE_DELAY_BANDS[0];
  if (days <= 7) return SERVICE_DELAY_BANDS[1];
  return days <= 30 ? SERVICE_DELAY_BANDS[2] : SERVICE_DELAY_BANDS[3];
}

/**
 * Shelter-days of a stay inside the period, counted as nights as the case page counts them: a night belongs to the
 * day it begins, from the first day up to the day before leaving (an open stay runs up to `today`).
 */
export function stayDays(start: string, end: string | null, today: string, f: Filters): number {
  const from = f.from && f.from > start ? f.from : start;
  const leaving = end ?? today;
  const afterPeriod = f.to ? new Date(Date.parse(f.to) + DAY_MS).toISOString().slice(0, 10) : null;
  const until = afterPeriod && afterPeriod < leaving ? afterPeriod : leaving;
  return until <= from ? 0 : daysBetween(from, until);
}

export interface VictimResult {
  tables: IndicatorTable[];
  national: [string, number][];
  medians: { id: string; title: string; days: number | null; of: number }[];
}

export async function victimTables(
  db: Q,
  ctx: Context,
  filters: Filters,
  today: string,
): Promise<VictimResult> {
  const [removals, events, payments, stays, returns] = await Promise.all([
    db
      .selectFrom('operation_log')
      .select(['operation_id', 'occurred_at', 'entry'])
      .where('kind', '=', 'removal')
      .execute(),
    db
      .selectFrom('protection_service_events as e')
      .innerJoin('protection_services as s', 's.id', 'e.service_id')
      .select(['s.case_id', 'e.status', 'e.at'])
      .where('e.status', 'in', ['accepted', 'declined'])
      .execute(),
    db
      .selectFrom('protection_claim_payments as p')
      .innerJoin('protection_claims as c', 'c.id', 'p.claim_id')
      .select(['c.case_id', 'p.received_on'])
      .execute(),
    db.selectFrom('protection_stays').select(['case_id', 'started_on', 'ended_on']).execute(),
    db
      .selectFrom('protection_transfers')
      .select(['case_id', 'completed_on'])
      .where('kind', '=', 'return_to_origin')
      .where('status', '=', 'completed')
      .execute(),
  ]);
  // People removed: the field log counts children apart; the others are counted as adults, their sex unknown.
  let removed = 0;
  for (const r of removals) {
    const op = ctx.operations.get(r.operation_id);
    if (!op) continue;
    const e = r.entry as { count: number; children: number };
    const on = dayOf(r.occurred_at);
    for (const [age, n] of [
      ['child', e.children],
      ['adult', e.count - e.children],
    ] as const)
      if (passes({ ...op, on, sex: 'unknown', age }, filters)) removed += n;
  }
  const screened = [...ctx.screenings.values()].filter((s) => s.completed && passes(s, filters));
  const presumed = screened.filter((s) => s.outcome === 'presumed_trafficked');
  const cases = [...ctx.cases.values()].filter((c) => passes(c, filters));
  const caseIds = new Set(cases.map((c) => c.id));
  const withEvent = (status: string) =>
    new Set(events.filter((e) => e.status === status && caseIds.has(e.case_id)).map((e) => e.case_id));
  const accepted = withEvent('accepted');
  const declined = withEvent('declined');
  const compensated = new Set(payments.filter((p) => caseIds.has(p.case_id)).map((p) => p.case_id));
  const returned = new Set(returns.filter((r) => caseIds.has(r.case_id)).map((r) => r.case_id));

  // Shelter-days are clipped to the period, so the cases are taken whatever day they opened.
  const anyDay = { ...filters, from: undefined, to: undefined };
  const sheltered = new Map(
    [...ctx.cases.values()].filter((c) => passes(c, anyDay)).map((c) => [c.id, c] as const),
  );
  const shelterDays = stays.flatMap((s) => {
    const c = sheltered.get(s.case_id);
    const n = c ? stayDays(s.started_on, s.ended_on, today, filters) : 0;
    return c && n > 0 ? [{ key: [c.age], n }] : [];
  });

  // Identification to first service: presumed victims' cases, from the screening's completion.
  const firstAccepted = new Map<string, Date>();
  for (const e of events)
    if (e.status === 'accepted') {
      const at = new Date(e.at);
      const seen = firstAccepted.get(e.case_id);
      if (!seen || at < seen) firstAccepted.set(e.case_id, at);
    }
  const identified = cases.filter((c): c is CaseUnit & { screeningId: string } => {
    const s = c.screeningId ? ctx.screenings.get(c.screeningId) : undefined;
    return s?.outcome === 'presumed_trafficked' && s.completedAt !== null;
  });
  const delays = identified.map((c) => {
    const from = ctx.screenings.get(c.screeningId)?.completedAt as Date;
    const first = firstAccepted.get(c.id);
    return first ? Math.max(0, Math.floor((first.getTime() - from.getTime()) / DAY_MS)) : null;
  });
  const measured = delays.filter((d): d is number => d !== null);
  const person = unfilteredBy(filters, true);
  const flag = (c: CaseUnit) =>
    c.retrafficking === 'identity_match'
      ? RETRAFFICKING[0]
      : c.retrafficking
        ? RETRAFFICKING[1]
        : RETRAFFICKING[2];
  return {
    tables: [
      stages(
        'protection',
        'People removed in operations, screened, presumed victims; protection cases that accepted or declined services and that received compensation',
        'funnel',
        [
          ['removed', removed],
          ['screened', screened.length],
          ['presumed victims', presumed.length],
          ['protection cases', cases.length],
          ['accepted a service', accepted.size],
          ['declined a service', declined.size],
          ['received compensation', compensated.size],
        ],
        person,
      ),
      breakdown(
        'victims-identified',
        'Presumed victims identified at screening, by sex and age group',
        [
          ['sex', SEXES],
          ['age group', AGE_GROUPS],
        ],
        presumed.map((s) => ({ key: [s.sex, s.age] })),
        person,
      ),
      breakdown(
        'shelter-days',
        'Shelter-days in the period, by age group',
        [['age group', AGE_GROUPS]],
        shelterDays,
        person,
      ),
      breakdown(
        'days-to-first-service',
        "Presumed victims' cases by days from identification to the first service accepted",
        [['days', SERVICE_DELAY_BANDS]],
        delays.map((d) => ({ key: [delayBand(d)] })),
        person,
      ),
      breakdown(
        're-trafficking',
        'Protection cases flagged for re-trafficking',
        [['flag', RETRAFFICKING]],
        cases.map((c) => ({ key: [flag(c)] })),
        person,
      ),
    ],
    medians: [
      {
        id: 'days-to-first-service',
        title: 'Median days from identification to the first service accepted',
        days: median(measured),
        of: measured.length,
      },
    ],
    national: [
      ['victims identified', presumed.length],
      ['victims identified: children', presumed.filter((s) => s.age === 'child').length],
      ['victims identified: women and girls', presumed.filter((s) => s.sex === 'female').length],
      ['victims identified: men and boys', presumed.filter((s) => s.sex === 'male').length],
      ['victims assisted (accepted a service)', accepted.size],
      ['victims returned to their country', returned.size],
      ['victims compensated', compensated.size],
    ],
  };
}
