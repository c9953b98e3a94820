import type { TFunction } from 'i18next';
import { evidenceCategoryOptions } from '../plans/labels.ts';
import { wordFor } from '../screening/labels.ts';
import type { EntryKind } from './types.ts';

/** The kind of an entry in words: "Arrest", "Exhibit", "People removed", "Note". */
export const kindWord = (t: TFunction<'field'>, kind: EntryKind): string => t(`codes.entryKind.${kind}`);

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** One line saying what an entry records, from its body as sent or as listed. */
export function summary(t: TFunction<'field'>, kind: EntryKind, body: Record<string, unknown>): string {
  switch (kind) {
    case 'arrest': {
      const words = { person: str(body.person), place: str(body.place) };
      return body.separatedFromVictims ? t('summary.arrest', words) : t('summary.arrestNotApart', words);
    }
    case 'exhibit': {
      const x = (body.exhibit ?? {}) as Record<string, unknown>;
      const words = {
        category: wordFor(evidenceCategoryOptions(), str(x.category)),
        seal: str(x.sealNumber),
        description: str(x.description),
      };
      return x.nature === 'digital' ? t('summary.exhibitDigital', words) : t('summary.exhibitSealed', words);
    }
    case 'removal': {
      const children = num(body.children);
      const words = { count: num(body.count), children, to: str(body.to) };
      return children ? t('summary.removalWithChildren', words) : t('summary.removal', words);
    }
    case 'note':
      return str(body.text);
  }
}
