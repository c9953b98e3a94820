import { describe, expect, it } from 'vitest';
import { dangerOf, followUpsDue, summaryText } from './inspection-catalogue.ts';
import { outcomeProblem } from './inspection-outcomes.ts';

describe('dangerOf', () => {
  const none = { observed: [], breaches: [], children: false };
  it('is low with nothing found and medium with any indicator or breach', () => {
    expect(dangerOf(none)).toBe('low');
    expect(dangerOf({ ...none, breaches: ['no_written_contract'] })).toBe('medium');
    expect(dangerOf({ ...none, observed: ['ilo11.excessive_overtime'] })).toBe('medium');
  });
  it('is high with violence, confinement, debt bondage, threats, or children with an indicator', () => {
    expect(dangerOf({ ...none, observed: ['ilo11.debt_bondage'] })).toBe('high');
    expect(dangerOf({ ...none, breaches: ['confined_to_premises'] })).toBe('high');
    expect(dangerOf({ ...none, breaches: ['hazardous_work_under18'] })).toBe('high');
    expect(dangerOf({ ...none, observed: ['ilo11.excessive_overtime'], children: true })).toBe('high');
    expect(dangerOf({ ...none, children: true })).toBe('low');
  });
  it('is life with violence where the workers are confined', () => {
    expect(
      dangerOf({
        ...none,
        observed: ['ilo11.physical_and_sexual_violence'],
        breaches: ['confined_to_premises'],
      }),
    ).toBe('life');
    expect(dangerOf({ ...none, observed: ['ilo11.physical_and_sexual_violence', 'ilo11.isolation'] })).toBe(
      'life',
    );
  });
});

describe('followUpsDue', () => {
  const order = (ref: string, deadline: string) => ({
    inspectionId: ref,
    ref,
    outcomeId: `o-${ref}`,
    deadline,
  });
  it('lists orders at or past their deadline with no follow-up visited, oldest first', () => {
    const due = followUpsDue(
      [order('LI-2026-3', '2026-12-01'), order('LI-2026-1', '2026-11-01'), order('LI-2026-2', '2026-12-05')],
      [{ id: 'f', ref: 'LI-2026-9', followsId: 'LI-2026-3', status: 'planned', visitedOn: null }],
      '2026-12-04',
    );
    expect(due.map((d) => [d.ref, d.plannedFollowUp?.ref ?? null])).toEqual([
      ['LI-2026-1', null],
      ['LI-2026-3', 'LI-2026-9'],
    ]);
  });
  it('drops an order once a follow-up is visited or closed', () => {
    for (const status of ['visited', 'closed'])
      expect(
        followUpsDue(
          [order('LI-2026-1', '2026-11-01')],
          [{ id: 'f', ref: 'LI-2026-2', followsId: 'LI-2026-1', status, visitedOn: '2026-11-02' }],
          '2026-12-04',
        ),
      ).toEqual([]);
  });
});

describe('summaryText', () => {
  it('says a planned inspection in words, with nothing found yet', () => {
    expect(
      summaryText({
        ref: 'LI-2026-4',
        kind: 'planned',
        workplace: { name: 'Boat yard', sector: 'Fishing', employer: '', address: '', country: 'TH' },
        visitedOn: null,
        plannedOn: '2026-12-10',
        workers: { female: null, male: null, other: null, under18: null, migrant: null },
        interviews: { total: 0, private: 0 },
        indicators: [],
        breaches: [],
        outcomes: [],
      }),
    ).toBe(
      'Labour inspection LI-2026-4, planned visit planned for 2026-12-10, of Boat yard (Fishing), TH. No forced-labour indicator observed. No labour-law breach recorded.',
    );
  });
});

describe('outcomeProblem', () => {
  it('asks for what each outcome needs and refuses what it does not take', () => {
    expect(outcomeProblem({ kind: 'improvement_order', items: 'Pay wages' })).toBe(
      'deadline: an improvement order has a compliance deadline',
    );
    expect(outcomeProblem({ kind: 'warning', deadline: '2026-12-30' })).toBe('deadline: not part of warning');
    expect(
      outcomeProblem({ kind: 'screening_referral', toAgencyId: 'x', interviewIds: [], reason: 'r' }),
    ).toBe('interviewIds: choose the workers interviewed who are referred');
    expect(outcomeProblem({ kind: 'closure', note: 'Sealed the gate' })).toBeNull();
  });
});
