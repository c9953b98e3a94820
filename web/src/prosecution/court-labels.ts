import { money } from '../protection/compensation-labels.ts';
import { formatDay } from '../protection/labels.ts';
import { type Options, wordFor } from '../screening/labels.ts';
import { formatDate } from '../ui/format.ts';
import type { Court, CourtCharge, Deadline, Hearing, Sentence } from './court-types.ts';
import { COUNTRIES, plural } from './labels.ts';

/** Words for the court API's codes (src/prosecution/court.ts, court-deadlines.ts, court-participation.ts). */

export const HEARING_KINDS: Options = [
  ['first_appearance', 'First appearance'],
  ['bail', 'Bail hearing'],
  ['pre_trial', 'Pre-trial hearing'],
  ['trial', 'Trial'],
  ['verdict', 'Verdict'],
  ['sentencing', 'Sentencing'],
  ['appeal_hearing', 'Appeal hearing'],
];

export const HEARING_OUTCOMES: Options = [
  ['held', 'Held'],
  ['adjourned', 'Adjourned'],
  ['cancelled', 'Cancelled'],
];

export const DECISIONS: Options = [
  ['indicted', 'Indicted'],
  ['dropped', 'Dropped'],
  ['convicted', 'Convicted'],
  ['acquitted', 'Acquitted'],
  ['convicted_lesser', 'Convicted of a lesser offence'],
];

export const VERDICTS: readonly string[] = ['convicted', 'acquitted', 'convicted_lesser'];
export const CONVICTIONS: readonly string[] = ['convicted', 'convicted_lesser'];

export const APPELLANTS: Options = [
  ['prosecution', 'The prosecution'],
  ['defence', 'The defence'],
];

export const APPEAL_RESULTS: Options = [
  ['dismissed', 'Dismissed'],
  ['allowed', 'Allowed: a new verdict may follow'],
  ['varied', 'Varied: a new sentence may follow'],
  ['withdrawn', 'Withdrawn'],
];

export const DEADLINE_KINDS: Options = [
  ['appeal', 'Appeal against the verdict'],
  ['mla_response', 'Response to a request for assistance abroad'],
  ['filing', 'Filing'],
  ['disclosure', 'Disclosure'],
  ['submissions', 'Submissions'],
];

/** The deadlines a hearing may set. */
export const HEARING_DEADLINE_KINDS: Options = [
  ['filing', 'Filing'],
  ['disclosure', 'Disclosure'],
  ['submissions', 'Submissions'],
];

export const DEADLINE_CLOSURES: Options = [
  ['met', 'Met'],
  ['not_pursued', 'Not pursued'],
  ['superseded', 'Superseded'],
];

/** How the prosecutor closes a deadline. */
export const CLOSE_CHOICES: Options = [
  ['met', 'Met'],
  ['not_pursued', 'Not pursued (e.g. no appeal will be lodged)'],
];

export const PARTICIPANT_ROLES: Options = [
  ['victim_witness', 'Victim-witness'],
  ['witness', 'Witness'],
  ['expert', 'Expert'],
  ['officer', 'Officer'],
];

export const MEASURES: Options = [
  ['video_link', 'Video link'],
  ['screen', 'Screen from the accused'],
  ['closed_hearing', 'Hearing closed to the public'],
  ['support_person', 'Support person'],
  ['interpreter', 'Interpreter'],
  ['pseudonym_only', 'Named by pseudonym only'],
];

export const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
/** A country's name: the catalogue's own for its six countries ("Myanmar", "Viet Nam"), else the browser's. */
export const countryName = (code: string): string =>
  COUNTRIES.find(([c]) => c === code)?.[1] ?? COUNTRY_NAMES.of(code) ?? code;

/** The decisions that may follow a charge's standing (the server's order); a new verdict only after an appeal allowed. */
export function nextDecisions(court: Court, ch: CourtCharge): readonly string[] {
  const now = ch.decision?.decision ?? null;
  if (now === null) return ['indicted', 'dropped'];
  if (now === 'indicted') return ['dropped', ...VERDICTS];
  if (now === 'dropped') return [];
  const allowed = court.appeals.some((a) => a.decisionId === ch.decision?.id && a.result === 'allowed');
  return allowed ? VERDICTS : [];
}

