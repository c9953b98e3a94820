import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { claimRouteOptions, currencyOptions, money, parseAmount } from './compensation-labels.ts';
import type { ClaimBody } from './types.ts';
import { type CaseAction, casePath, refuse } from './useCaseAction.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Opens a compensation claim for the person, being prepared: its route, where it is made, the amount and currency,
 * and (optional) the prosecution's case reference and the seized assets it draws on. The panel holds the `action`.
 */
export function CompensationForm({ caseId, action }: { caseId: string; action: CaseAction }) {
  const { t } = useTranslation('protection');
  const routes = claimRouteOptions(t);
  const [route, setRoute] = useState<ClaimBody['route'] | ''>('');
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
      ? t('claim.form.routeProblem')
      : !forum.trim()
        ? t('claim.form.forumProblem')
        : amountClaimed === null
          ? t('claim.form.amountProblem')
          : badExhibit
            ? t('claim.form.exhibitProblem', { id: badExhibit })
            : null;
    if (refuse(action, problem) || !route || amountClaimed === null) return;
    const words = wordFor(routes, route);
    void action.run(
      async () => {
        await api.post(casePath(caseId, '/compensation'), {
          route,
          forum: forum.trim(),
          amountClaimed,
          currency,
          ...(prosecutionRef.trim() ? { prosecutionRef: prosecutionRef.trim() } : {}),
          assetExhibitIds,
        } satisfies ClaimBody);
        setRoute('');
        setForum('');
        setAmount('');
        setProsecutionRef('');
        setExhibits('');
      },
      t('claim.form.done', { route: words.toLowerCase(), amount: money(amountClaimed, currency) }),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="claim-h">
      <h3 id="claim-h">{t('claim.form.title')}</h3>
      <div className="row">
        <SelectField
          label={t('claim.form.route')}
          value={route}
          onChange={(v) => setRoute(v as ClaimBody['route'] | '')}
          options={routes}
          placeholder={t('claim.form.chooseRoute')}
        />
        <Field
          label={t('claim.form.forum')}
          value={forum}
          onChange={setForum}
          autoComplete="off"
          hint={t('claim.form.forumHint')}
        />
      </div>
      <div className="row">
        <Field
          label={t('claim.form.amount')}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          autoComplete="off"
        />
        <SelectField
          label={t('claim.form.currency')}
          value={currency}
          onChange={setCurrency}
          options={currencyOptions()}
        />
        <Field
          label={t('claim.form.prosecutionRef')}
          value={prosecutionRef}
          onChange={setProsecutionRef}
          autoComplete="off"
        />
      </div>
      <NoteField
        label={t('claim.form.exhibits')}
        value={exhibits}
        onChange={setExhibits}
        hint={t('claim.form.exhibitsHint')}
      />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? t('claim.form.opening') : t('claim.form.submit')}
        </button>
      </div>
    </form>
  );
}
