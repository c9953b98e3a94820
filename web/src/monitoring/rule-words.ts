import { wordFor } from '../screening/labels.ts';
import { COUNTRIES, DANGERS, KINDS } from './labels.ts';
import type { RuleInput } from './types.ts';

/** What a rule matches, in one sentence: "Tips in Thailand, any kind, a risk to life or serious harm". */
export function ruleWords(r: RuleInput): string {
  const what =
    r.appliesTo.length === 2
      ? 'Tips and inspection findings'
      : r.appliesTo[0] === 'inspection'
        ? 'Inspection findings'
        : 'Tips';
  const where = [
    r.countries?.length
      ? `in ${r.countries.map((c) => wordFor(COUNTRIES, c)).join(' or ')}`
      : 'in any country',
    r.area ? `within an area of ${r.area.length} corners` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const kinds = r.kinds?.length
    ? r.kinds.map((k) => wordFor(KINDS, k).toLowerCase()).join(' or ')
    : 'any kind';
  const danger = r.minDanger
    ? `danger at least “${wordFor(DANGERS, r.minDanger).toLowerCase()}”`
    : 'any danger';
  return `${what} ${where}; ${kinds}; ${danger}${r.childrenOnly ? '; only where children are involved' : ''}.`;
}
