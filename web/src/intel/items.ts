import type { TFunction } from 'i18next';
import type { Item } from './types.ts';

/** An item being written: its grades stay empty until the analyst chooses them. */
export interface DraftItem extends Item {
  key: number;
}

let next = 1;
export const draftItem = (from?: Item): DraftItem => ({
  key: next++,
  text: from?.text ?? '',
  sourceGrade: from?.sourceGrade ?? '',
  infoGrade: from?.infoGrade ?? '',
});

/** What stops the items from being sent, in words; null when each has its text and both grades. */
export function itemsProblem(t: TFunction<'intel'>, items: DraftItem[]): string | null {
  if (items.length === 0) return t('items.none');
  for (const [i, it] of items.entries()) {
    if (!it.text.trim()) return t('items.noText', { n: i + 1 });
    if (!it.sourceGrade || !it.infoGrade) return t('items.noGrade', { n: i + 1 });
  }
  return null;
}

export const itemsBody = (items: DraftItem[]): Item[] =>
  items.map((it) => ({ text: it.text.trim(), sourceGrade: it.sourceGrade, infoGrade: it.infoGrade }));
