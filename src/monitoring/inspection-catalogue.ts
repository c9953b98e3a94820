// Labour inspections in words: the kinds of visit, the labour-law breaches an inspector records, the outcomes, and
// the pure rules that read them (how dangerous the findings are, which orders are due a follow-up visit, the
// summary in words that goes to the police with jurisdiction). No database here; tested on its own.

/** The kinds of visit, in the order the planning form offers them (unannounced first, the usual kind). */
export const INSPECTION_KINDS = ['unannounced', 'planned', 'follow_up'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
export const INSPECTION_STATUSES = ['planned', 'visited', 'closed'] as const;

export const KIND_WORDS: Record<InspectionKind, string> = {
  planned: 'planned visit',
  unannounced: 'unannounced visit',
  follow_up: 'follow-up visit',
};

/** The published set the findings answer unless another labour set is named. */
export const DEFAULT_FINDINGS_SET = { id: 'ilo-forced-labour-11', version: '2012' } as const;

/** An indicator's answer, in the order the findings form offers them (not checked until it is). */
export const FINDING_ANSWERS = ['not_checked', 'observed', 'not_observed'] as const;

/** A worker interviewed, as they give it. */
export const SEXES = ['female', 'male', 'other', 'undisclosed'] as const;

/** What an inspector may declare on their register of interests. */
export const INTEREST_KINDS = ['business', 'relative', 'ownership', 'other'] as const;
/** What an inspector states of themselves before a visit: no interest in the workplace, or a conflict. */
export const STATEMENTS = ['no_interest', 'conflict'] as const;
export type FindingAnswer = (typeof FINDING_ANSWERS)[number];

/** Labour-law breaches an inspector records, in words. */
export const BREACHES = {
  wages_below_minimum: 'Wages below the minimum wage',
  unpaid_wages: 'Wages unpaid or paid late',
  excessive_hours: 'Excessive working hours',
  no_weekly_rest: 'No weekly day of rest',
  no_written_contract: 'No written contract',
  documents_withheld: 'Identity documents withheld by the employer',
  unlawful_deductions: 'Unlawful deductions from wages',
  recruitment_fees: 'Recruitment fees charged to workers',
  child_labour: 'Child labour',
  hazardous_work_under18: 'Hazardous work by workers under 18',
  unsafe_conditions: 'Unsafe working conditions',
  no_social_security: 'Workers not registered for social security',
  confined_to_premises: 'Workers confined to the premises',
  premises_hidden: 'Part of the premises locked or hidden from the inspectors',
  unregistered_migrants: 'Migrant workers not registered',
} as const;
export type Breach = keyof typeof BREACHES;
export const BREACH_CODES = Object.keys(BREACHES) as [Breach, ...Breach[]];

export const OUTCOMES = {
  improvement_order: 'Improvement order',
  closure: 'Closure on labour-law grounds',
  police_referral: 'Referral to the police',
  screening_referral: 'Workers referred to screening',
  warning: 'Warning',
  no_breach: 'No breach found',
} as const;
export type OutcomeKind = keyof typeof OUTCOMES;
export const OUTCOME_KINDS = Object.keys(OUTCOMES) as [OutcomeKind, ...OutcomeKind[]];

export type Danger = 'life' | 'high' | 'medium' | 'low';

/** Indicators (of the ILO eleven) and breaches that put workers at serious risk. */
const SERIOUS_INDICATORS = [
  'ilo11.physical_and_sexual_violence',
  'ilo11.restriction_of_movement',
  'ilo11.debt_bondage',
  'ilo11.intimidation_and_threats',
];
const SERIOUS_BREACHES: Breach[] = ['confined_to_premises', 'child_labour', 'hazardous_work_under18'];
const CONFINEMENT_INDICATORS = ['ilo11.restriction_of_movement', 'ilo11.isolation'];

export interface FindingsRead {
  /** The indicators answered observed, by id. */
  observed: readonly string[];
  breaches: readonly string[];
  children: boolean;
}

/**
 * How dangerous the findings are for the workers: life when violence is observed where they are confined; high
 * with violence, confinement, debt bondage, threats, or children in forbidden work; medium with any other
 * indicator observed or any breach; low otherwise. Children concerned make any indicator observed high.
 */
export function dangerOf(f: FindingsRead): Danger {
  const observed = new Set(f.observed);
  const confined =
    CONFINEMENT_INDICATORS.some((i) => observed.has(i)) || f.breaches.includes('confined_to_premises');
  if (observed.has('ilo11.physical_and_sexual_violence') && confined) return 'life';
  if (
    SERIOUS_INDICATORS.some((i) => observed.has(i)) ||
    (f.children && observed.size > 0) ||
    f.breaches.some((b) => SERIOUS_BREACHES.includes(b as Breach))
  )
    return 'high';
  if (observed.size > 0 || f.breaches.length > 0) return 'medium';
  return 'low';
}

export interface OrderRead {
  inspectionId: string;
  ref: string;
  outcomeId: string;
  deadline: string;
}

export interface FollowUpRead {
  id: string;
  ref: string;
  followsId: string;
  status: string;
  visitedOn: string | null;
}

/**
 * The improvement orders whose deadline is reached (on or before `today`) without a follow-up visit: a follow-up
 * inspection visited (or closed) counts; one only planned does not, and is named so the list says a visit is
 * planned. Oldest deadline first.
 */
export function followUpsDue(
  orders: readonly OrderRead[],
  followUps: readonly FollowUpRead[],
  today: string,
) {
  return orders
    .filter((o) => o.deadline <= today)
    .flatMap((o) => {
      const mine = followUps.filter((f) => f.followsId === o.inspectionId);
      if (mine.some((f) => f.status !== 'planned')) return [];
      const planned = mine[0];
      return [{ ...o, plannedFollowUp: planned ? { id: planned.id, ref: planned.ref } : null }];
    })
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.ref < b.ref ? -1 : 1));
}

