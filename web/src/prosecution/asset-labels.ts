import type { TFunction } from 'i18next';
import { word } from './codes.ts';

/** The orders that may follow each status (the server's sequence): nothing follows a confiscation or a release. */
export const NEXT_ORDERS: Record<string, readonly string[]> = {
  identified: ['freezing_order', 'seizure_order'],
  frozen: ['seizure_order', 'confiscation_order', 'released'],
  seized: ['confiscation_order', 'released'],
  confiscated: [],
  released: [],
};

/** "Asset 2, bank account", how an asset is named in forms and messages. */
export const assetName = (t: TFunction<'prosecution'>, a: { n: number; kind: string }): string =>
  t('names.asset', { n: a.n, kind: word(t, 'assetKind', a.kind).toLowerCase() });
