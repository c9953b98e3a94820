import { type FormEvent, useId, useState } from 'react';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import {
  CLAIM_ROUTES,
  CLAIM_STEP_CHOICES,
  money,
  NEXT_CLAIM_STEPS,
  PAYERS,
  parseAmount,
} from './compensation-labels.ts';
import type { Claim } from './compensation-types.ts';
import { isoDay, languageOptions } from './labels.ts';
import { type CaseAction, casePath, refuse } from './useCaseAction.ts';

interface Props {
  caseId: string;
  claim: Claim;
  /** The language of the conversation: a withdrawal is the person's, in their language. */
  language: string;
  action: CaseAction;
}

/** A claim as named on its forms: "Labour claim (unpaid wages) at Labour Protection Office". */
export const claimName = (c: Claim): string => `${wordFor(CLAIM_ROUTES, c.route)} at ${c.forum}`;

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

function ClaimStepForm({ caseId, claim, language, action, steps }: Props & { steps: readonly string[] }) {
  const headingId = useId();
  const [status, setStatus] = useState(steps[0] ?? '');
  const [on, setOn] = useState(isoDay());
  const [awarded, setAwarded] = useState('');
  const [lang, setLang] = useState(language);
  const choices = CLAIM_STEP_CHOICES.filter(([code]) => steps.includes(code));
  const chosen = steps.includes(status) ? status : (steps[0] ?? '');
  const name = claimName(claim);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amountAwarded = chosen === 'awarded' ? parseAmount(awarded) : null;
    const problem = !on
      ? 'Give the day of the step.'
      : chosen === 'awarded' && amountAwarded === null
        ? 'Give the amount awarded: a number more than 0, with at most two decimals.'
        : null;
    if (refuse(action, problem)) return;
    void action.run(
      async () => {
        await api.post(casePath(caseId, `/compensation/${encodeURIComponent(claim.id)}/status`), {
          status: chosen,
          on,
          ...(amountAwarded !== null ? { amountAwarded } : {}),
          ...(chosen === 'withdrawn' ? { language: lang } : {}),
        });
        setAwarded('');
      },
      `${name}: ${wordFor(CLAIM_STEP_CHOICES, chosen).toLowerCase()}${
        amountAwarded !== null ? `, ${money(amountAwarded, claim.currency)}` : ''
      }.`,
    )();
  };

  return (
    <form className="stack form-wide" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>Next step on the {name}</h3>
      <div className="row">
        <SelectField label="What happened" value={chosen} onChange={setStatus} options={choices} />
        <Field label="On" type="date" value={on} onChange={setOn} max={isoDay()} />
        {chosen === 'awarded' ? (
          <Field
            label={`Amount awarded (${claim.currency})`}
            value={awarded}
            onChange={setAwarded}
            inputMode="decimal"
            autoComplete="off"
          />
        ) : null}
        {chosen === 'withdrawn' ? (
          <SelectField
            label="Language the person gave their decision in"
            value={lang}
            onChange={setLang}
            options={languageOptions(language)}
          />
        ) : null}
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          Record the step<span className="visually-hidden"> on the {name}</span>
        </button>
      </div>
    </form>
  );
}

function PaymentForm({ caseId, claim, action }: Props) {
  const headingId = useId();
  const [amount, setAmount] = useState('');
  const [receivedOn, setReceivedOn] = useState(isoDay());
  const [from, setFrom] = useState('');
  const name = claimName(claim);
  const owed = claim.amountAwarded === null ? null : claim.amountAwarded - claim.received;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const paid = parseAmount(amount);
    const problem =
      paid === null
        ? 'Give the amount received: a number more than 0, with at most two decimals.'
        : !receivedOn
          ? 'Give the day the money was received.'
          : !from
            ? 'Say who paid.'
            : null;
    if (refuse(action, problem) || paid === null) return;
    void action.run(
      async () => {
        await api.post(casePath(caseId, `/compensation/${encodeURIComponent(claim.id)}/payments`), {
          amount: paid,
          receivedOn,
          from,
        });
        setAmount('');
        setFrom('');
      },
      `${name}: ${money(paid, claim.currency)} received.`,
    )();
  };

  return (
    <form className="stack form-wide" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>Money received on the {name}</h3>
      {owed !== null && owed > 0 ? (
        <p className="hint">Still to be paid: {money(owed, claim.currency)}.</p>
      ) : null}
      <div className="row">
        <Field
          label={`Amount received (${claim.currency})`}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          autoComplete="off"
        />
        <Field label="Received on" type="date" value={receivedOn} onChange={setReceivedOn} max={isoDay()} />
        <SelectField label="Paid by" value={from} onChange={setFrom} options={PAYERS} placeholder="Choose" />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          Record the payment<span className="visually-hidden"> on the {name}</span>
        </button>
      </div>
    </form>
  );
}
