import type { Actor } from '../access/policy.ts';
import { visibleExhibit } from '../evidence/exhibits.ts';
import { visibleEntity } from '../intel/entities.ts';
import { AppError } from '../platform/errors.ts';
import type { AssetKind, AssetOrder, AssetRelation, AssetStatus } from './asset-bodies.ts';
import {
  auditCase,
  auditCaseRead,
  caseOfAgency,
  openCaseForChange,
  type Q,
  type Trx,
} from './case-access.ts';
import { suspectOfCase } from './suspects.ts';

// The assets behind a case: tied to its suspects (as owner, nominee, beneficial owner or the one in control), an
// entity of the picture the prosecutor may see, or an exhibit seized. Court orders on each as steps: frozen or
// seized, then confiscated; released ends it. What is confiscated may be allocated to victims' compensation, never
// beyond the value confiscated: each allocation records the case file's ref, which the protection track's claims
// carry as `prosecution_ref` (the prosecutor cannot see those claims): see asset-allocations.ts. Audit entries
// carry codes and ids only: never a description, an identifier or an amount.

const STATUS_AFTER: Record<AssetOrder, AssetStatus> = {
  freezing_order: 'frozen',
  seizure_order: 'seized',
  confiscation_order: 'confiscated',
  released: 'released',
};
const NEXT: Record<AssetStatus, readonly AssetOrder[]> = {
  identified: ['freezing_order', 'seizure_order'],
  frozen: ['seizure_order', 'confiscation_order', 'released'],
  seized: ['confiscation_order', 'released'],
  confiscated: [],
  released: [],
};

const UNIQUE_VIOLATION = '23505';
/** An amount (numeric(18,2), read as a string) in hundredths, so that sums and comparisons are exact. */
export const cents = (v: string | number) => Math.round(Number(v) * 100);
export const units = (hundredths: number) => hundredths / 100;
const words = (code: string) => code.replaceAll('_', ' ');

export interface AssetInput {
  kind: AssetKind;
  description: string;
  identifier?: string | undefined;
  suspects: { suspectId: string; relation: AssetRelation }[];
  entityId?: string | undefined;
  exhibitId?: string | undefined;
  estimatedValue?: number | undefined;
  currency: string;
}

