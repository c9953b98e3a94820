import { z } from 'zod';
import { amount, currency } from '../platform/money.ts';
import { day, line, text, uuid } from '../platform/text.ts';

// What the asset and remedy routes take (asset-routes.ts, remedy-routes.ts): the codes of assets, how a suspect
// holds one, court orders and civil or administrative remedies, and the bodies that carry them. Pure (zod only),
// so that the web app types the bodies it sends from them.

export const ASSET_KINDS = [
  'bank_account',
  'property',
  'vehicle',
  'cash',
  'business',
  'crypto',
  'other',
] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];
export const ASSET_RELATIONS = ['owner', 'nominee', 'beneficial_owner', 'controls'] as const;
export type AssetRelation = (typeof ASSET_RELATIONS)[number];
export const ASSET_ORDERS = ['freezing_order', 'seizure_order', 'confiscation_order', 'released'] as const;
export type AssetOrder = (typeof ASSET_ORDERS)[number];
/** Where an asset stands: identified, then as its orders left it. */
export const ASSET_STATUSES = ['identified', 'frozen', 'seized', 'confiscated', 'released'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];
export const REMEDY_KINDS = [
  'site_closure_labour',
  'site_closure_tax',
  'licence_revocation',
  'tax_assessment',
  'labour_order',
  'civil_suit',
  'debarment',
] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];
export const REMEDY_STEPS = ['ordered', 'refused', 'complied', 'appealed'] as const;
export type RemedyStep = (typeof REMEDY_STEPS)[number];
/** Where a remedy stands: requested, then as its last step left it. */
export const REMEDY_STATUSES = ['requested', ...REMEDY_STEPS] as const;
export type RemedyStatus = (typeof REMEDY_STATUSES)[number];
/** Whom a remedy is against: one of the case's suspects, or the case's site. */
export const REMEDY_TARGETS = ['suspect', 'site'] as const;

/** An asset tied to at least one suspect, with what identifies it and what it may be worth. */
export const assetBody = z.strictObject({
  kind: z.enum(ASSET_KINDS),
  description: text(2000),
  identifier: line(200).optional(),
  suspects: z
    .array(z.strictObject({ suspectId: uuid, relation: z.enum(ASSET_RELATIONS) }))
    .min(1, 'must name at least one suspect the asset is tied to')
    .max(50, 'must be at most 50 suspects'),
  entityId: uuid.optional(),
  exhibitId: uuid.optional(),
  estimatedValue: amount.optional(),
  currency,
});

export const assetOrderBody = z.strictObject({
  kind: z.enum(ASSET_ORDERS),
  on: day(),
  authority: line(200),
  value: amount.optional(),
  reference: line(200).optional(),
});

/** Part of a confiscated asset allocated to victims' compensation, for a claim when one is named. */
export const allocationBody = z.strictObject({ amount, currency, on: day(), claimId: uuid.optional() });

export const remedyBody = z.strictObject({
  kind: z.enum(REMEDY_KINDS),
  authority: line(200),
  target: z.enum(REMEDY_TARGETS),
  suspectId: uuid.optional(),
  on: day(),
  reference: line(200).optional(),
});

export const remedyStepBody = z.strictObject({
  status: z.enum(REMEDY_STEPS),
  on: day(),
  reference: line(200).optional(),
});
