import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { CURRENCIES, parseAmount } from '../protection/compensation-labels.ts';
import { formatDay, isoDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { Check, SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import {
  chargeName,
  DECISIONS,
  decisionWords,
  hearingName,
  nextDecisions,
  sentenceWords,
  VERDICTS,
} from './court-labels.ts';
import type { AppealPeriod, Court, CourtCharge, Hearing } from './court-types.ts';
import { COUNTRIES } from './labels.ts';
import { caseFilePath } from './paths.ts';
import type { Offence } from './types.ts';

interface Props {
  court: Court;
  charges: readonly CourtCharge[];
  hearings: readonly Hearing[];
  action: CaseAction;
}

const DAY = 86_400_000;
/** The day `n` days after `day` (YYYY-MM-DD, counted in UTC as the server counts). */
const addDays = (day: string, n: number) => new Date(Date.parse(day) + n * DAY).toISOString().slice(0, 10);
const wholeNumber = (s: string, min: number, max: number): number | null => {
  if (!/^\d+$/.test(s.trim())) return null;
  const n = Number(s.trim());
  return n >= min && n <= max ? n : null;
};
const chargeOption = (ch: CourtCharge) =>
  [
    ch.id,
    `${chargeName(ch)}: ${ch.decision ? decisionWords(ch.decision, true) : 'not decided yet'}`,
  ] as const;

/**
 * Records a decision on a charge: indicted or dropped (with the reason), then convicted, acquitted or convicted
 * of a lesser offence of the same country. A verdict sets the appeal deadline: the country's period unless the
 * court set its own.
 */
export function DecisionForm({ court, charges, hearings, action }: Props) {
  const [chargeId, setChargeId] = useState('');
  const [decision, setDecision] = useState('');
  const [on, setOn] = useState(isoDay());
  const [hearingId, setHearingId] = useState('');
  const [reason, setReason] = useState('');
  const [lesser, setLesser] = useState('');
  const [days, setDays] = useState('');
  const periods = useLoad<{ periods: AppealPeriod[] }>('/api/prosecution/appeal-periods');
  const catalogue = useLoad<{ offences: Offence[] }>(
    decision === 'convicted_lesser' ? '/api/prosecution/offences' : null,
  );
  const charge = charges.find((ch) => ch.id === chargeId) ?? null;
  const next = charge ? nextDecisions(court, charge) : [];
  const chosen = next.includes(decision) ? decision : '';
  const verdict = VERDICTS.includes(chosen);
  const period = charge ? periods.data?.periods.find((p) => p.country === charge.country) : undefined;
  const lesserOptions = (catalogue.data?.offences ?? [])
    .filter((o) => charge && o.country === charge.country && o.code !== charge.offence)
    .map((o) => [o.code, `${o.title} (${o.code})`] as const);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const given = days.trim() ? wholeNumber(days, 1, 365) : null;
    const problem = !charge
      ? 'Choose the charge.'
      : !chosen
        ? 'Choose the decision.'
        : !on
          ? 'Give the day of the decision.'
          : on > isoDay()
            ? 'A decision is recorded once it is made: the day cannot be after today.'
            : charge.decision && on < charge.decision.on
              ? `The charge’s last decision is dated ${formatDay(charge.decision.on)}: this one cannot be earlier.`
              : chosen === 'dropped' && !reason.trim()
                ? 'Say why the charge is dropped.'
                : chosen === 'convicted_lesser' && !lesser
                  ? 'Choose the lesser offence of the conviction.'
                  : verdict && days.trim() && given === null
                    ? 'The appeal period the court set is a whole number of days from 1 to 365, or leave it empty.'
                    : null;
    if (refuse(action, problem) || !charge) return;
    const appealDays = given ?? period?.days ?? 30;
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, `/charges/${encodeURIComponent(charge.id)}/decisions`), {
          decision: chosen,
          on,
          ...(hearingId ? { hearingId } : {}),
          ...(chosen === 'dropped' ? { reason: reason.trim() } : {}),
          ...(chosen === 'convicted_lesser' ? { lesserOffence: lesser } : {}),
          ...(verdict && given !== null ? { appealWithinDays: given } : {}),
        });
        setDecision('');
        setReason('');
        setLesser('');
        setDays('');
      },
      `${chargeName(charge)}: ${decisionWords({ decision: chosen, on }, true)}.${
        verdict
          ? ` The appeal period ends on ${formatDay(addDays(on, appealDays))} (${appealDays} days).`
          : ''
      }`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="decision-h">
      <h3 id="decision-h">Record a decision on a charge</h3>
      <div className="row">
        <SelectField
          label="Charge"
          value={chargeId}
          onChange={(v) => {
            setChargeId(v);
            setDecision('');
            setLesser('');
          }}
          options={charges.map(chargeOption)}
          placeholder="Choose a charge"
        />
        <SelectField
          label="Decision"
          value={chosen}
          onChange={setDecision}
          options={DECISIONS.filter(([k]) => next.includes(k))}
          placeholder={charge ? 'Choose' : 'Choose the charge first'}
          hint="Indicted or dropped first, then the verdict; a new verdict only after an appeal allowed."
        />
        <Field label="On" type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      {hearings.length > 0 ? (
        <SelectField
          label="At the hearing (optional)"
          value={hearingId}
          onChange={setHearingId}
          options={hearings.map((h) => [h.id, hearingName(h)] as const)}
          placeholder="None"
        />
      ) : null}
      {chosen === 'dropped' ? (
        <NoteField label="Why the charge is dropped" value={reason} onChange={setReason} />
      ) : null}
      {chosen === 'convicted_lesser' ? (
        <>
          <ErrorMessage message={catalogue.error} />
          <SelectField
            label="Lesser offence"
            value={lesser}
            onChange={setLesser}
            options={lesserOptions}
            placeholder={catalogue.loading ? 'Loading the catalogue…' : 'Choose the offence'}
            hint={
              charge ? `Another offence of ${wordFor(COUNTRIES, charge.country)}’s catalogue.` : undefined
            }
          />
        </>
      ) : null}
      {verdict && charge ? (
        <Field
          label="Appeal period set by the court, in days (optional)"
          value={days}
          onChange={setDays}
          inputMode="numeric"
          autoComplete="off"
          hint={
            period
              ? `Left empty: ${wordFor(COUNTRIES, charge.country)}’s period, ${period.days} days from the verdict (${period.law}${period.section ? `, ${period.section}` : ''}; to be checked by a lawyer of ${wordFor(COUNTRIES, charge.country)}).`
              : 'Left empty: the period of the charge’s country.'
          }
        />
      ) : null}
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the decision'}
        </button>
      </div>
    </form>
  );
}

