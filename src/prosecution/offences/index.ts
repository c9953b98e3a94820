import { CN } from './cn.ts';
import { KH } from './kh.ts';
import { LA } from './la.ts';
import { MM } from './mm.ts';
import { TH } from './th.ts';
import type { AdultVictimsSex, ChargeVictims, LegalElement, Offence } from './types.ts';
import { VN } from './vn.ts';

// The offence catalogue of the six countries, as data. EVERY CITATION IS MARKED `verify`: laws are amended and
// renumbered, and these are the sections as commonly cited, not read from the current text. A lawyer of that
// country checks each one before a charge is laid on it. The elements are plain summaries, not the laws' words.

export * from './types.ts';

export const OFFENCES: readonly Offence[] = [...TH, ...KH, ...LA, ...MM, ...VN, ...CN];

const BY_CODE = new Map(OFFENCES.map((o) => [o.code, o]));

export const offenceByCode = (code: string): Offence | undefined => BY_CODE.get(code);

/**
 * Why an offence does not fit a charge's victims: it protects children only and they include adults; it protects
 * women and children only and the adult victims' sex is not said; or they are adult men, with the country's
 * forced-labour offences that protect anyone to consider instead. Codes only: the server words the refusal
 * (charges.ts), so that its message catalogue translates it.
 */
export type Inapplicable =
  | { problem: 'children_only' }
  | { problem: 'sex_unsaid' }
  | { problem: 'adult_men'; instead: string[] };

/** Why the offence does not fit the charge's victims, or null when it does. */
export function applicabilityProblem(
  o: Offence,
  victims: ChargeVictims,
  adultSex: AdultVictimsSex | null,
): Inapplicable | null {
  if (o.victims === 'any') return null;
  if (o.victims === 'children') return victims === 'children' ? null : { problem: 'children_only' };
  if (victims === 'children' || adultSex === 'female' || adultSex === 'mixed') return null;
  if (adultSex === null) return { problem: 'sex_unsaid' };
  const instead = OFFENCES.filter(
    (x) => x.country === o.country && x.category === 'forced_labour' && x.victims === 'any',
  ).map((x) => x.code);
  return { problem: 'adult_men', instead };
}

/** The elements a charge must prove: for child victims, without those the law does not require for children. */
export function chargeElements(o: Offence, victims: ChargeVictims): LegalElement[] {
  return o.elements.filter((e) => !(victims === 'children' && e.notRequiredForChildren));
}
