import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { Check, SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { countryOptions } from './identity-types.ts';
import { isoDay, languageOptions } from './labels.ts';
import type { CooperationBody, MeasureBody } from './types.ts';
import { type CaseAction, casePath, refuse } from './useCaseAction.ts';
import {
  cooperationOptions,
  hearingSupportOptions,
  measureKindOptions,
  PAID_KINDS,
  PERMIT_KINDS,
  reprisalLevelOptions,
  witnessCurrencyOptions,
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
  const { t } = useTranslation('protection');
  const stances = cooperationOptions(t);
  const [stance, setStance] = useState<CooperationBody['stance'] | ''>('');
  const [on, setOn] = useState(isoDay());
  const [language, setLanguage] = useState(caseLanguage);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !stance
      ? t('witness.stanceForm.stanceProblem')
      : !on
        ? t('witness.stanceForm.dayProblem')
        : null;
    if (refuse(action, problem) || !stance) return;
    void action.run(
      async () => {
        await api.post(casePath(caseId, '/witness/cooperation'), {
          stance,
          on,
          language,
        } satisfies CooperationBody);
        setStance('');
      },
      t('witness.stanceForm.done', { stance: wordFor(stances, stance).toLowerCase() }),
    )();
  };
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="cooperation-h">
      <h4 id="cooperation-h">{t('witness.stanceForm.title')}</h4>
      <p className="hint">{t('witness.stanceForm.hint')}</p>
      <div className="row">
        <SelectField
          label={t('witness.stanceForm.said')}
          value={stance}
          onChange={(v) => setStance(v as CooperationBody['stance'] | '')}
          options={stances}
          placeholder={t('words.choose')}
        />
        <Field label={t('witness.discussedOn')} type="date" value={on} onChange={setOn} max={isoDay()} />
        <SelectField
          label={t('witness.stanceForm.language')}
          value={language}
          onChange={setLanguage}
          options={languageOptions(caseLanguage)}
        />
      </div>
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('witness.stanceForm.submit')}
        </button>
      </div>
    </form>
  );
}

const AMOUNT = /^\d+(\.\d{1,2})?$/;
type ReprisalLevel = NonNullable<MeasureBody['reprisalLevel']>;
type HearingSupport = NonNullable<MeasureBody['support']>[number];

/** Asks for a support measure; the details asked follow its kind. It starts as requested. */
export function MeasureForm({ caseId, action }: { caseId: string; action: CaseAction }) {
  const { t } = useTranslation('protection');
  const kinds = measureKindOptions(t);
  const supports = hearingSupportOptions(t);
  const [kind, setKind] = useState<MeasureBody['kind'] | ''>('');
  const [validUntil, setValidUntil] = useState('');
  const [reprisalLevel, setReprisalLevel] = useState<ReprisalLevel | ''>('');
  const [country, setCountry] = useState('');
  const [hearingOn, setHearingOn] = useState('');
  const [support, setSupport] = useState<HearingSupport[]>([]);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('THB');
  const [note, setNote] = useState('');
  const permit = PERMIT_KINDS.includes(kind);
  const paid = PAID_KINDS.includes(kind);
  const reprisal = kind === 'reprisal_risk_family';
  const hearing = kind === 'hearing_support';
  const toggle = (s: HearingSupport, on: boolean) =>
    setSupport((xs) => (on ? [...xs, s] : xs.filter((x) => x !== s)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !kind
      ? t('witness.measureForm.kindProblem')
      : permit && !validUntil
        ? t('witness.measureForm.validUntilProblem')
        : reprisal && !reprisalLevel
          ? t('witness.measureForm.reprisalProblem')
          : reprisal && !country
            ? t('witness.measureForm.countryProblem')
            : hearing && !hearingOn
              ? t('witness.measureForm.hearingProblem')
              : hearing && support.length === 0
                ? t('witness.measureForm.supportProblem')
                : paid && (!AMOUNT.test(amount.trim()) || Number(amount) <= 0)
                  ? t('witness.measureForm.amountProblem')
                  : null;
    if (refuse(action, problem) || !kind) return;
    const name = wordFor(kinds, kind);
    void action.run(
      async () => {
        await api.post(casePath(caseId, '/witness/measures'), {
          kind,
          ...(permit ? { validUntil } : {}),
          ...(reprisal && reprisalLevel ? { reprisalLevel, country } : {}),
          ...(hearing
            ? { hearingOn, support: supports.map(([s]) => s).filter((s) => support.includes(s)) }
            : {}),
          ...(paid ? { amount: Number(amount.trim()), currency } : {}),
          note: note.trim(),
        } satisfies MeasureBody);
        setKind('');
        setValidUntil('');
        setReprisalLevel('');
        setCountry('');
        setHearingOn('');
        setSupport([]);
        setAmount('');
        setNote('');
      },
      t('witness.measureForm.done', { name }),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="measure-h">
      <h4 id="measure-h">{t('witness.measureForm.title')}</h4>
      <SelectField
        label={t('witness.measureForm.measure')}
        value={kind}
        onChange={(v) => setKind(v as MeasureBody['kind'] | '')}
        options={kinds}
        placeholder={t('words.choose')}
      />
      {permit ? (
        <Field
          label={t('witness.validUntil')}
          type="date"
          value={validUntil}
          onChange={setValidUntil}
          min={isoDay()}
          hint={t('witness.measureForm.validUntilHint')}
        />
      ) : null}
      {reprisal ? (
        <div className="row">
          <SelectField
            label={t('witness.measureForm.reprisal')}
            value={reprisalLevel}
            onChange={(v) => setReprisalLevel(v as ReprisalLevel | '')}
            options={reprisalLevelOptions(t)}
            placeholder={t('words.choose')}
          />
          <SelectField
            label={t('witness.measureForm.country')}
            value={country}
            onChange={setCountry}
            options={countryOptions()}
            placeholder={t('words.chooseCountry')}
          />
        </div>
      ) : null}
      {hearing ? (
        <>
          <Field label={t('witness.hearingOn')} type="date" value={hearingOn} onChange={setHearingOn} />
          <fieldset className="form-group">
            <legend>{t('witness.measureForm.support')}</legend>
            <ul className="check-list">
              {supports.map(([s, words]) => (
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
            label={t('witness.amount')}
            value={amount}
            onChange={setAmount}
            inputMode="decimal"
            autoComplete="off"
            hint={t('witness.measureForm.amountHint')}
          />
          <SelectField
            label={t('witness.currency')}
            value={currency}
            onChange={setCurrency}
            options={witnessCurrencyOptions(t)}
          />
        </div>
      ) : null}
      {kind ? (
        <NoteField
          label={t('words.noteOptional')}
          value={note}
          onChange={setNote}
          hint={t('witness.measureForm.noteHint')}
        />
      ) : null}
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('witness.measureForm.submit')}
        </button>
      </div>
    </form>
  );
}