/** Whether the charge's conviction awaits a sentence (a second one only after an appeal varied it). */
export function awaitsSentence(court: Court, ch: CourtCharge): boolean {
  const d = ch.decision;
  if (!d || !CONVICTIONS.includes(d.decision)) return false;
  const given = court.sentences.filter((s) => s.decisionId === d.id).length;
  const varied = court.appeals.filter((a) => a.decisionId === d.id && a.result === 'varied').length;
  return given <= varied;
}

/** Who may still appeal the charge's verdict. */
export function mayAppeal(court: Court, ch: CourtCharge): readonly string[] {
  const d = ch.decision;
  if (!d || !VERDICTS.includes(d.decision)) return [];
  const lodged = court.appeals.filter((a) => a.decisionId === d.id).map((a) => a.by);
  return ['prosecution', 'defence'].filter((by) => !lodged.includes(by));
}

/** A charge as named in forms and tables: "Trafficking in persons (TH-ATIP-6) against Somchai". */
export const chargeName = (ch: { title: string; offence: string; suspect: string }): string =>
  `${ch.title} (${ch.offence}) against ${ch.suspect}`;

/** A hearing as named: "Trial, 3 May 2026, 09:30, Criminal Court". */
export const hearingName = (h: Hearing): string =>
  `${wordFor(HEARING_KINDS, h.kind)}, ${formatDateTimeShort(h.at)}, ${h.court}`;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatDateTimeShort = (iso: string): string => dateTime.format(new Date(iso));

/** A prison term in words: "8 years", "2 years and 6 months", "6 months", "no prison term". */
export function prisonWords(months: number): string {
  if (months === 0) return 'no prison term';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return [years ? plural(years, 'year') : '', rest ? plural(rest, 'month') : '']
    .filter(Boolean)
    .join(' and ');
}

/** A sentence in words: "8 years in prison; fine 200,000 THB; compensation to the victims 300,000 THB". */
export function sentenceWords(
  s: Pick<Sentence, 'prisonMonths' | 'suspended' | 'fine' | 'compensation'>,
): string {
  const prison =
    s.prisonMonths === 0
      ? 'No prison term'
      : `${prisonWords(s.prisonMonths)} in prison${s.suspended ? ', suspended' : ''}`;
  return [
    prison,
    s.fine ? `fine ${money(s.fine.amount, s.fine.currency)}` : '',
    s.compensation
      ? `compensation to the victims ${money(s.compensation.amount, s.compensation.currency)}`
      : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** A decision in words with its day: "Convicted on 3 May 2026" (or "convicted on…", within a sentence). */
export const decisionWords = (d: { decision: string; on: string }, lower = false): string => {
  const words = wordFor(DECISIONS, d.decision);
  return `${lower ? words.toLowerCase() : words} on ${formatDay(d.on)}`;
};

/** Where a deadline stands, in words: "Overdue by 2 days", "Due in 10 days", "Met on 5 May 2026". */
export function deadlineState(d: Deadline): string {
  if (d.state === 'closed')
    return `${wordFor(DEADLINE_CLOSURES, d.closure)}${d.closedOn ? ` on ${formatDay(d.closedOn)}` : ''}`;
  if (d.daysLeft < 0) return `Overdue by ${plural(-d.daysLeft, 'day')}`;
  if (d.daysLeft === 0) return 'Due today';
  return `Due in ${plural(d.daysLeft, 'day')}`;
}

/** What a deadline of the case is for, from the court page: the charge, the hearing or the request it follows. */
export function deadlineSubject(court: Court, d: Deadline): string | null {
  const charge = d.chargeId ? court.charges.find((ch) => ch.id === d.chargeId) : undefined;
  if (charge) {
    const decision = court.decisions.find((x) => x.id === d.decisionId);
    return `${chargeName(charge)}${decision ? `, ${decisionWords(decision, true)}` : ''}`;
  }
  const hearing = d.hearingId ? court.hearings.find((h) => h.id === d.hearingId) : undefined;
  if (hearing)
    return `Set at the ${wordFor(HEARING_KINDS, hearing.kind).toLowerCase()} of ${formatDate(hearing.at)}`;
  const mla = d.mlaRequestId ? court.mla.find((m) => m.id === d.mlaRequestId) : undefined;
  if (mla) return `Request ${mla.ref} to ${countryName(mla.toCountry)}`;
  return null;
}
