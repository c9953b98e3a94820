import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { currencyOptions, money, parseAmount } from '../protection/compensation-labels.ts';
import { formatDay, isoDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { assetName, NEXT_ORDERS } from './asset-labels.ts';
import type { Asset } from './asset-types.ts';
import { listWords, options, word } from './codes.ts';
import { caseFilePath } from './paths.ts';
import type { AssetBody, AssetOrderBody, CaseFile } from './types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How a suspect holds the asset. */
type Relation = AssetBody['suspects'][number]['relation'];

/** Records an asset behind the case: its kind, what it is, the suspects it is tied to and how, its estimated value. */
export function AddAssetForm({
  c,
  assets,
  action,
  canReadEvidence,
}: {
  c: CaseFile;
  assets: readonly Asset[];
  action: CaseAction;
  canReadEvidence: boolean;
}) {
  const { t } = useTranslation('prosecution');
  const [kind, setKind] = useState<AssetBody['kind'] | ''>('');
  const [description, setDescription] = useState('');
  const [identifier, setIdentifier] = useState('');
  const [ties, setTies] = useState<Record<string, Relation | ''>>({});
  const [estimate, setEstimate] = useState('');
  const [currency, setCurrency] = useState('THB');
  const [exhibitId, setExhibitId] = useState('');
  const [entityId, setEntityId] = useState('');
  const taken = new Set(assets.map((a) => a.exhibitId));
  const exhibits = c.evidence.filter((e) => e.exhibitId && !taken.has(e.exhibitId));
  const tied = c.suspects.filter((s) => ties[s.id]);
  const holders = c.suspects.flatMap((s) => {
    const relation = ties[s.id];
    return relation ? [{ suspectId: s.id, relation }] : [];
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const estimatedValue = estimate.trim() ? parseAmount(estimate) : null;
    const problem = !kind
      ? t('assetForm.chooseKind')
      : !description.trim()
        ? t('assetForm.describe')
        : tied.length === 0
          ? t('assetForm.tie')
          : estimate.trim() && estimatedValue === null
            ? t('assetForm.badEstimate')
            : entityId.trim() && !UUID.test(entityId.trim())
              ? t('assetForm.badEntity')
              : null;
    if (refuse(action, problem) || !kind) return;
    const who = listWords(
      t,
      tied.map((s) =>
        t('assetForm.holder', {
          name: s.label,
          relation: word(t, 'assetRelation', ties[s.id]).toLowerCase(),
        }),
      ),
    );
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, '/assets'), {
          kind,
          description: description.trim(),
          ...(identifier.trim() ? { identifier: identifier.trim() } : {}),
          suspects: holders,
          ...(exhibitId ? { exhibitId } : {}),
          ...(entityId.trim() ? { entityId: entityId.trim() } : {}),
          ...(estimatedValue !== null ? { estimatedValue } : {}),
          currency,
        } satisfies AssetBody);
        setKind('');
        setDescription('');
        setIdentifier('');
        setTies({});
        setEstimate('');
        setExhibitId('');
        setEntityId('');
      },
      t('assetForm.done', { kind: word(t, 'assetKind', kind).toLowerCase(), who }),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="add-asset-h">
      <h3 id="add-asset-h">{t('assetForm.heading')}</h3>
      <div className="row">
        <SelectField
          label={t('assetForm.kind')}
          value={kind}
          onChange={(v) => setKind(v as AssetBody['kind'] | '')}
          options={options(t, 'assetKind')}
          placeholder={t('words.chooseAKind')}
        />
        <Field
          label={t('assetForm.identifier')}
          value={identifier}
          onChange={setIdentifier}
          maxLength={200}
          autoComplete="off"
          hint={t('assetForm.identifierHint')}
        />
      </div>
      <NoteField
        label={t('words.description')}
        value={description}
        onChange={setDescription}
        hint={t('assetForm.descriptionHint')}
      />
      <fieldset className="choices">
        <legend>{t('assetForm.tiedTo')}</legend>
        <p className="hint">{t('assetForm.tiedHint')}</p>
        <div className="row">
          {c.suspects.map((s) => (
            <SelectField
              key={s.id}
              label={s.label}
              value={ties[s.id] ?? ''}
              onChange={(v) => setTies((t) => ({ ...t, [s.id]: v as Relation | '' }))}
              options={options(t, 'assetRelation')}
              placeholder={t('assetForm.notTied')}
            />
          ))}
        </div>
      </fieldset>
      <div className="row">
        <Field
          label={t('assetForm.estimate')}
          value={estimate}
          onChange={setEstimate}
          inputMode="decimal"
          autoComplete="off"
        />
        <SelectField
          label={t('assetForm.currency')}
          value={currency}
          onChange={setCurrency}
          options={currencyOptions()}
        />
      </div>
      {canReadEvidence && exhibits.length > 0 ? (
        <SelectField
          label={t('assetForm.exhibit')}
          value={exhibitId}
          onChange={setExhibitId}
          options={exhibits.map((e) => [e.exhibitId ?? '', `${e.ref}: ${e.description}`] as const)}
          placeholder={t('words.none')}
          hint={t('assetForm.exhibitHint')}
        />
      ) : null}
      <Field
        label={t('assetForm.entity')}
        value={entityId}
        onChange={setEntityId}
        autoComplete="off"
        hint={t('assetForm.entityHint')}
      />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('assetForm.record')}
        </button>
      </div>
    </form>
  );
}

