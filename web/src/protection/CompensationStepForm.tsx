import type { TFunction } from 'i18next';
import { type FormEvent, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import {
  claimRouteOptions,
  claimStepChoiceOptions,
  money,
  NEXT_CLAIM_STEPS,
  parseAmount,
  payerOptions,
} from './compensation-labels.ts';
import type { Claim } from './compensation-types.ts';
import { isoDay, languageOptions } from './labels.ts';
import type { ClaimStepBody, PaymentBody } from './types.ts';
import { type CaseAction, casePath, refuse } from './useCaseAction.ts';

interface Props {
  caseId: string;
  claim: Claim;
  /** The language of the conversation: a withdrawal is the person's, in their language. */
  language: string;
  action: CaseAction;
}

/** A claim as named on its forms: "Labour claim (unpaid wages) at Labour Protection Office". */
export const claimName = (t: TFunction<'protection'>, c: Claim): string =>
  t('claim.name', { route: wordFor(claimRouteOptions(t), c.route), forum: c.forum });

/** What the caseworker may record next on a claim: its next step, and a payment once it is awarded. */
export function ClaimActions(props: Props) {
  const steps = NEXT_CLAIM_STEPS[props.claim.status] ?? [];
  const payable = props.claim.status === 'awarded' || props.claim.status === 'partly_paid';
  if (steps.length === 0 && !payable) return null;
  return (
    <div className="subform stack">
      {steps.length > 0 ? <ClaimStepForm {...props} steps={steps} /> : null}
      {payable ? <PaymentForm {...props} /> : null}
    </div>
  );
}

type Step = ClaimStepBody['status'];

function ClaimStepForm({ caseId, claim, language, action, steps }: Props & { steps: readonly Step[] }) {
  const { t } = useTranslation('protection');
  const headingId = useId();
  const [status, setStatus] = useState<Step | ''>(steps[0] ?? '');
  const [on, setOn] = useState(isoDay());
  const [awarded, setAwarded] = useState('');
  const [lang, setLang] = useState(language);
  const allChoices = claimStepChoiceOptions(t);
  const choices = allChoices.filter(([code]) => steps.some((s) => s === code));
  const chosen: Step | '' = steps.find((s) => s === status) ?? steps[0] ?? '';
  const name = claimName(t, claim);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amountAwarded = chosen === 'awarded' ? parseAmount(awarded) : null;
    const problem = !on
      ? t('claim.step.dayProblem')
      : chosen === 'awarded' && amountAwarded === null
        ? t('claim.step.amountProblem')
        : null;
    if (refuse(action, problem) || !chosen) return;
    void action.run(
      async () => {
        await api.post(casePath(caseId, `/compensation/${encodeURIComponent(claim.id)}/status`), {
          status: chosen,
          on,
          ...(amountAwarded !== null ? { amountAwarded } : {}),
          ...(chosen === 'withdrawn' ? { language: lang } : {}),
        } satisfies ClaimStepBody);
        setAwarded('');
      },
      amountAwarded !== null
        ? t('claim.step.doneAmount', {
            name,
            step: wordFor(allChoices, chosen).toLowerCase(),
            amount: money(amountAwarded, claim.currency),
          })
        : t('claim.step.done', { name, step: wordFor(allChoices, chosen).toLowerCase() }),
    )();
  };

  return (
    <form className="stack form-wide" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{t('claim.step.title', { name })}</h3>
      <div className="row">
        <SelectField
          label={t('claim.step.what')}
          value={chosen}
          onChange={(v) => setStatus(v as Step)}
          options={choices}
        />
        <Field label={t('claim.step.on')} type="date" value={on} onChange={setOn} max={isoDay()} />
        {chosen === 'awarded' ? (
          <Field
            label={t('claim.step.awarded', { currency: claim.currency })}
            value={awarded}
            onChange={setAwarded}
            inputMode="decimal"
            autoComplete="off"
          />
        ) : null}
        {chosen === 'withdrawn' ? (
          <SelectField
            label={t('claim.step.language')}
            value={lang}
            onChange={setLang}
            options={languageOptions(language)}
          />
        ) : null}
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          <Trans
            t={t}
            i18nKey="claim.step.submit"
            values={{ name }}
            components={{ 1: <span className="visually-hidden" /> }}
          />
        </button>
      </div>
    </form>
  );
}

function PaymentForm({ caseId, claim, action }: Props) {
  const { t } = useTranslation('protection');
  const headingId = useId();
  const [amount, setAmount] = useState('');
  const [receivedOn, setReceivedOn] = useState(isoDay());
  const [from, setFrom] = useState<PaymentBody['from'] | ''>('');
  const name = claimName(t, claim);
  const owed = claim.amountAwarded === null ? null : claim.amountAwarded - claim.received;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const paid = parseAmount(amount);
    const problem =
      paid === null
        ? t('claim.payment.amountProblem')
        : !receivedOn
          ? t('claim.payment.dayProblem')
          : !from
            ? t('claim.payment.fromProblem')
            : null;
    if (refuse(action, problem) || paid === null || !from) return;
    void action.run(
      async () => {
        await api.post(casePath(caseId, `/compensation/${encodeURIComponent(claim.id)}/payments`), {
          amount: paid,
          receivedOn,
          from,
        } satisfies PaymentBody);
        setAmount('');
        setFrom('');
      },
      t('claim.payment.done', { name, amount: money(paid, claim.currency) }),
    )();
  };

  return (
    <form className="stack form-wide" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{t('claim.payment.title', { name })}</h3>
      {owed !== null && owed > 0 ? (
        <p className="hint">{t('claim.payment.owed', { amount: money(owed, claim.currency) })}</p>
      ) : null}
      <div className="row">
        <Field
          label={t('claim.payment.amount', { currency: claim.currency })}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          autoComplete="off"
        />
        <Field
          label={t('claim.payment.receivedOn')}
          type="date"
          value={receivedOn}
          onChange={setReceivedOn}
          max={isoDay()}
        />
        <SelectField
          label={t('claim.payment.from')}
          value={from}
          onChange={(v) => setFrom(v as PaymentBody['from'] | '')}
          options={payerOptions(t)}
          placeholder={t('words.choose')}
        />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          <Trans
            t={t}
            i18nKey="claim.payment.submit"
            values={{ name }}
            components={{ 1: <span className="visually-hidden" /> }}
          />
        </button>
      </div>
    </form>
  );
}
