import { describe, expect, it } from 'vitest';
import { classOf } from '../evidence-kinds.ts';
import {
  applicabilityProblem,
  COUNTRIES,
  chargeElements,
  OFFENCE_CATEGORIES,
  OFFENCES,
  offenceByCode,
} from './index.ts';

// The catalogue as data: every citation flagged for a lawyer's check, codes unique and of their country, what to
// seek always evidence that proves without testimony, and the rules on whom each offence protects.

describe('the offence catalogue', () => {
  it('flags every citation for verification and gives each offence a unique code of its country', () => {
    expect(OFFENCES.every((o) => o.citation.verify === true)).toBe(true);
    expect(new Set(OFFENCES.map((o) => o.code)).size).toBe(OFFENCES.length);
    for (const o of OFFENCES) expect(o.code.startsWith(`${o.country}-`), o.code).toBe(true);
  });

  it('covers trafficking and forced labour in every country, and every category somewhere', () => {
    for (const c of COUNTRIES)
      for (const cat of ['trafficking', 'forced_labour'])
        expect(
          OFFENCES.some((o) => o.country === c && o.category === cat),
          `${c} ${cat}`,
        ).toBe(true);
    expect(new Set(OFFENCES.map((o) => o.category))).toEqual(new Set(OFFENCE_CATEGORIES));
  });

  it('seeks only independent evidence, for every element', () => {
    for (const o of OFFENCES)
      for (const e of o.elements) {
        expect(e.seek.length, `${o.code} ${e.code}`).toBeGreaterThan(0);
        for (const k of e.seek) expect(classOf(k), `${o.code} ${e.code} ${k}`).toBe('independent');
      }
  });

  it('drops the means of trafficking for child victims only', () => {
    const th = offenceByCode('TH-ATIP-6');
    if (!th) throw new Error('TH-ATIP-6 missing');
    expect(chargeElements(th, 'adults').map((e) => e.code)).toEqual(['act', 'means', 'purpose']);
    expect(chargeElements(th, 'both').map((e) => e.code)).toEqual(['act', 'means', 'purpose']);
    expect(chargeElements(th, 'children').map((e) => e.code)).toEqual(['act', 'purpose']);
  });

  it("knows China's art. 240 protects women and children only, and points men's cases to art. 244", () => {
    const cn = offenceByCode('CN-CL-240');
    if (!cn) throw new Error('CN-CL-240 missing');
    expect(cn.victims).toBe('women_and_children');
    expect(applicabilityProblem(cn, 'adults', 'male')).toEqual({
      problem: 'adult_men',
      instead: ['CN-CL-244'],
    });
    expect(applicabilityProblem(cn, 'adults', null)).toEqual({ problem: 'sex_unsaid' });
    expect(applicabilityProblem(cn, 'adults', 'female')).toBeNull();
    expect(applicabilityProblem(cn, 'children', null)).toBeNull();
    expect(offenceByCode('CN-CL-244')?.victims).toBe('any');
    expect(applicabilityProblem(offenceByCode('VN-PC-151') as never, 'both', null)).toEqual({
      problem: 'children_only',
    });
  });
});
