import type { ServerLanguage } from '../platform/i18n/languages.ts';
import type { TipDetails } from './intake-schemas.ts';
import { fill } from './public-texts.ts';
import { RECEIVING_TEXTS } from './receiving-texts.ts';

// The words of the report a receiving agency makes of what was routed to it, in the language of the person who
// receives it (the texts are in receiving-texts.ts). The names, places, phones and plates stay as written.

/** What the report says of the routed copy. */
export interface RoutedCopy {
  kind: string | null;
  place_hint: string | null;
  country: string | null;
  occurred: string | null;
  people_count: number | null;
  children: string | null;
  danger: string | null;
}

export interface Routed {
  itemType: string;
  /** The agency that routed it. */
  from: string;
  /** The day it was sent, YYYY-MM-DD. */
  sentOn: string;
  withheld: { reporter?: boolean; people?: number };
  copy: RoutedCopy;
  details: TipDetails | null;
}

/** The words for a code, or the code itself when it has none. */
const wordOf = (words: Record<string, string>, code: string): string =>
  Object.hasOwn(words, code) ? (words[code] ?? code) : code;

/** The report's title, provenance and facts (one line of sentences), in `language`. */
export function receivedReportWords(language: ServerLanguage, r: Routed) {
  const t = RECEIVING_TEXTS[language];
  const f = t.facts;
  const { copy, details } = r;
  const kind = wordOf(t.kinds, copy.kind ?? 'unknown');
  const title = fill(r.itemType === 'inspection' ? t.findingTitle : t.tipTitle, { agency: r.from, kind });
  const people = r.withheld.people ?? 0;
  const provenance = [
    fill(t.routedOn, { agency: r.from, day: r.sentOn }),
    r.withheld.reporter ? t.reporterWithheld : null,
    people === 1 ? t.personWithheld : people > 1 ? fill(t.peopleWithheld, { n: people }) : null,
  ]
    .filter((x): x is string => x !== null)
    .join(t.gap);
  const list = (items: string[]) => items.join(f.listJoin);
  const facts = [
    fill(f.kind, { kind }),
    copy.place_hint
      ? copy.country
        ? fill(f.placeIn, { place: copy.place_hint, country: copy.country })
        : fill(f.place, { place: copy.place_hint })
      : null,
    copy.occurred ? fill(f.when, { when: copy.occurred }) : null,
    copy.people_count !== null ? fill(f.people, { n: copy.people_count }) : null,
    fill(f.children, { children: wordOf(t.children, copy.children ?? 'unknown') }),
    fill(f.danger, { danger: wordOf(t.dangers, copy.danger ?? 'unknown') }),
    details?.people.length
      ? fill(f.named, {
          names: details.people
            .map((p) => fill(f.person, { name: p.name, role: wordOf(t.roles, p.role) }))
            .join(f.namesJoin),
        })
      : null,
    details?.phones.length ? fill(f.phones, { list: list(details.phones) }) : null,
    details?.plates.length ? fill(f.vehicles, { list: list(details.plates) }) : null,
  ]
    .filter((x): x is string => x !== null)
    .join(t.gap);
  return { title, provenance, facts };
}

/** How the receiving agency's source for what `agency` routes to it is described, in `language`. */
export const routedSourceDescription = (language: ServerLanguage, agency: string): string =>
  fill(RECEIVING_TEXTS[language].sourceDescription, { agency });
