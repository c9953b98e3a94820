import type { TFunction } from 'i18next';
import { infoGradeOf, sourceGradeOf } from './codes.ts';
import type { Item, ReportBody } from './types.ts';

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

/** The items of a report's body, as the route takes them (itemsProblem has refused an item not fully graded). */
export const itemsBody = (items: DraftItem[]): ReportBody['items'] =>
  items.flatMap((it) => {
    const sourceGrade = sourceGradeOf(it.sourceGrade);
    const infoGrade = infoGradeOf(it.infoGrade);
    return sourceGrade && infoGrade ? [{ text: it.text.trim(), sourceGrade, infoGrade }] : [];
  });