/** Records a court order on an asset: frozen or seized, then confiscated (with the value) or released. */
export function AssetOrderForm({
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
  const [kind, setKind] = useState<AssetOrderBody['kind'] | ''>('');
  const [on, setOn] = useState(isoDay());
  const [authority, setAuthority] = useState('');
  const [value, setValue] = useState('');
  const [reference, setReference] = useState('');
  const asset = assets.find((a) => a.id === assetId) ?? null;
  const next = asset ? (NEXT_ORDERS[asset.status] ?? []) : [];
  const chosen = kind && next.includes(kind) ? kind : '';
  const last = asset?.orders.at(-1);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const stated = value.trim() ? parseAmount(value) : null;
    const problem = !asset
      ? t('orderForm.chooseAsset')
      : !chosen
        ? t('orderForm.chooseOrder')
        : !on
          ? t('orderForm.giveDay')
          : last && on < last.on
            ? t('orderForm.earlier', { n: asset.n, day: formatDay(last.on) })
            : !authority.trim()
              ? t('orderForm.nameAuthority')
              : chosen === 'confiscation_order' && stated === null
                ? t('orderForm.badConfiscated')
                : chosen !== 'released' && value.trim() && stated === null
                  ? t('orderForm.badValue')
                  : null;
    if (refuse(action, problem) || !asset || !chosen) return;
    const done = {
      asset: assetName(t, asset),
      step: word(t, 'orderStep', chosen).toLowerCase(),
      day: formatDay(on),
    };
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, `/assets/${encodeURIComponent(asset.id)}/orders`), {
          kind: chosen,
          on,
          authority: authority.trim(),
          ...(chosen !== 'released' && stated !== null ? { value: stated } : {}),
          ...(reference.trim() ? { reference: reference.trim() } : {}),
        } satisfies AssetOrderBody);
        setKind('');
        setValue('');
        setReference('');
      },
      stated !== null && chosen !== 'released'
        ? t('orderForm.doneValue', { ...done, amount: money(stated, asset.currency) })
        : t('orderForm.done', done),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="asset-order-h">
      <h3 id="asset-order-h">{t('orderForm.heading')}</h3>
      <div className="row">
        <SelectField
          label={t('assets.asset')}
          value={assetId}
          onChange={(v) => {
            setAssetId(v);
            setKind('');
          }}
          options={assets.map(
            (a) =>
              [
                a.id,
                t('orderForm.option', {
                  asset: assetName(t, a),
                  state: word(t, 'orderStep', a.orders.at(-1)?.kind) || t('orderForm.noOrder'),
                }),
              ] as const,
          )}
          placeholder={t('allocation.chooseAnAsset')}
        />
        <SelectField
          label={t('orderForm.order')}
          value={chosen}
          onChange={(v) => setKind(v as AssetOrderBody['kind'] | '')}
          options={options(t, 'assetOrder', next)}
          placeholder={asset ? t('orderForm.chooseTheOrder') : t('orderForm.chooseAssetFirst')}
          hint={t('orderForm.orderHint')}
        />
        <Field label={t('words.on')} type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      <div className="row">
        <Field
          label={t('orderForm.authority')}
          value={authority}
          onChange={setAuthority}
          maxLength={200}
          autoComplete="off"
        />
        {chosen !== 'released' ? (
          <Field
            label={
              chosen === 'confiscation_order'
                ? asset
                  ? t('orderForm.valueConfiscatedIn', { currency: asset.currency })
                  : t('orderForm.valueConfiscated')
                : asset
                  ? t('orderForm.valueStatedIn', { currency: asset.currency })
                  : t('orderForm.valueStated')
            }
            value={value}
            onChange={setValue}
            inputMode="decimal"
            autoComplete="off"
          />
        ) : null}
        <Field
          label={t('orderForm.reference')}
          value={reference}
          onChange={setReference}
          maxLength={200}
          autoComplete="off"
        />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('orderForm.record')}
        </button>
      </div>
    </form>
  );
}
