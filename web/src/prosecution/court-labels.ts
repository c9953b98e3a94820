import type { TFunction } from 'i18next';
import {
  APPELLANTS,
  CONVICTIONS as SERVER_CONVICTIONS,
  HEARING_DEADLINE_KINDS as SERVER_HEARING_DEADLINE_KINDS,
  VERDICTS as SERVER_VERDICTS,
} from '../../../src/prosecution/court-bodies.ts';
import { money } from '../protection/compensation-labels.ts';
import { formatDay } from '../protection/labels.ts';
import { formatDate, formatDateTime, regionName } from '../ui/format.ts';
import { hasCode, word } from './codes.ts';
import type { Court, CourtCharge, Deadline, Hearing, Sentence } from './court-types.ts';

/** The court API's codes (src/prosecution/court-bodies.ts) are words in codes.ts; here, what follows from them
 * (the server's own lists of verdicts, convictions and the deadlines a hearing sets) and how the court's records
 * are named. */

export const VERDICTS: readonly string[] = SERVER_VERDICTS;
export const CONVICTIONS: readonly string[] = SERVER_CONVICTIONS;

/** The deadlines a hearing may set. */
export const HEARING_DEADLINE_KINDS: readonly string[] = SERVER_HEARING_DEADLINE_KINDS;

/** A country's name: the catalogue's own for its six countries ("Myanmar", "Viet Nam"), else the browser's. */
export const countryName = (t: TFunction<'prosecution'>, code: string): string =>
  hasCode('country', code) ? word(t, 'country', code) : regionName(code);

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
  return APPELLANTS.filter((by) => !lodged.includes(by));
}

/** A charge as named in forms and tables: "Trafficking in persons (TH-ATIP-6) against Somchai". */
export const chargeName = (
  t: TFunction<'prosecution'>,
  ch: { title: string; offence: string; suspect: string },
): string => t('names.charge', { title: ch.title, offence: ch.offence, suspect: ch.suspect });

/** A hearing as named: "Trial, 3 May 2026, 09:30, Criminal Court". */
export const hearingName = (t: TFunction<'prosecution'>, h: Hearing): string =>
  t('names.hearing', { kind: word(t, 'hearingKind', h.kind), at: formatDateTime(h.at), court: h.court });

/** A prison term in words: "8 years", "2 years and 6 months", "6 months". */
function prisonWords(t: TFunction<'prosecution'>, months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years && rest)
    return t('sentence.yearsAndMonths', {
      years: t('sentence.years', { count: years }),
      months: t('sentence.months', { count: rest }),
    });
  return years ? t('sentence.years', { count: years }) : t('sentence.months', { count: rest });
}

/** A sentence in words: "8 years in prison; fine 200,000 THB; compensation to the victims 300,000 THB". */
export function sentenceWords(
  t: TFunction<'prosecution'>,
  s: Pick<Sentence, 'prisonMonths' | 'suspended' | 'fine' | 'compensation'>,
): string {
  const term = s.prisonMonths === 0 ? '' : prisonWords(t, s.prisonMonths);
  const prison =
    s.prisonMonths === 0
      ? t('sentence.noPrison')
      : s.suspended
        ? t('sentence.prisonSuspended', { term })
        : t('sentence.prison', { term });
  return [
    prison,
    s.fine ? t('sentence.fine', { amount: money(s.fine.amount, s.fine.currency) }) : '',
    s.compensation
      ? t('sentence.compensation', { amount: money(s.compensation.amount, s.compensation.currency) })
      : '',
  ]
    .filter(Boolean)
    .join(t('sentence.separator'));
}

/** A decision in words with its day: "Convicted on 3 May 2026" (or "convicted on…", within a sentence). */
export const decisionWords = (
  t: TFunction<'prosecution'>,
  d: { decision: string; on: string },
  lower = false,
): string => {
  const words = word(t, 'decision', d.decision);
  return t('court.decisionOn', { decision: lower ? words.toLowerCase() : words, day: formatDay(d.on) });
};

/** Where a deadline stands, in words: "Overdue by 2 days", "Due in 10 days", "Met on 5 May 2026". */
export function deadlineState(t: TFunction<'prosecution'>, d: Deadline): string {
  if (d.state === 'closed') {
    const closure = word(t, 'deadlineClosure', d.closure);
    return d.closedOn ? t('deadline.closedOn', { closure, day: formatDay(d.closedOn) }) : closure;
  }
  if (d.daysLeft < 0) return t('deadline.overdue', { count: -d.daysLeft });
  if (d.daysLeft === 0) return t('deadline.dueToday');
  return t('deadline.dueIn', { count: d.daysLeft });
}

/** What a deadline of the case is for, from the court page: the charge, the hearing or the request it follows. */
export function deadlineSubject(t: TFunction<'prosecution'>, court: Court, d: Deadline): string | null {
  const charge = d.chargeId ? court.charges.find((ch) => ch.id === d.chargeId) : undefined;
  if (charge) {
    const decision = court.decisions.find((x) => x.id === d.decisionId);
    return decision
      ? t('deadline.chargeDecision', {
          charge: chargeName(t, charge),
          decision: decisionWords(t, decision, true),
        })
      : chargeName(t, charge);
  }
  const hearing = d.hearingId ? court.hearings.find((h) => h.id === d.hearingId) : undefined;
  if (hearing)
    return t('deadline.setAtHearing', {
      hearing: word(t, 'hearingKind', hearing.kind).toLowerCase(),
      day: formatDate(hearing.at),
    });
  const mla = d.mlaRequestId ? court.mla.find((m) => m.id === d.mlaRequestId) : undefined;
  if (mla) return t('deadline.request', { ref: mla.ref, country: countryName(t, mla.toCountry) });
  return null;
}
