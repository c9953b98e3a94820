import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { CURRENCIES, money, parseAmount } from '../protection/compensation-labels.ts';
import { formatDay, isoDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import {
  ASSET_KINDS,
  ASSET_ORDERS,
  ASSET_RELATIONS,
  assetName,
  NEXT_ORDERS,
  ORDER_STEPS,
} from './asset-labels.ts';
import type { Asset } from './asset-types.ts';
import { caseFilePath } from './paths.ts';
import type { CaseFile } from './types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AMOUNT_PROBLEM = 'a number more than 0, with at most two decimals';

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
  const [kind, setKind] = useState('');
  const [description, setDescription] = useState('');
  const [identifier, setIdentifier] = useState('');
  const [ties, setTies] = useState<Record<string, string>>({});
  const [estimate, setEstimate] = useState('');
  const [currency, setCurrency] = useState('THB');
  const [exhibitId, setExhibitId] = useState('');
  const [entityId, setEntityId] = useState('');
  const taken = new Set(assets.map((a) => a.exhibitId));
  const exhibits = c.evidence.filter((e) => e.exhibitId && !taken.has(e.exhibitId));
  const tied = c.suspects.filter((s) => ties[s.id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const estimatedValue = estimate.trim() ? parseAmount(estimate) : null;
    const problem = !kind
      ? 'Choose the kind of asset.'
      : !description.trim()
        ? 'Describe the asset.'
        : tied.length === 0
          ? 'Tie the asset to at least one suspect: say how they hold it.'
          : estimate.trim() && estimatedValue === null
            ? `Give the estimated value as ${AMOUNT_PROBLEM}, or leave it empty.`
            : entityId.trim() && !UUID.test(entityId.trim())
              ? 'Give the entity’s id as shown at the end of its address (#/intel/entities/…), or leave it empty.'
              : null;
    if (refuse(action, problem)) return;
    const who = tied
      .map((s) => `${s.label} (${wordFor(ASSET_RELATIONS, ties[s.id]).toLowerCase()})`)
      .join(', ');
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, '/assets'), {
          kind,
          description: description.trim(),
          ...(identifier.trim() ? { identifier: identifier.trim() } : {}),
          suspects: tied.map((s) => ({ suspectId: s.id, relation: ties[s.id] })),
          ...(exhibitId ? { exhibitId } : {}),
          ...(entityId.trim() ? { entityId: entityId.trim() } : {}),
          ...(estimatedValue !== null ? { estimatedValue } : {}),
          currency,
        });
        setKind('');
        setDescription('');
        setIdentifier('');
        setTies({});
        setEstimate('');
        setExhibitId('');
        setEntityId('');
      },
      `Asset recorded: ${wordFor(ASSET_KINDS, kind).toLowerCase()}, tied to ${who}.`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="add-asset-h">
      <h3 id="add-asset-h">Record an asset</h3>
      <div className="row">
        <SelectField
          label="Kind of asset"
          value={kind}
          onChange={setKind}
          options={ASSET_KINDS}
          placeholder="Choose a kind"
        />
        <Field
          label="Identifier (optional)"
          value={identifier}
          onChange={setIdentifier}
          maxLength={200}
          autoComplete="off"
          hint="As given: account number and bank, title deed, registration plate, wallet address."
        />
      </div>
      <NoteField
        label="Description"
        value={description}
        onChange={setDescription}
        hint="What it is and where, e.g. the savings account the workers’ deductions were paid into."
      />
      <fieldset className="choices">
        <legend>Suspects it is tied to</legend>
        <p className="hint">Say how each suspect holds the asset; leave the others not tied.</p>
        <div className="row">
          {c.suspects.map((s) => (
            <SelectField
              key={s.id}
              label={s.label}
              value={ties[s.id] ?? ''}
              onChange={(v) => setTies((t) => ({ ...t, [s.id]: v }))}
              options={ASSET_RELATIONS}
              placeholder="Not tied"
            />
          ))}
        </div>
      </fieldset>
      <div className="row">
        <Field
          label="Estimated value (optional)"
          value={estimate}
          onChange={setEstimate}
          inputMode="decimal"
          autoComplete="off"
        />
        <SelectField label="Currency" value={currency} onChange={setCurrency} options={CURRENCIES} />
      </div>
      {canReadEvidence && exhibits.length > 0 ? (
        <SelectField
          label="Exhibit seized (optional)"
          value={exhibitId}
          onChange={setExhibitId}
          options={exhibits.map((e) => [e.exhibitId ?? '', `${e.ref}: ${e.description}`] as const)}
          placeholder="None"
          hint="When the asset itself was seized as an exhibit of this case file, e.g. cash or a vehicle."
        />
      ) : null}
      <Field
        label="Entity in the intelligence picture (optional)"
        value={entityId}
        onChange={setEntityId}
        autoComplete="off"
        hint="An entity you may see, such as the company or the account: its id is at the end of its address (#/intel/entities/…)."
      />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the asset'}
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
  const [assetId, setAssetId] = useState('');
  const [kind, setKind] = useState('');
  const [on, setOn] = useState(isoDay());
  const [authority, setAuthority] = useState('');
  const [value, setValue] = useState('');
  const [reference, setReference] = useState('');
  const asset = assets.find((a) => a.id === assetId) ?? null;
  const next = asset ? (NEXT_ORDERS[asset.status] ?? []) : [];
  const chosen = next.includes(kind) ? kind : '';
  const last = asset?.orders.at(-1);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const stated = value.trim() ? parseAmount(value) : null;
    const problem = !asset
      ? 'Choose the asset.'
      : !chosen
        ? 'Choose the order.'
        : !on
          ? 'Give the day of the order.'
          : last && on < last.on
            ? `The last order on asset ${asset.n} is dated ${formatDay(last.on)}: this one cannot be earlier.`
            : !authority.trim()
              ? 'Name the court or authority that made the order.'
              : chosen === 'confiscation_order' && stated === null
                ? `Give the value confiscated as ${AMOUNT_PROBLEM}.`
                : chosen !== 'released' && value.trim() && stated === null
                  ? `Give the value as ${AMOUNT_PROBLEM}, or leave it empty.`
                  : null;
    if (refuse(action, problem) || !asset) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, `/assets/${encodeURIComponent(asset.id)}/orders`), {
          kind: chosen,
          on,
          authority: authority.trim(),
          ...(chosen !== 'released' && stated !== null ? { value: stated } : {}),
          ...(reference.trim() ? { reference: reference.trim() } : {}),
        });
        setKind('');
        setValue('');
        setReference('');
      },
      `${assetName(asset)}: ${wordFor(ORDER_STEPS, chosen).toLowerCase()} on ${formatDay(on)}${
        stated !== null && chosen !== 'released' ? `, ${money(stated, asset.currency)}` : ''
      }.`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="asset-order-h">
      <h3 id="asset-order-h">Record a court order on an asset</h3>
      <div className="row">
        <SelectField
          label="Asset"
          value={assetId}
          onChange={(v) => {
            setAssetId(v);
            setKind('');
          }}
          options={assets.map(
            (a) =>
              [
                a.id,
                `${assetName(a)} (${wordFor(ORDER_STEPS, a.orders.at(-1)?.kind) || 'no order yet'})`,
              ] as const,
          )}
          placeholder="Choose an asset"
        />
        <SelectField
          label="Order"
          value={chosen}
          onChange={setKind}
          options={ASSET_ORDERS.filter(([k]) => next.includes(k))}
          placeholder={asset ? 'Choose the order' : 'Choose the asset first'}
          hint="Frozen or seized first; then confiscated or released."
        />
        <Field label="On" type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      <div className="row">
        <Field
          label="Court or authority"
          value={authority}
          onChange={setAuthority}
          maxLength={200}
          autoComplete="off"
        />
        {chosen !== 'released' ? (
          <Field
            label={`${chosen === 'confiscation_order' ? 'Value confiscated' : 'Value stated in the order (optional)'}${asset ? ` (${asset.currency})` : ''}`}
            value={value}
            onChange={setValue}
            inputMode="decimal"
            autoComplete="off"
          />
        ) : null}
        <Field
          label="Order reference (optional)"
          value={reference}
          onChange={setReference}
          maxLength={200}
          autoComplete="off"
        />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the order'}
        </button>
      </div>
    </form>
  );
}

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
      ? 'Choose the confiscated asset.'
      : given === null
        ? `Give the amount as ${AMOUNT_PROBLEM}.`
        : asset.remaining !== null && given > asset.remaining
          ? `Asset ${asset.n} has ${money(asset.remaining, asset.currency)} left to allocate; ${money(given, asset.currency)} is more.`
          : !on
            ? 'Give the day of the allocation.'
            : confiscatedOn && on < confiscatedOn
              ? `Asset ${asset.n} was confiscated on ${formatDay(confiscatedOn)}: it cannot be allocated before then.`
              : claimId.trim() && !UUID.test(claimId.trim())
                ? 'The claim’s id is the long id the victim’s caseworker gives you (8-4-4-4-12 letters and digits), or leave it empty.'
                : null;
    if (refuse(action, problem) || !asset || given === null) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, `/assets/${encodeURIComponent(asset.id)}/allocations`), {
          amount: given,
          currency: asset.currency,
          on,
          ...(claimId.trim() ? { claimId: claimId.trim() } : {}),
        });
        setAmount('');
        setClaimId('');
      },
      `${money(given, asset.currency)} of asset ${asset.n} allocated to the victims’ compensation${
        claimId.trim() ? ', on the claim named' : ', on no claim yet'
      }.`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="allocate-h">
      <h3 id="allocate-h">Allocate a confiscated asset to victims</h3>
      <div className="row">
        <SelectField
          label="Confiscated asset"
          value={assetId}
          onChange={setAssetId}
          options={assets.map(
            (a) => [a.id, `${assetName(a)}: ${money(a.remaining ?? 0, a.currency)} left`] as const,
          )}
          placeholder="Choose an asset"
        />
        <Field
          label={`Amount${asset ? ` (${asset.currency})` : ''}`}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          autoComplete="off"
          hint={
            asset?.remaining != null
              ? `At most ${money(asset.remaining, asset.currency)}, what is left of the ${money(asset.value, asset.currency)} confiscated.`
              : undefined
          }
        />
        <Field label="On" type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      <Field
        label="Victim’s claim id (optional)"
        value={claimId}
        onChange={setClaimId}
        autoComplete="off"
        hint={`Given by the victim’s caseworker: you cannot see protection cases. The claim shows this allocation when it carries this case file’s reference, ${c.ref}, and this id; without an id, no claim shows it.`}
      />
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Allocating…' : 'Allocate to victims'}
        </button>
      </div>
    </form>
  );
}
