import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ElementsSet, IndicatorSet } from './indicator-set.ts';
import { DEFAULT_SET_ID, PUBLISHED_SETS } from './published-sets.ts';
import { combination, evaluate, OUTCOME_RANK, treatedAsChild, unknownIds } from './rules.ts';

const ilo = PUBLISHED_SETS.get(DEFAULT_SET_ID) as ElementsSet;
const set = (id: string) => PUBLISHED_SETS.get(id) as IndicatorSet;
const find = (label: string, element: string) => {
  const i = ilo.indicators.find(
    (x) => x.element === element && x.label.toLowerCase().startsWith(label.toLowerCase()),
  );
  if (!i) throw new Error(`no indicator ${element}/${label}`);
  return i.id;
};
const adult = { age: 30, exploitation: 'labour' as const };
const child = { age: 15, exploitation: 'labour' as const };

// Indicators by the strengths the published lists give them.
const DECEIVED_JOB = find('Deceived about the nature', 'deceptive_recruitment'); // S / S
const DECEIVED_WAGES = find('Deceived about wages', 'deceptive_recruitment'); // M / M
const DECEIVED_EDUCATION = find('Deceived about access to education', 'deceptive_recruitment'); // W / S
const THREATS_RECRUIT = find('Threats of violence', 'coercive_recruitment'); // M / S
const DEBT_RECRUIT = find('Debt bondage', 'coercive_recruitment'); // M / S
const EXCESSIVE_HOURS = find('Excessive working', 'exploitative_conditions_of_work'); // S / S
const LOW_SALARY = find('Low or no salary', 'exploitative_conditions_of_work'); // M / M
const NO_EDUCATION = find('No access to education', 'exploitative_conditions_of_work'); // W / M
const DOCUMENTS_DEST = find('Confiscation of documents', 'coercion_at_destination'); // S / S
const DEBT_DEST = find('Debt bondage', 'coercion_at_destination'); // S / S

describe('the published lists as data', () => {
  it('hold the published counts per element for adults and children', () => {
    const count = (element: string, who: 'adult' | 'child') =>
      ilo.indicators.filter((i) => i.element === element && i.strength[who] !== null).length;
    expect(ilo.elements.map((e) => count(e.id, 'adult'))).toEqual([10, 10, 16, 9, 15, 7]);
    expect(ilo.indicators.filter((i) => i.strength.child !== null).length).toBe(65);
    expect(ilo.indicators.some((i) => i.strength.child === 'weak')).toBe(false);
  });
  it('say where a list is incomplete rather than invent', () => {
    const fc = set('unodc-forced-criminality');
    expect(fc.complete).toBe(false);
    expect(fc.notes.join(' ')).toMatch(/could not be retrieved/);
  });
});

describe('an element is positive on the published combinations', () => {
  it.each([
    [2, 0, 0, true],
    [1, 1, 0, true],
    [1, 0, 1, true],
    [0, 3, 0, true],
    [0, 2, 1, true],
    [1, 0, 0, false],
    [0, 2, 0, false],
    [0, 1, 2, false],
    [0, 0, 3, false],
    [0, 1, 1, false],
  ])('%i strong, %i medium, %i weak → %s', (s, m, w, positive) => {
    expect(combination(s, m, w) !== null).toBe(positive);
  });
  it('matches the published wording for every count up to four', () => {
    for (let s = 0; s <= 4; s++)
      for (let m = 0; m <= 4; m++)
        for (let w = 0; w <= 4; w++) {
          const published = s >= 2 || (s >= 1 && m + w >= 1) || m >= 3 || (m >= 2 && w >= 1);
          expect(combination(s, m, w) !== null, `${s}/${m}/${w}`).toBe(published);
        }
  });
});