export interface SummaryInput {
  ref: string;
  kind: InspectionKind;
  workplace: { name: string; sector: string; employer: string; address: string; country: string };
  visitedOn: string | null;
  plannedOn: string;
  workers: {
    female: number | null;
    male: number | null;
    other: number | null;
    under18: number | null;
    migrant: number | null;
  };
  interviews: { total: number; private: number };
  indicators: { label: string; workers: number }[];
  breaches: { breach: string; workers: number }[];
  outcomes: { kind: string; deadline: string | null; workers?: number }[];
}

const workersWord = (n: number) => `${n} worker${n === 1 ? '' : 's'}`;
const concerning = (n: number) => (n > 0 ? ` (${workersWord(n)})` : '');

/**
 * The inspection's findings and outcomes in words, for the police with jurisdiction: the workplace and what was
 * found, never a worker's identity (no codes, pseudonyms or names) and none of the inspector's free text.
 */
export function summaryText(s: SummaryInput): string {
  const w = s.workplace;
  const where = [w.address, w.country].filter((x) => x.trim() !== '').join(', ');
  const parts = [
    `Labour inspection ${s.ref}, ${KIND_WORDS[s.kind]} ${s.visitedOn ? `on ${s.visitedOn}` : `planned for ${s.plannedOn}`}, of ${w.name} (${w.sector})${w.employer ? `, employer ${w.employer}` : ''}${where ? `, ${where}` : ''}.`,
  ];
  const c = s.workers;
  const total = (c.female ?? 0) + (c.male ?? 0) + (c.other ?? 0);
  if (s.visitedOn) {
    const details = [
      c.female !== null ? `${c.female} women` : null,
      c.male !== null ? `${c.male} men` : null,
      c.other ? `${c.other} of another sex` : null,
      c.under18 !== null ? `${c.under18} under 18` : null,
      c.migrant !== null ? `${c.migrant} migrants` : null,
    ].filter((x) => x !== null);
    parts.push(`${workersWord(total)} present${details.length ? ` (${details.join(', ')})` : ''}.`);
    parts.push(
      `${workersWord(s.interviews.total)} interviewed, ${s.interviews.private} of them out of the employer's sight and hearing.`,
    );
  }
  parts.push(
    s.indicators.length
      ? `Forced-labour indicators observed: ${s.indicators.map((i) => `${i.label}${concerning(i.workers)}`).join('; ')}.`
      : 'No forced-labour indicator observed.',
  );
  parts.push(
    s.breaches.length
      ? `Labour-law breaches: ${s.breaches
          .map((b) => `${BREACHES[b.breach as Breach] ?? b.breach}${concerning(b.workers)}`)
          .join('; ')}.`
      : 'No labour-law breach recorded.',
  );
  if (s.outcomes.length)
    parts.push(
      `Outcomes: ${s.outcomes
        .map((o) => {
          const words = OUTCOMES[o.kind as OutcomeKind] ?? o.kind;
          if (o.kind === 'improvement_order' && o.deadline) return `${words}, to comply by ${o.deadline}`;
          if (o.kind === 'screening_referral' && o.workers) return `${words} (${workersWord(o.workers)})`;
          return words;
        })
        .join('; ')}.`,
    );
  return parts.join(' ');
}
