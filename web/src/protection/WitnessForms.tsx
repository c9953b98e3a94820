import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { Check, SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { countryOptions } from './identity-types.ts';
import { isoDay, languageOptions } from './labels.ts';
import { type CaseAction, casePath, refuse } from './useCaseAction.ts';
import {
  COOPERATION_STANCES,
  CURRENCIES,
  HEARING_SUPPORTS,
  MEASURE_KINDS,
  PAID_KINDS,
  PERMIT_KINDS,
  REPRISAL_LEVELS,
} from './witness-labels.ts';

/** Records the person's stance on cooperating, as discussed with them on a day, in a language. */
export function CooperationForm({
  caseId,
  language: caseLanguage,
  action,
}: {
  caseId: string;
  language: string;
  action: CaseAction;
}) {
  const [stance, setStance] = useState('');
  const [on, setOn] = useState(isoDay());
  const [language, setLanguage] = useState(caseLanguage);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !stance
      ? 'Choose what the person said.'
      : !on
        ? 'Give the day it was discussed with the person.'
        : null;
    if (refuse(action, problem)) return;
    void action.run(
      async () => {
        await api.post(casePath(caseId, '/witness/cooperation'), { stance, on, language });
        setStance('');
      },
      `The person’s stance recorded: ${wordFor(COOPERATION_STANCES, stance).toLowerCase()}.`,
    )();
  };
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="cooperation-h">
      <h4 id="cooperation-h">Record the person’s stance</h4>
      <p className="hint">
        As the person said it, in a conversation in their language; no one presses them. It can change at any
        time, and their services stay as they are whatever they say.
      </p>
      <div className="row">
        <SelectField
          label="What the person said"
          value={stance}
          onChange={setStance}
          options={COOPERATION_STANCES}
          placeholder="Choose"
        />
        <Field label="Discussed on" type="date" value={on} onChange={setOn} max={isoDay()} />
        <SelectField
          label="Language of the conversation"
          value={language}
          onChange={setLanguage}
          options={languageOptions(caseLanguage)}
        />
      </div>
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the stance'}
        </button>
      </div>
    </form>
  );
}

const AMOUNT = /^\d+(\.\d{1,2})?$/;

/** Asks for a support measure; the details asked follow its kind. It starts as requested. */
export function MeasureForm({ caseId, action }: { caseId: string; action: CaseAction }) {
  const [kind, setKind] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [reprisalLevel, setReprisalLevel] = useState('');
  const [country, setCountry] = useState('');
  const [hearingOn, setHearingOn] = useState('');
  const [support, setSupport] = useState<string[]>([]);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('THB');
  const [note, setNote] = useState('');
  const permit = PERMIT_KINDS.includes(kind);
  const paid = PAID_KINDS.includes(kind);
  const reprisal = kind === 'reprisal_risk_family';
  const hearing = kind === 'hearing_support';
  const toggle = (s: string, on: boolean) =>
    setSupport((xs) => (on ? [...xs, s] : xs.filter((x) => x !== s)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !kind
      ? 'Choose the measure.'
      : permit && !validUntil
        ? 'Give the date the permit would be valid until.'
        : reprisal && !reprisalLevel
          ? 'Choose how serious the risk of reprisals is.'
          : reprisal && !country
            ? 'Choose the country the family is in.'
            : hearing && !hearingOn
              ? 'Give the day of the hearing.'
              : hearing && support.length === 0
                ? 'Choose the support given at the hearing.'
                : paid && (!AMOUNT.test(amount.trim()) || Number(amount) <= 0)
                  ? 'Give the amount as a number above 0, with at most two decimals.'
                  : null;
    if (refuse(action, problem)) return;
    const name = wordFor(MEASURE_KINDS, kind);
    void action.run(async () => {
      await api.post(casePath(caseId, '/witness/measures'), {
        kind,
        ...(permit ? { validUntil } : {}),
        ...(reprisal ? { reprisalLevel, country } : {}),
        ...(hearing
          ? { hearingOn, support: HEARING_SUPPORTS.map(([s]) => s).filter((s) => support.includes(s)) }
          : {}),
        ...(paid ? { amount: Number(amount.trim()), currency } : {}),
        note: note.trim(),
      });
      setKind('');
      setValidUntil('');
      setReprisalLevel('');
      setCountry('');
      setHearingOn('');
      setSupport([]);
      setAmount('');
      setNote('');
    }, `${name} requested.`)();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="measure-h">
      <h4 id="measure-h">Ask for a support measure</h4>
      <SelectField
        label="Measure"
        value={kind}
        onChange={setKind}
        options={MEASURE_KINDS}
        placeholder="Choose"
      />
      {permit ? (
        <Field
          label="Valid until"
          type="date"
          value={validUntil}
          onChange={setValidUntil}
          min={isoDay()}
          hint="The date asked for; it can be changed when the permit is granted."
        />
      ) : null}
      {reprisal ? (
        <div className="row">
          <SelectField
            label="Risk of reprisals"
            value={reprisalLevel}
            onChange={setReprisalLevel}
            options={REPRISAL_LEVELS}
            placeholder="Choose"
          />
          <SelectField
            label="Country the family is in"
            value={country}
            onChange={setCountry}
            options={countryOptions()}
            placeholder="Choose a country"
          />
        </div>
      ) : null}
      {hearing ? (
        <>
          <Field label="Hearing on" type="date" value={hearingOn} onChange={setHearingOn} />
          <fieldset className="form-group">
            <legend>Support at the hearing</legend>
            <ul className="check-list">
              {HEARING_SUPPORTS.map(([s, words]) => (
                <li key={s}>
                  <Check label={words} checked={support.includes(s)} onChange={(on) => toggle(s, on)} />
                </li>
              ))}
            </ul>
          </fieldset>
        </>
      ) : null}
      {paid ? (
        <div className="row">
          <Field
            label="Amount"
            value={amount}
            onChange={setAmount}
            inputMode="decimal"
            autoComplete="off"
            hint="In the currency's units, e.g. 1500 or 1500.50."
          />
          <SelectField label="Currency" value={currency} onChange={setCurrency} options={CURRENCIES} />
        </div>
      ) : null}
      {kind ? (
        <NoteField
          label="Note (optional)"
          value={note}
          onChange={setNote}
          hint="Sealed: only those who read the case see it."
        />
      ) : null}
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Ask for the measure'}
        </button>
      </div>
    </form>
  );
}
