import { EVIDENCE_CATEGORIES } from '../plans/labels.ts';
import { wordFor } from '../screening/labels.ts';
import type { EntryKind } from './types.ts';

export const KIND_WORDS: Record<EntryKind, string> = {
  arrest: 'Arrest',
  exhibit: 'Exhibit',
  removal: 'People removed',
  note: 'Note',
};

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** One line saying what an entry records, from its body as sent or as listed. */
export function summary(kind: EntryKind, body: Record<string, unknown>): string {
  switch (kind) {
    case 'arrest':
      return `${str(body.person)}, ${str(body.place)}${body.separatedFromVictims ? '' : ' (not kept apart from victims)'}`;
    case 'exhibit': {
      const x = (body.exhibit ?? {}) as Record<string, unknown>;
      const mark = x.nature === 'digital' ? 'digital' : `seal ${str(x.sealNumber)}`;
      return `${wordFor(EVIDENCE_CATEGORIES, str(x.category))} (${mark}): ${str(x.description)}`;
    }
    case 'removal': {
      const children = num(body.children);
      return `${num(body.count)} people${children ? `, ${children} children,` : ''} to ${str(body.to)}`;
    }
    case 'note':
      return str(body.text);
  }
}