/** Records an asset behind the case, tied to one or more of its suspects. */
export async function addAsset(db: Q, actor: Actor, caseId: string, input: AssetInput, requestId: string) {
  await caseOfAgency(db, actor, caseId);
  const ids = input.suspects.map((s) => s.suspectId);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new AppError('validation_failed', `suspects: suspect ${twice} is listed twice.`);
  if (input.entityId)
    await visibleEntity(db, actor, input.entityId).catch(() => {
      throw new AppError('not_found', 'entityId: no entity that you may see has this id.');
    });
  if (input.exhibitId)
    await visibleExhibit(db, actor, input.exhibitId, 'evidence.read').catch(() => {
      throw new AppError('not_found', 'exhibitId: no exhibit that you may see has this id.');
    });
  try {
    return await db.transaction().execute(async (trx) => {
      const c = await openCaseForChange(trx, actor, caseId);
      for (const id of ids) await suspectOfCase(trx, caseId, id);
      const last = await trx
        .selectFrom('prosecution_assets')
        .select((eb) => eb.fn.max('n').as('n'))
        .where('case_id', '=', caseId)
        .executeTakeFirst();
      const n = Number(last?.n ?? 0) + 1;
      const asset = await trx
        .insertInto('prosecution_assets')
        .values({
          agency_id: c.agencyId,
          case_id: caseId,
          n,
          kind: input.kind,
          description: input.description,
          identifier: input.identifier ?? null,
          entity_id: input.entityId ?? null,
          exhibit_id: input.exhibitId ?? null,
          estimated_value: input.estimatedValue ?? null,
          currency: input.currency,
          added_by: c.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const s of input.suspects)
        await trx
          .insertInto('prosecution_asset_ties')
          .values({
            asset_id: asset.id,
            suspect_id: s.suspectId,
            agency_id: c.agencyId,
            relation: s.relation,
          })
          .execute();
      await auditCase(trx, actor, caseId, 'prosecution.asset_add', requestId, {
        asset: asset.id,
        kind: input.kind,
        currency: input.currency,
        suspects: input.suspects.map((s) => ({ suspect: s.suspectId, relation: s.relation })),
        entity: input.entityId ?? null,
        exhibit: input.exhibitId ?? null,
      });
      return { assetId: asset.id, n, status: 'identified' as const };
    });
  } catch (e) {
    if ((e as { code?: string }).code === UNIQUE_VIOLATION)
      throw new AppError('conflict', 'exhibitId: this exhibit is already an asset of this case file.');
    throw e;
  }
}

export async function assetOfCase(trx: Trx, caseId: string, assetId: string) {
  const a = await trx
    .selectFrom('prosecution_assets')
    .selectAll()
    .where('id', '=', assetId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!a) throw new AppError('not_found', 'assetId: no such asset in this case file.');
  return { ...a, status: a.status as AssetStatus };
}

export async function lastOrder(trx: Trx, assetId: string, kind?: AssetOrder) {
  let q = trx
    .selectFrom('prosecution_asset_orders')
    .select(['kind', 'ordered_on', 'value'])
    .where('asset_id', '=', assetId);
  if (kind) q = q.where('kind', '=', kind);
  return q.orderBy('recorded_at', 'desc').limit(1).executeTakeFirst();
}

function orderRefusal(n: number, status: AssetStatus, order: AssetOrder): string {
  const asset = `asset ${n}`;
  if (status === 'released') return `kind: ${asset} was released; nothing follows a release.`;
  if (status === 'confiscated') return `kind: ${asset} is confiscated; nothing follows a confiscation.`;
  if (order === 'confiscation_order')
    return `kind: a confiscation order follows a freezing or seizure order; ${asset} has had neither.`;
  if (order === 'released') return `kind: ${asset} is only identified; there is no order to release it from.`;
  return `kind: ${asset} is ${status}; it can next have a ${NEXT[status].map(words).join(' or a ')}, not a ${words(order)}.`;
}

export interface OrderInput {
  kind: AssetOrder;
  on: string;
  authority: string;
  /** The asset's value stated in the order, in its currency: required for a confiscation, none for a release. */
  value?: number | undefined;
  reference?: string | undefined;
}

/** Records a court order on an asset: frozen, seized, confiscated (with the value), or released. */
export async function recordAssetOrder(
  db: Q,
  actor: Actor,
  caseId: string,
  assetId: string,
  input: OrderInput,
  requestId: string,
) {
  if (input.kind === 'confiscation_order' && input.value === undefined)
    throw new AppError('validation_failed', 'value: a confiscation order states the value confiscated.');
  if (input.kind === 'released' && input.value !== undefined)
    throw new AppError('validation_failed', 'value: a release states no value.');
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    const a = await assetOfCase(trx, caseId, assetId);
    if (!NEXT[a.status].includes(input.kind))
      throw new AppError('conflict', orderRefusal(a.n, a.status, input.kind));
    const before = await lastOrder(trx, assetId);
    if (before && before.ordered_on > input.on)
      throw new AppError(
        'conflict',
        `on: the last order on asset ${a.n} is dated ${before.ordered_on}; this one cannot be dated earlier.`,
      );
    const to = STATUS_AFTER[input.kind];
    const row = await trx
      .insertInto('prosecution_asset_orders')
      .values({
        agency_id: c.agencyId,
        asset_id: assetId,
        kind: input.kind,
        ordered_on: input.on,
        authority: input.authority,
        value: input.value ?? null,
        reference: input.reference ?? null,
        recorded_by: c.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('prosecution_assets').set({ status: to }).where('id', '=', assetId).execute();
    await auditCase(trx, actor, caseId, 'prosecution.asset_order', requestId, {
      asset: assetId,
      order: row.id,
      kind: input.kind,
      from: a.status,
      to,
    });
    return { orderId: row.id, assetId, status: to };
  });
}

const standingValue = (
  a: { estimated_value: string | null },
  orders: { asset_id: string; value: string | null }[],
) => {
  const stated = orders.filter((o) => o.value !== null).at(-1);
  return cents(stated?.value ?? a.estimated_value ?? 0);
};

/**
 * The case's assets with the suspects they are tied to, their orders and allocations, and the totals per currency:
 * estimated (every asset not released), frozen, seized and confiscated (the assets that stand so now, at the value
 * their last order stated, else their estimated value) and allocated to victims. Audited.
 */
export async function readAssets(db: Q, actor: Actor, caseId: string, requestId: string) {
  const c = await caseOfAgency(db, actor, caseId);
  const assets = await db
    .selectFrom('prosecution_assets')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('n')
    .execute();
  const ids = assets.map((a) => a.id);
  const some = <T>(rows: () => Promise<T[]>) => (ids.length === 0 ? Promise.resolve([] as T[]) : rows());
  const ties = await some(() =>
    db
      .selectFrom('prosecution_asset_ties as t')
      .innerJoin('prosecution_suspects as s', 's.id', 't.suspect_id')
      .select(['t.asset_id', 't.suspect_id', 't.relation', 's.label'])
      .where('t.asset_id', 'in', ids)
      .orderBy('s.added_at')
      .execute(),
  );
  const orders = await some(() =>
    db
      .selectFrom('prosecution_asset_orders')
      .selectAll()
      .where('asset_id', 'in', ids)
      .orderBy('recorded_at')
      .execute(),
  );
  const allocations = await some(() =>
    db
      .selectFrom('prosecution_asset_allocations')
      .selectAll()
      .where('asset_id', 'in', ids)
      .orderBy('recorded_at')
      .execute(),
  );
  await auditCaseRead(db, actor, caseId, 'prosecution.assets_read', requestId, { assets: assets.length });
  const totals = new Map<
    string,
    Record<'estimated' | 'frozen' | 'seized' | 'confiscated' | 'allocated', number>
  >();
  const read = assets.map((a) => {
    const own = orders.filter((o) => o.asset_id === a.id);
    const given = allocations.filter((l) => l.asset_id === a.id);
    const value = standingValue(a, own);
    const allocated = given.reduce((n, l) => n + cents(l.amount), 0);
    const t = totals.get(a.currency) ?? { estimated: 0, frozen: 0, seized: 0, confiscated: 0, allocated: 0 };
    totals.set(a.currency, t);
    if (a.status !== 'released') t.estimated += a.estimated_value === null ? 0 : cents(a.estimated_value);
    if (a.status === 'frozen' || a.status === 'seized' || a.status === 'confiscated') t[a.status] += value;
    t.allocated += allocated;
    return {
      id: a.id,
      n: a.n,
      kind: a.kind,
      description: a.description,
      identifier: a.identifier,
      entityId: a.entity_id,
      exhibitId: a.exhibit_id,
      estimatedValue: a.estimated_value === null ? null : units(cents(a.estimated_value)),
      currency: a.currency,
      status: a.status,
      value: units(value),
      allocated: units(allocated),
      remaining: a.status === 'confiscated' ? units(value - allocated) : null,
      suspects: ties
        .filter((x) => x.asset_id === a.id)
        .map((x) => ({ suspectId: x.suspect_id, label: x.label, relation: x.relation })),
      orders: own.map((o) => ({
        id: o.id,
        kind: o.kind,
        on: o.ordered_on,
        authority: o.authority,
        value: o.value === null ? null : units(cents(o.value)),
        reference: o.reference,
        recordedAt: new Date(o.recorded_at).toISOString(),
      })),
      allocations: given.map((l) => ({
        id: l.id,
        amount: units(cents(l.amount)),
        currency: l.currency,
        on: l.allocated_on,
        claimId: l.claim_id,
        recordedAt: new Date(l.recorded_at).toISOString(),
      })),
      addedAt: new Date(a.added_at).toISOString(),
    };
  });
  return {
    caseId,
    caseRef: c.ref,
    assets: read,
    totals: [...totals.entries()]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([currency, t]) => ({
        currency,
        estimated: units(t.estimated),
        frozen: units(t.frozen),
        seized: units(t.seized),
        confiscated: units(t.confiscated),
        allocated: units(t.allocated),
      })),
  };
}
