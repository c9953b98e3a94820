import type { ServerLanguage } from '../platform/i18n/languages.ts';
import {
  citationText,
  elementText,
  lawName,
  offenceNotes,
  offenceTitle,
  sectionText,
} from './court-file-offences.ts';
import { type Offence, offenceByCode } from './offences/index.ts';

// The offence catalogue's words as the screens show them, in the reader's language (the court file's translations,
// court-file-offences.ts): an offence's title, its legal elements, the catalogue's notes and the citation. Codes
// (the offence's, an element's, the kinds of evidence to seek) go out as they are; what is stored stays as stored
// and is worded here, on the way out.

/** A law and its section as cited, in the language; `text` is the whole citation as read in it. */
export interface CitationWords {
  law: string;
  section: string | null;
  verify: true;
  text: string;
}

export const citationIn = (
  c: { law: string; section: string | null; verify: true },
  lang: ServerLanguage,
): CitationWords => ({
  law: lawName(c.law, lang),
  section: c.section === null ? null : sectionText(c.section, lang),
  verify: c.verify,
  text: citationText(c.law, c.section, lang),
});

/** An offence of the catalogue, its title, elements, notes and citation in the language. */
export const offenceIn = (o: Offence, lang: ServerLanguage) => ({
  ...o,
  title: offenceTitle(o.code, o.title, lang),
  citation: citationIn(o.citation, lang),
  elements: o.elements.map((e) => ({ ...e, text: elementText(e.text, lang), seek: [...e.seek] })),
  notes: offenceNotes(o.code, o.notes, lang),
});

/** The title of the catalogue's offence with this code in the language; the code when the catalogue has none. */
export function titleOfOffence(code: string, lang: ServerLanguage): string {
  const o = offenceByCode(code);
  return o ? offenceTitle(o.code, o.title, lang) : code;
}

interface ChargeWords {
  offence: string;
  title: string;
  citation: { law: string; section: string | null; verify: true } | null;
  notes: readonly string[];
  elements: readonly { text: string }[];
}

/** A charge of the case page (case-page.ts) with its offence's title, notes, citation and elements in the language. */
export const chargeIn = <C extends ChargeWords>(ch: C, lang: ServerLanguage) => ({
  ...ch,
  title: offenceTitle(ch.offence, ch.title, lang),
  citation: ch.citation ? citationIn(ch.citation, lang) : null,
  notes: offenceNotes(ch.offence, ch.notes, lang),
  elements: ch.elements.map((e: C['elements'][number]) => ({ ...e, text: elementText(e.text, lang) })),
});
