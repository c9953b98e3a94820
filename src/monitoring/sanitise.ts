import { foldText } from '../intel/text-terms.ts';
import type { TipDetails } from './intake-schemas.ts';

/**
 * The sanitised copy of a tip that goes to another agency: the reporter's identity, and that of every person named
 * who has not agreed to it going further, withheld. Suspects' identities go with the tip: they are what the
 * receiving agency acts on.
 */
export const WITHHELD = '[withheld]';

export function sharedDetails(d: TipDetails | null): {
  details: TipDetails;
  withheld: { reporter: boolean; people: number };
} {
  if (!d)
    return {
      details: { reporter: null, people: [], phones: [], plates: [] },
      withheld: { reporter: false, people: 0 },
    };
  const people = d.people.filter((p) => p.role === 'suspect' || p.consentToShare);
  return {
    details: {
      reporter: d.reporter?.consentToShare ? d.reporter : null,
      people,
      phones: d.phones,
      plates: d.plates,
    },
    withheld: {
      reporter: d.reporter !== null && !d.reporter.consentToShare,
      people: d.people.length - people.length,
    },
  };
}

/** The words of the identities withheld that must not appear in the text sent: whole names, their parts, contacts. */
export function withheldTerms(d: TipDetails | null): string[] {
  if (!d) return [];
  const values: string[] = [];
  if (d.reporter && !d.reporter.consentToShare) values.push(d.reporter.name, d.reporter.contact);
  for (const p of d.people) if (p.role !== 'suspect' && !p.consentToShare) values.push(p.name);
  const terms = new Set<string>();
  for (const v of values) {
    const t = v.trim();
    if (!t) continue;
    terms.add(t);
    // A name's parts (a given name alone is how people are spoken of), when long enough not to be a common word.
    for (const part of t.split(/[\s,]+/)) if ([...part].length >= 3) terms.add(part);
    const digits = t.replace(/\D/g, '');
    if (digits.length >= 6) terms.add(digits);
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Digits of a number written with spaces, dashes or dots between them. */
const spacedDigits = (digits: string) => [...digits].map(escapeRe).join('[\\s.\\-]?');

/** The text with every withheld term replaced, matched regardless of case (and of spacing inside numbers). */
export function sanitiseText(text: string, terms: readonly string[]): string {
  let out = text;
  for (const term of terms) {
    const pattern = /^\d+$/.test(term) ? spacedDigits(term) : escapeRe(term);
    out = out.replace(new RegExp(pattern, 'giu'), WITHHELD);
  }
  return out;
}

/** The first withheld term still in a text, compared folded (case and diacritics), or null. */
export function leftInText(text: string, terms: readonly string[]): string | null {
  const folded = foldText(text);
  const digits = text.replace(/\D/g, '');
  for (const term of terms)
    if (/^\d+$/.test(term) ? digits.includes(term) : folded.includes(foldText(term))) return term;
  return null;
}
