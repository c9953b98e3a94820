import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { CLAIM_ROUTES, CURRENCIES, money, parseAmount } from './compensation-labels.ts';
import { type CaseAction, casePath, refuse } from './useCaseAction.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Opens a compensation claim for the person, being prepared: its route, where it is made, the amount and currency,
 * and (optional) the prosecution's case reference and the seized assets it draws on. The panel holds the `action`.
 */
export function CompensationForm({ caseId, action }: { caseId: string; action: CaseAction }) {
  const [route, setRoute] = useState('');
  const [forum, setForum] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('THB');
  const [prosecutionRef, setProsecutionRef] = useState('');
  const [exhibits, setExhibits] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amountClaimed = parseAmount(amount);
    const assetExhibitIds = exhibits
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const badExhibit = assetExhibitIds.find((id) => !UUID.test(id));
    const problem = !route
      ? 'Choose the route of the claim.'
      : !forum.trim()
        ? 'Say where the claim is made (the court, office or fund).'
        : amountClaimed === null
          ? 'Give the amount claimed: a number more than 0, with at most two decimals.'
          : badExhibit
            ? `“${badExhibit}” is not an exhibit id: copy the ids from the evidence register.`
            : null;
    if (refuse(action, problem) || amountClaimed === null) return;
    const words = wordFor(CLAIM_ROUTES, route);
    void action.run(
      async () => {
        await api.post(casePath(caseId, '/compensation'), {
          route,
          forum: forum.trim(),
          amountClaimed,
          currency,
          ...(prosecutionRef.trim() ? { prosecutionRef: prosecutionRef.trim() } : {}),
          assetExhibitIds,
        });
        setRoute('');
        setForum('');
        setAmount('');
        setProsecutionRef('');
        setExhibits('');
      },
      `Claim opened: ${words.toLowerCase()}, ${money(amountClaimed, currency)}, being prepared.`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="claim-h">
      <h3 id="claim-h">Open a claim</h3>
      <div className="row">
        <SelectField
          label="Route of the claim"
          value={route}
          onChange={setRoute}
          options={CLAIM_ROUTES}
          placeholder="Choose a route"
        />
        <Field
          label="Where it is made"
          value={forum}
          onChange={setForum}
          autoComplete="off"
          hint="The court, labour office or fund, e.g. Labour Protection Office, Samut Sakhon."
        />
      </div>
      <div className="row">
        <Field
          label="Amount claimed"
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          autoComplete="off"
        />
        <SelectField label="Currency" value={currency} onChange={setCurrency} options={CURRENCIES} />
        <Field
          label="Prosecution case reference (optional)"
          value={prosecutionRef}
          onChange={setProsecutionRef}
          autoComplete="off"
        />
      </div>
      <NoteField
        label="Seized assets it draws on (optional)"
        value={exhibits}
        onChange={setExhibits}
        hint="Exhibit ids from the evidence register, one per line: exhibits your agency holds or was shared."
      />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Opening…' : 'Open the claim'}
        </button>
      </div>
    </form>
  );
}
