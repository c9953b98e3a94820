import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { money, parseAmount } from '../protection/compensation-labels.ts';
import { formatDay, isoDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { assetName } from './asset-labels.ts';
import type { Asset } from './asset-types.ts';
import { caseFilePath } from './paths.ts';
import type { AllocationBody, CaseFile } from './types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Allocates part of a confiscated asset to a victim's compensation claim, never beyond what is left of it. */
export function AllocationForm({
  c,
  assets,
  action,
}: {
  c: CaseFile;
  assets: readonly Asset[];
  action: CaseAction;
}) {
  const { t } = useTranslation('prosecution');
  const [assetId, setAssetId] = useState('');
  const [amount, setAmount] = useState('');
  const [on, setOn] = useState(isoDay());
  const [claimId, setClaimId] = useState('');
  const asset = assets.find((a) => a.id === assetId) ?? null;
  const confiscatedOn = asset?.orders.findLast((o) => o.kind === 'confiscation_order')?.on;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const given = parseAmount(amount);
    const problem = !asset
      ? t('allocation.chooseAsset')
      : given === null
        ? t('allocation.badAmount')
        : asset.remaining !== null && given > asset.remaining
          ? t('allocation.tooMuch', {
              n: asset.n,
              left: money(asset.remaining, asset.currency),
              amount: money(given, asset.currency),
            })
          : !on
            ? t('allocation.giveDay')
            : confiscatedOn && on < confiscatedOn
              ? t('allocation.beforeConfiscation', { n: asset.n, day: formatDay(confiscatedOn) })
              : claimId.trim() && !UUID.test(claimId.trim())
                ? t('allocation.badClaim')
                : null;
    if (refuse(action, problem) || !asset || given === null) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, `/assets/${encodeURIComponent(asset.id)}/allocations`), {
          amount: given,
          currency: asset.currency,
          on,
          ...(claimId.trim() ? { claimId: claimId.trim() } : {}),
        } satisfies AllocationBody);
        setAmount('');
        setClaimId('');
      },
      t(claimId.trim() ? 'allocation.doneClaim' : 'allocation.doneNoClaim', {
        amount: money(given, asset.currency),
        n: asset.n,
      }),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="allocate-h">
      <h3 id="allocate-h">{t('allocation.heading')}</h3>
      <div className="row">
        <SelectField
          label={t('allocation.asset')}
          value={assetId}
          onChange={setAssetId}
          options={assets.map(
            (a) =>
              [
                a.id,
                t('allocation.option', {
                  asset: assetName(t, a),
                  amount: money(a.remaining ?? 0, a.currency),
                }),
              ] as const,
          )}
          placeholder={t('allocation.chooseAnAsset')}
        />
        <Field
          label={asset ? t('allocation.amountIn', { currency: asset.currency }) : t('allocation.amount')}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          autoComplete="off"
          hint={
            asset?.remaining != null
              ? t('allocation.amountHint', {
                  left: money(asset.remaining, asset.currency),
                  value: money(asset.value, asset.currency),
                })
              : undefined
          }
        />
        <Field label={t('words.on')} type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      <Field
        label={t('allocation.claim')}
        value={claimId}
        onChange={setClaimId}
        autoComplete="off"
        hint={t('allocation.claimHint', { ref: c.ref })}
      />
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('allocation.allocating') : t('allocation.allocate')}
        </button>
      </div>
    </form>
  );
}
