import { describe, expect, it } from 'vitest';
import type { Inspection } from '../monitoring/inspections/types.ts';
import { fieldCopy } from './kept-inspections.ts';

/** An inspection as the server gives it, with an outcome that referred a worker. */
const page = {
  id: 'i1',
  ref: 'LI-2026-4',
  status: 'visited',
  workplace: { name: 'Boat yard', sector: 'fishing', employer: 'E', address: 'Pier 3', lat: null, lon: null },
  interviews: [{ id: 'w1', code: 'KD-7', referredTo: ['Shelter centre'] }],
  findings: { revision: 2, indicators: [{ id: 'x', answer: 'observed', observation: 'Papers kept' }] },
  outcomes: [
    {
      id: 'o1',
      kind: 'screening_referral',
      note: 'The worker asked to be met away from the yard',
      referrals: [{ id: 'r1', interviewId: 'w1', toAgency: 'Shelter centre', takenUp: false }],
    },
  ],
  choices: {
    breaches: [{ code: 'b' }],
    outcomes: [{ code: 'o' }],
    screeningAgencies: [{ id: 'a', name: 'Centre' }],
  },
} as unknown as Inspection;

describe('what the field kit keeps of an inspection', () => {
  it('keeps what the offline page shows and edits, without outcomes’ notes, their referrals or agencies to refer to', () => {
    const kept = fieldCopy(page);
    expect(JSON.stringify(kept)).not.toContain('away from the yard');
    expect(kept.outcomes).toEqual([
      expect.objectContaining({ id: 'o1', kind: 'screening_referral', note: '' }),
    ]);
    expect(kept.outcomes[0]?.referrals).toEqual([]);
    expect(kept.choices.screeningAgencies).toEqual([]);
    expect(kept.choices.breaches).toEqual(page.choices.breaches);
    expect(kept.interviews).toEqual(page.interviews);
    expect(kept.findings).toEqual(page.findings);
    expect(kept.workplace).toEqual(page.workplace);
    // The page as the server gave it is left as it was.
    expect(page.outcomes[0]?.note).toContain('away from the yard');
  });
});