describe('outcomes for adults', () => {
  it('presumes trafficking on recruitment, exploitation and coercion at destination', () => {
    const e = evaluate(ilo, adult, {
      present: [DECEIVED_JOB, DECEIVED_WAGES, EXCESSIVE_HOURS, LOW_SALARY, DOCUMENTS_DEST, DEBT_DEST],
    });
    expect(e.outcome).toBe('presumed_trafficked');
    expect(e.exploitation).toBe('labour');
    expect(e.rule).toMatch(/Adult: recruitment \(deceptive recruitment/);
    expect(e.explanation.join('\n')).toMatch(/Coercion at destination: positive — two strong indicators/);
    // The same in codes, for the screens to word.
    expect(e.basis).toMatchObject({
      age: 30,
      child: 'adult',
      rule: { code: 'adult_recruitment_exploitation_destination' },
      unanswered: null,
    });
    expect(e.basis.rule.destination).toEqual(['Coercion at destination']);
    expect(Object.values(e.basis.clauses)).toContain('two_strong');
  });
  it('finds exploitation without means a labour-rights case', () => {
    expect(evaluate(ilo, adult, { present: [EXCESSIVE_HOURS, LOW_SALARY] }).outcome).toBe(
      'exploited_not_trafficked',
    );
    expect(
      evaluate(ilo, adult, { present: [DECEIVED_JOB, DECEIVED_WAGES, EXCESSIVE_HOURS, LOW_SALARY] }).outcome,
    ).toBe('exploited_not_trafficked');
  });
  it('does not indicate trafficking without exploitation, whatever the means', () => {
    expect(
      evaluate(ilo, adult, { present: [DECEIVED_JOB, DECEIVED_WAGES, DOCUMENTS_DEST, DEBT_DEST] }).outcome,
    ).toBe('not_indicated');
    expect(evaluate(ilo, adult, { present: [] }).outcome).toBe('not_indicated');
  });
  it('counts a medium indicator for an adult that is strong for a child', () => {
    // Threats and debt bondage at recruitment: medium for adults (two medium: not positive), strong for children.
    const present = [THREATS_RECRUIT, DEBT_RECRUIT, EXCESSIVE_HOURS, LOW_SALARY, DOCUMENTS_DEST, DEBT_DEST];
    expect(evaluate(ilo, adult, { present }).outcome).toBe('exploited_not_trafficked');
    expect(evaluate(ilo, child, { present }).outcome).toBe('presumed_trafficked');
  });
});

describe('outcomes for children', () => {
  it('need no means: the act and exploitation suffice', () => {
    const e = evaluate(ilo, child, { present: [DECEIVED_JOB, DECEIVED_WAGES, EXCESSIVE_HOURS, LOW_SALARY] });
    expect(e.outcome).toBe('presumed_trafficked');
    expect(e.rule).toMatch(/a child needs no means/);
    expect(e.basis).toMatchObject({ age: 15, child: 'minor', rule: { code: 'child_act_exploitation' } });
  });
  it("use the children's strengths (education is strong for a child, weak for an adult)", () => {
    const present = [DECEIVED_EDUCATION, DECEIVED_WAGES, EXCESSIVE_HOURS, NO_EDUCATION];
    expect(evaluate(ilo, child, { present }).outcome).toBe('presumed_trafficked');
    expect(evaluate(ilo, adult, { present }).outcome).toBe('exploited_not_trafficked');
  });
  it('treat a person of unknown or doubted age as a child', () => {
    expect(treatedAsChild({ age: null, exploitation: 'labour' }).child).toBe(true);
    expect(treatedAsChild({ age: 19, ageDoubtful: true, exploitation: 'labour' }).child).toBe(true);
    expect(treatedAsChild({ age: 18, exploitation: 'labour' }).child).toBe(false);
    expect(treatedAsChild({ age: null, exploitation: 'labour' }).basis).toBe('age_unknown');
    expect(treatedAsChild({ age: 19, ageDoubtful: true, exploitation: 'labour' }).basis).toBe('age_doubted');
    const present = [DECEIVED_JOB, DECEIVED_WAGES, EXCESSIVE_HOURS, LOW_SALARY];
    expect(evaluate(ilo, { age: 20, ageDoubtful: true, exploitation: 'labour' }, { present }).outcome).toBe(
      'presumed_trafficked',
    );
  });
});

describe('unanswered indicators', () => {
  it('make the outcome insufficient information when answering them could change it', () => {
    const e = evaluate(ilo, adult, {
      present: [EXCESSIVE_HOURS, LOW_SALARY],
      unknown: [DOCUMENTS_DEST, DEBT_DEST, DECEIVED_JOB, DECEIVED_WAGES],
    });
    expect(e.outcome).toBe('insufficient_information');
    expect(e.rule).toMatch(/could lead to "presumed trafficked"/);
    expect(e.basis.unanswered).toEqual({ count: 4, couldBe: 'presumed_trafficked' });
  });
  it('leave a presumed victim presumed', () => {
    const e = evaluate(ilo, child, {
      present: [DECEIVED_JOB, DECEIVED_WAGES, EXCESSIVE_HOURS, LOW_SALARY],
      unknown: [DEBT_DEST],
    });
    expect(e.outcome).toBe('presumed_trafficked');
  });
  it('are reported when the set does not hold them', () => {
    expect(unknownIds(ilo, { present: ['no.such', EXCESSIVE_HOURS], unknown: ['other.x'] })).toEqual([
      'no.such',
      'other.x',
    ]);
  });
});

describe('other sets', () => {
  it('the ILO forced-labour checklist sends any finding to full screening', () => {
    const fl = set('ilo-forced-labour-11');
    expect(evaluate(fl, adult, { present: [] }).outcome).toBe('not_indicated');
    expect(evaluate(fl, adult, { present: [fl.indicators[8]?.id ?? ''] }).outcome).toBe(
      'insufficient_information',
    );
  });
  it('the forced-criminality set needs act, means and purpose, or for a child act and purpose', () => {
    const fcSet = set('unodc-forced-criminality');
    const id = (part: string) => fcSet.indicators.find((i) => 'part' in i && i.part === part)?.id ?? '';
    const scam = { age: 25, exploitation: 'forced_criminality' as const };
    expect(evaluate(fcSet, scam, { present: [id('act'), id('means'), id('purpose')] }).outcome).toBe(
      'presumed_trafficked',
    );
    expect(evaluate(fcSet, scam, { present: [id('act'), id('purpose')] }).outcome).toBe(
      'insufficient_information',
    );
    expect(evaluate(fcSet, { ...scam, age: 16 }, { present: [id('act'), id('purpose')] }).outcome).toBe(
      'presumed_trafficked',
    );
    expect(
      evaluate(fcSet, scam, { present: [id('act'), id('means'), id('purpose')] }).warnings.join(' '),
    ).toMatch(/incomplete/);
    expect(evaluate(fcSet, scam, { present: [id('act'), id('purpose')] }).basis.rule).toEqual({
      code: 'amp_missing',
      missing: ['means'],
    });
    expect(evaluate(fcSet, scam, { present: [] }).basis.warnings).toContainEqual(
      expect.objectContaining({ code: 'set_incomplete', set: fcSet.id }),
    );
  });
});

describe('monotonicity', () => {
  const ids = ilo.indicators.map((i) => i.id);
  it('adding an indicator never lowers the outcome, for adults and children', () => {
    fc.assert(
      fc.property(
        fc.subarray(ids),
        fc.constantFrom(...ids),
        fc.integer({ min: 10, max: 60 }),
        (present, extra, age) => {
          const subject = { age, exploitation: 'labour' as const };
          const before = evaluate(ilo, subject, { present }).outcome;
          const after = evaluate(ilo, subject, { present: [...present, extra] }).outcome;
          expect(OUTCOME_RANK[after as keyof typeof OUTCOME_RANK]).toBeGreaterThanOrEqual(
            OUTCOME_RANK[before as keyof typeof OUTCOME_RANK],
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('being treated as a child never lowers the outcome, on indicators both lists hold', () => {
    // Two adult indicators are not on the children's lists ("no social protection", "false information about
    // law"): for a child they do not count, so only indicators on both lists are compared here.
    const both = ilo.indicators
      .filter((i) => i.strength.child !== null && i.strength.adult !== null)
      .map((i) => i.id);
    fc.assert(
      fc.property(fc.subarray(both), (present) => {
        const a = evaluate(ilo, adult, { present }).outcome;
        const c = evaluate(ilo, child, { present }).outcome;
        expect(OUTCOME_RANK[c as keyof typeof OUTCOME_RANK]).toBeGreaterThanOrEqual(
          OUTCOME_RANK[a as keyof typeof OUTCOME_RANK],
        );
      }),
      { numRuns: 1000 },
    );
  });
});
