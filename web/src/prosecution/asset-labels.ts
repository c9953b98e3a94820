import { type Options, wordFor } from '../screening/labels.ts';

/** Words for the asset API's codes (src/prosecution/assets.ts). */

export const ASSET_KINDS: Options = [
  ['bank_account', 'Bank account'],
  ['property', 'Land or buildings'],
  ['vehicle', 'Vehicle'],
  ['cash', 'Cash'],
  ['business', 'Business'],
  ['crypto', 'Crypto-assets'],
  ['other', 'Other asset'],
];

/** How a suspect holds an asset. */
export const ASSET_RELATIONS: Options = [
  ['owner', 'Owner'],
  ['nominee', 'Nominee (holds it for another)'],
  ['beneficial_owner', 'Beneficial owner'],
  ['controls', 'In control of it'],
];

export const ASSET_ORDERS: Options = [
  ['freezing_order', 'Freezing order'],
  ['seizure_order', 'Seizure order'],
  ['confiscation_order', 'Confiscation order'],
  ['released', 'Released'],
];

/** An order as a step in the asset's history: "Frozen", "Confiscated". */
export const ORDER_STEPS: Options = [
  ['freezing_order', 'Frozen'],
  ['seizure_order', 'Seized'],
  ['confiscation_order', 'Confiscated'],
  ['released', 'Released'],
];

export const ASSET_STATUSES: Options = [
  ['identified', 'Identified, no order yet'],
  ['frozen', 'Frozen'],
  ['seized', 'Seized'],
  ['confiscated', 'Confiscated'],
  ['released', 'Released'],
];

/** The orders that may follow each status (the server's sequence): nothing follows a confiscation or a release. */
export const NEXT_ORDERS: Record<string, readonly string[]> = {
  identified: ['freezing_order', 'seizure_order'],
  frozen: ['seizure_order', 'confiscation_order', 'released'],
  seized: ['confiscation_order', 'released'],
  confiscated: [],
  released: [],
};

/** "Asset 2, bank account", how an asset is named in forms and messages. */
export const assetName = (a: { n: number; kind: string }): string =>
  `Asset ${a.n}, ${wordFor(ASSET_KINDS, a.kind).toLowerCase()}`;
