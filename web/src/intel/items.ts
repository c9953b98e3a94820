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
export function itemsProblem(items: DraftItem[]): string | null {
  if (items.length === 0) return 'A report needs at least one item.';
  for (const [i, it] of items.entries()) {
    if (!it.text.trim()) return `Write what item ${i + 1} says, or remove it.`;
    if (!it.sourceGrade || !it.infoGrade)
      return `Grade item ${i + 1}: both its source grade and its information grade.`;
  }
  return null;
}

export const itemsBody = (items: DraftItem[]): Item[] =>
  items.map((it) => ({ text: it.text.trim(), sourceGrade: it.sourceGrade, infoGrade: it.infoGrade }));
