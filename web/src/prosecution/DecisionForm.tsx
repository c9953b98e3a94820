import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { currencyOptions, parseAmount } from '../protection/compensation-labels.ts';
import { formatDay, isoDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { Check, SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { options, type T, word } from './codes.ts';
import {
  chargeName,
  decisionWords,
  hearingName,
  nextDecisions,
  sentenceWords,
  VERDICTS,
} from './court-labels.ts';
import type { AppealPeriods, Court, CourtCharge, Hearing } from './court-types.ts';
import { caseFilePath } from './paths.ts';
import type { DecisionBody, Offences, SentenceBody } from './types.ts';

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
const chargeOption = (t: T, ch: CourtCharge) =>
  [
    ch.id,
    t('decision.chargeOption', {
      charge: chargeName(t, ch),
      state: ch.decision ? decisionWords(t, ch.decision, true) : t('decision.notDecided'),
    }),
  ] as const;

/**
 * Records a decision on a charge: indicted or dropped (with the reason), then convicted, acquitted or convicted
 * of a lesser offence of the same country. A verdict sets the appeal deadline: the country's period unless the
 * court set its own.
 */
export function DecisionForm({ court, charges, hearings, action }: Props) {
  const { t } = useTranslation('prosecution');
  const [chargeId, setChargeId] = useState('');
  const [decision, setDecision] = useState<DecisionBody['decision'] | ''>('');
  const [on, setOn] = useState(isoDay());
  const [hearingId, setHearingId] = useState('');
  const [reason, setReason] = useState('');
  const [lesser, setLesser] = useState('');
  const [days, setDays] = useState('');
  const periods = useLoad<AppealPeriods>('/api/prosecution/appeal-periods');
  const catalogue = useLoad<Offences>(decision === 'convicted_lesser' ? '/api/prosecution/offences' : null);
  const charge = charges.find((ch) => ch.id === chargeId) ?? null;
  const next = charge ? nextDecisions(court, charge) : [];
  const chosen = decision && next.includes(decision) ? decision : '';
  const verdict = VERDICTS.includes(chosen);
  const period = charge ? periods.data?.periods.find((p) => p.country === charge.country) : undefined;
  const lesserOptions = (catalogue.data?.offences ?? [])
    .filter((o) => charge && o.country === charge.country && o.code !== charge.offence)
    .map((o) => [o.code, `${o.title} (${o.code})`] as const);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const given = days.trim() ? wholeNumber(days, 1, 365) : null;
    const problem = !charge
      ? t('words.chooseTheCharge')
      : !chosen
        ? t('decision.chooseDecision')
        : !on
          ? t('decision.giveDay')
          : on > isoDay()
            ? t('decision.future')
            : charge.decision && on < charge.decision.on
              ? t('decision.earlier', { day: formatDay(charge.decision.on) })
              : chosen === 'dropped' && !reason.trim()
                ? t('decision.sayWhy')
                : chosen === 'convicted_lesser' && !lesser
                  ? t('decision.chooseLesser')
                  : verdict && days.trim() && given === null
                    ? t('decision.badPeriod')
                    : null;
    if (refuse(action, problem) || !charge || !chosen) return;
    const appealDays = given ?? period?.days ?? 30;
    const decided = t('decision.done', {
      charge: chargeName(t, charge),
      decision: decisionWords(t, { decision: chosen, on }, true),
    });
    const ends = t('decision.periodEnds', { day: formatDay(addDays(on, appealDays)), count: appealDays });
    void action.run(
      async () => {
        await api.post(caseFilePath(court.caseId, `/charges/${encodeURIComponent(charge.id)}/decisions`), {
          decision: chosen,
          on,
          ...(hearingId ? { hearingId } : {}),
          ...(chosen === 'dropped' ? { reason: reason.trim() } : {}),
          ...(chosen === 'convicted_lesser' ? { lesserOffence: lesser } : {}),
          ...(verdict && given !== null ? { appealWithinDays: given } : {}),
        } satisfies DecisionBody);
        setDecision('');
        setReason('');
        setLesser('');
        setDays('');
      },
      verdict ? `${decided} ${ends}` : decided,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="decision-h">
      <h3 id="decision-h">{t('decision.heading')}</h3>
      <div className="row">
        <SelectField
          label={t('words.charge')}
          value={chargeId}
          onChange={(v) => {
            setChargeId(v);
            setDecision('');
            setLesser('');
          }}
          options={charges.map((ch) => chargeOption(t, ch))}
          placeholder={t('words.chooseACharge')}
        />
        <SelectField
          label={t('decision.decision')}
          value={chosen}
          onChange={(v) => setDecision(v as DecisionBody['decision'] | '')}
          options={options(t, 'decision', next)}
          placeholder={charge ? t('words.choose') : t('words.chooseChargeFirst')}
          hint={t('decision.decisionHint')}
        />
        <Field label={t('words.on')} type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      {hearings.length > 0 ? (
        <SelectField
          label={t('words.atHearing')}
          value={hearingId}
          onChange={setHearingId}
          options={hearings.map((h) => [h.id, hearingName(t, h)] as const)}
          placeholder={t('words.none')}
        />
      ) : null}
      {chosen === 'dropped' ? (
        <NoteField label={t('decision.whyDropped')} value={reason} onChange={setReason} />
      ) : null}
      {chosen === 'convicted_lesser' ? (
        <>
          <ErrorMessage message={catalogue.error} />
          <SelectField
            label={t('decision.lesser')}
            value={lesser}
            onChange={setLesser}
            options={lesserOptions}
            placeholder={catalogue.loading ? t('decision.loadingCatalogue') : t('decision.chooseTheOffence')}
            hint={
              charge ? t('decision.lesserHint', { country: word(t, 'country', charge.country) }) : undefined
            }
          />
        </>
      ) : null}
      {verdict && charge ? (
        <Field
          label={t('decision.period')}
          value={days}
          onChange={setDays}
          inputMode="numeric"
          autoComplete="off"
          hint={
            period
              ? t('decision.periodHint', {
                  country: word(t, 'country', charge.country),
                  count: period.days,
                  citation: period.cited,
                })
              : t('decision.periodHintNone')
          }
        />
      ) : null}
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('decision.record')}
        </button>
      </div>
    </form>
  );
}

/** Records the sentence on a charge's conviction: prison (suspended or not), a fine, compensation to the victims. */
export function SentenceForm({ court, charges, hearings, action }: Props) {
  const { t } = useTranslation('prosecution');
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
      ? t('words.chooseTheCharge')
      : !on
        ? t('sentenceForm.giveDay')
        : on > isoDay()
          ? t('sentenceForm.future')
          : convicted && on < convicted
            ? t('sentenceForm.earlier', { day: formatDay(convicted) })
            : prisonMonths === null || prisonMonths > 1200
              ? t('sentenceForm.badTerm')
              : suspended && prisonMonths === 0
                ? t('sentenceForm.suspendedNone')
                : fine.trim() && fineAmount === null
                  ? t('sentenceForm.badFine')
                  : compensation.trim() && compensationAmount === null
                    ? t('sentenceForm.badCompensation')
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
        } satisfies SentenceBody);
        setChargeId('');
        setYears('');
        setMonths('');
        setSuspended(false);
        setFine('');
        setCompensation('');
      },
      t('sentenceForm.done', {
        charge: chargeName(t, charge),
        sentence: sentenceWords(t, { prisonMonths, suspended, fine: fineMoney, compensation: owed }),
      }),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="sentence-h">
      <h3 id="sentence-h">{t('sentenceForm.heading')}</h3>
      <div className="row">
        <SelectField
          label={t('sentenceForm.conviction')}
          value={chargeId}
          onChange={setChargeId}
          options={charges.map((ch) => chargeOption(t, ch))}
          placeholder={t('words.chooseACharge')}
        />
        <Field label={t('words.on')} type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      <div className="row">
        <Field
          label={t('sentenceForm.years')}
          value={years}
          onChange={setYears}
          inputMode="numeric"
          autoComplete="off"
        />
        <Field
          label={t('sentenceForm.months')}
          value={months}
          onChange={setMonths}
          inputMode="numeric"
          autoComplete="off"
          hint={t('sentenceForm.termHint')}
        />
      </div>
      <Check label={t('sentenceForm.suspended')} checked={suspended} onChange={setSuspended} />
      <div className="row">
        <Field
          label={t('sentenceForm.fine')}
          value={fine}
          onChange={setFine}
          inputMode="decimal"
          autoComplete="off"
        />
        <SelectField
          label={t('sentenceForm.fineCurrency')}
          value={fineCurrency}
          onChange={setFineCurrency}
          options={currencyOptions()}
        />
      </div>
      <div className="row">
        <Field
          label={t('sentenceForm.compensation')}
          value={compensation}
          onChange={setCompensation}
          inputMode="decimal"
          autoComplete="off"
        />
        <SelectField
          label={t('sentenceForm.compensationCurrency')}
          value={compensationCurrency}
          onChange={setCompensationCurrency}
          options={currencyOptions()}
        />
      </div>
      {hearings.length > 0 ? (
        <SelectField
          label={t('words.atHearing')}
          value={hearingId}
          onChange={setHearingId}
          options={hearings.map((h) => [h.id, hearingName(t, h)] as const)}
          placeholder={t('words.none')}
        />
      ) : null}
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('sentenceForm.record')}
        </button>
      </div>
    </form>
  );
}