/** Records the sentence on a charge's conviction: prison (suspended or not), a fine, compensation to the victims. */
export function SentenceForm({ court, charges, hearings, action }: Props) {
  const [chargeId, setChargeId] = useState('');
  const [on, setOn] = useState(isoDay());
  const [years, setYears] = useState('');
  const [months, setMonths] = useState('');
  const [suspended, setSuspended] = useState(false);
  const [fine, setFine] = useState('');
  const [fineCurrency, setFineCurrency] = useState('THB');
  const [compensation, setCompensation] = useState('');
  const [compensationCurrency, setCompensationCurrency] = useState('THB');
  const [hearingId, setHearingId] = useState('');
  const charge = charges.find((ch) => ch.id === chargeId) ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const y = years.trim() ? wholeNumber(years, 0, 100) : 0;
    const m = months.trim() ? wholeNumber(months, 0, 1200) : 0;
    const prisonMonths = y === null || m === null ? null : y * 12 + m;
    const fineAmount = fine.trim() ? parseAmount(fine) : null;
    const compensationAmount = compensation.trim() ? parseAmount(compensation) : null;
    const convicted = charge?.decision?.on;
    const problem = !charge
      ? 'Choose the charge.'
      : !on
        ? 'Give the day of the sentence.'
        : on > isoDay()
          ? 'A sentence is recorded once it is given: the day cannot be after today.'
          : convicted && on < convicted
            ? `The conviction is dated ${formatDay(convicted)}: the sentence cannot be earlier.`
            : prisonMonths === null || prisonMonths > 1200
              ? 'Give the prison term in whole years and months (up to 100 years), or leave them empty for none.'
              : suspended && prisonMonths === 0
                ? 'Only a prison term is suspended: give its length, or untick “suspended”.'
                : fine.trim() && fineAmount === null
                  ? 'Give the fine as a number more than 0, with at most two decimals, or leave it empty.'
                  : compensation.trim() && compensationAmount === null
                    ? 'Give the compensation as a number more than 0, with at most two decimals, or leave it empty.'
                    : null;
    if (refuse(action, problem) || !charge || prisonMonths === null) return;
    const fineMoney = fineAmount !== null ? { amount: fineAmount, currency: fineCurrency } : null;
    const owed =
      compensationAmount !== null ? { amount: compensationAmount, currency: compensationCurrency } : null;
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, `/charges/${encodeURIComponent(charge.id)}/sentences`), {
          on,
          prisonMonths,
          suspended,
          ...(fineMoney ? { fine: fineMoney } : {}),
          ...(owed ? { compensation: owed } : {}),
          ...(hearingId ? { hearingId } : {}),
        });
        setChargeId('');
        setYears('');
        setMonths('');
        setSuspended(false);
        setFine('');
        setCompensation('');
      },
      `Sentence on ${chargeName(charge)}: ${sentenceWords({ prisonMonths, suspended, fine: fineMoney, compensation: owed })}.`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="sentence-h">
      <h3 id="sentence-h">Record a sentence</h3>
      <div className="row">
        <SelectField
          label="Conviction"
          value={chargeId}
          onChange={setChargeId}
          options={charges.map(chargeOption)}
          placeholder="Choose a charge"
        />
        <Field label="On" type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      <div className="row">
        <Field
          label="Prison term: years"
          value={years}
          onChange={setYears}
          inputMode="numeric"
          autoComplete="off"
        />
        <Field
          label="Prison term: months"
          value={months}
          onChange={setMonths}
          inputMode="numeric"
          autoComplete="off"
          hint="Leave both empty for no prison term."
        />
      </div>
      <Check label="The prison term is suspended" checked={suspended} onChange={setSuspended} />
      <div className="row">
        <Field
          label="Fine (optional)"
          value={fine}
          onChange={setFine}
          inputMode="decimal"
          autoComplete="off"
        />
        <SelectField
          label="Currency of the fine"
          value={fineCurrency}
          onChange={setFineCurrency}
          options={CURRENCIES}
        />
      </div>
      <div className="row">
        <Field
          label="Compensation to the victims (optional)"
          value={compensation}
          onChange={setCompensation}
          inputMode="decimal"
          autoComplete="off"
        />
        <SelectField
          label="Currency of the compensation"
          value={compensationCurrency}
          onChange={setCompensationCurrency}
          options={CURRENCIES}
        />
      </div>
      {hearings.length > 0 ? (
        <SelectField
          label="At the hearing (optional)"
          value={hearingId}
          onChange={setHearingId}
          options={hearings.map((h) => [h.id, hearingName(h)] as const)}
          placeholder="None"
        />
      ) : null}
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the sentence'}
        </button>
      </div>
    </form>
  );
}
