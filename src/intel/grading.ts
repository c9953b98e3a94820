/**
 * Intelligence grading as the UK 3x5x2 model sets it: each item of a report graded on its own — the source 1–3
 * and the information A–E — and the report given a handling code, P or C with conditions. NGO material carries
 * its TLP 2.0 marking. Sharing follows from both.
 */
export const SOURCE_GRADES = { '1': 'Reliable', '2': 'Untested', '3': 'Not reliable' } as const;
export const INFO_GRADES = {
  A: 'Known directly to the source',
  B: 'Known indirectly to the source but corroborated',
  C: 'Known indirectly to the source',
  D: 'Not known',
  E: 'Suspected to be false',
} as const;
export const HANDLING = {
  P: 'Lawful sharing permitted',
  C: 'Lawful sharing permitted with conditions',
} as const;
export const ACTION_CODES = {
  A1: 'May be combined with other intelligence, but no direct action; ask the originator before acting on it',
  A2: 'Covert action may be taken; protect source and technique; not evidence, not for arrest on its own',
  A3: 'Overt action permitted as the owner specifies',
} as const;
export const SANITISATION_CODES = {
  S1: 'The originator permits sanitisation for wider dissemination',
  S2: 'No sanitisation for wider dissemination without consulting the originator',
} as const;
export const TLP = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type Tlp = (typeof TLP)[number];

export interface Marking {
  handling: 'P' | 'C';
  sanitisation: 'S1' | 'S2' | null;
  tlp: Tlp | null;
}

/** Why a report may not be shared with another agency as it stands, or null when it may. */
export function shareProblem(m: Marking): string | null {
  if (m.tlp === 'RED') return 'TLP:RED: for the named recipients only, never passed to another agency';
  if (m.tlp === 'AMBER+STRICT') return 'TLP:AMBER+STRICT: the receiving organisation only, never passed on';
  if (m.handling === 'C') return 'handling code C: share a sanitised version instead, within its conditions';
  return null;
}

/** Why a sanitised version may not be made by this agency, or null when it may. */
export function sanitiseProblem(m: Marking, byOriginator: boolean): string | null {
  if (m.tlp === 'RED' && !byOriginator) return 'TLP:RED material is not sanitised by its recipients';
  if (m.sanitisation === 'S2' && !byOriginator)
    return 'S2: no sanitisation without consulting the originator';
  return null;
}
