import type { Q } from './case-access.ts';
import { classOf, type ElementStatus } from './evidence-kinds.ts';

// The testimony-burden gauge. Each element of a charge stands in one of four states, from the evidence linked to
// it: proven by independent evidence (anything that proves without testimony); proven by the testimony of others
// (witnesses, suspects) without independent evidence; resting on the victim's testimony only; or a gap (nothing,
// or intelligence alone: intelligence points to evidence, it proves nothing). The burden is the share of the
// proven elements that rest on the victim's testimony only: 0 when nothing rests on them (or nothing is proven),
// 1 when the victim carries every proven element.

export type { ElementStatus };

export function elementStatus(kinds: readonly string[]): ElementStatus {
  const classes = new Set(kinds.map(classOf));
  if (classes.has('independent')) return 'independent';
  if (classes.has('testimony')) return 'testimony';
  if (classes.has('victim_testimony')) return 'victim_only';
  return 'gap';
}

export interface Burden {
  elements: number;
  proven: number;
  independent: number;
  otherTestimony: number;
  restingOnVictim: number;
  gaps: number;
  /** restingOnVictim / proven, to three decimals; 0 when none proven. */
  burden: number;
}

export function burdenOf(statuses: readonly ElementStatus[]): Burden {
  const count = (s: ElementStatus) => statuses.filter((x) => x === s).length;
  const gaps = count('gap');
  const proven = statuses.length - gaps;
  const restingOnVictim = count('victim_only');
  return {
    elements: statuses.length,
    proven,
    independent: count('independent'),
    otherTestimony: count('testimony'),
    restingOnVictim,
    gaps,
    burden: proven === 0 ? 0 : Math.round((restingOnVictim / proven) * 1000) / 1000,
  };
}

export interface ElementView {
  code: string;
  text: string;
  seek: string[];
  status: ElementStatus;
  evidence: { id: string; kind: string }[];
  /** The kinds it usually takes that are not linked yet: what to seek next. */
  seekNext: string[];
}

export interface ChargeView {
  id: string;
  caseId: string;
  suspectId: string;
  country: string;
  offence: string;
  victims: string;
  adultVictimsSex: string | null;
  laidAt: string;
  elements: ElementView[];
  burden: Burden;
}

/** The charges of these cases, each element with its evidence, state and what to seek; the burden per charge. */
export async function loadCharges(db: Q, caseIds: readonly string[]): Promise<ChargeView[]> {
  if (caseIds.length === 0) return [];
  const charges = await db
    .selectFrom('prosecution_charges')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .orderBy('laid_at')
    .orderBy('id')
    .execute();
  if (charges.length === 0) return [];
  const links = await db
    .selectFrom('prosecution_element_links as l')
    .innerJoin('prosecution_evidence as e', 'e.id', 'l.evidence_id')
    .select(['l.charge_id', 'l.element_code', 'e.id', 'e.kind', 'e.n'])
    .where(
      'l.charge_id',
      'in',
      charges.map((c) => c.id),
    )
    .orderBy('e.n')
    .execute();
  return charges.map((c) => {
    const elements = c.elements.map((el) => {
      const evidence = links
        .filter((l) => l.charge_id === c.id && l.element_code === el.code)
        .map((l) => ({ id: l.id, kind: l.kind }));
      const kinds = new Set(evidence.map((e) => e.kind));
      return {
        code: el.code,
        text: el.text,
        seek: el.seek,
        status: elementStatus([...kinds]),
        evidence,
        seekNext: el.seek.filter((k) => !kinds.has(k)),
      };
    });
    return {
      id: c.id,
      caseId: c.case_id,
      suspectId: c.suspect_id,
      country: c.country,
      offence: c.offence_code,
      victims: c.victims,
      adultVictimsSex: c.adult_victims_sex,
      laidAt: new Date(c.laid_at).toISOString(),
      elements,
      burden: burdenOf(elements.map((e) => e.status)),
    };
  });
}

/**
 * For outcome indicators: the testimony burden over every charge of the agency's case files (elements counted
 * across charges), with the number of cases and charges behind it.
 */
export async function testimonyBurdenFigures(db: Q, agencyId: string) {
  const cases = await db
    .selectFrom('prosecution_cases')
    .select('id')
    .where('agency_id', '=', agencyId)
    .execute();
  const charges = await loadCharges(
    db,
    cases.map((c) => c.id),
  );
  return {
    cases: cases.length,
    charges: charges.length,
    ...burdenOf(charges.flatMap((c) => c.elements.map((e) => e.status))),
  };
}
