import { describe, expect, it } from 'vitest';
import { changesOf, type FindingsState, findingsStateOfBody, layMine } from './inspection-outbox.ts';
import type { FindingsBody } from './types.ts';

const WAGES = 'ilo11.withholding_of_wages';
const PAPERS = 'ilo11.retention_of_identity_documents';
const HOURS = 'ilo11.excessive_overtime';

/** What the phone saw: papers observed, hours not observed, no breach. */
const BASE: FindingsState = {
  revision: 1,
  indicators: [
    { id: PAPERS, answer: 'observed', workers: 4, observation: 'Passports in the hut' },
    { id: HOURS, answer: 'not_observed', workers: 0, observation: '' },
  ],
  breaches: [],
};

/** The office meanwhile: wages observed, an unpaid-wages breach. */
const THEIRS: FindingsState = {
  revision: 2,
  indicators: [
    ...BASE.indicators,
    { id: WAGES, answer: 'observed', workers: 9, observation: 'Paid at season end' },
  ],
  breaches: [{ breach: 'unpaid_wages', workers: 9, note: '' }],
};

/** The phone: hours observed, an excessive-hours breach; the rest as it saw it (wages never checked). */
const MINE: FindingsBody = {
  id: 'a-save',
  revision: 1,
  indicators: [
    { id: PAPERS, answer: 'observed', workers: 4, observation: 'Passports in the hut' },
    { id: HOURS, answer: 'observed', workers: 7, observation: '14 hours a day' },
    { id: WAGES, answer: 'not_checked', workers: 0, observation: '' },
  ],
  breaches: [{ breach: 'excessive_hours', workers: 7, note: 'Night shifts' }],
};

describe('findings kept on the phone over someone else’s', () => {
  it('tells what the phone changed: an indicator never answered and left unchecked is no change', () => {
    expect(changesOf(BASE, findingsStateOfBody(MINE, 1))).toEqual({
      indicators: [HOURS],
      breaches: ['excessive_hours'],
    });
  });

  it('lays the phone’s changes over theirs, on their revision, keeping what only they recorded', () => {
    const body = layMine(BASE, MINE, THEIRS);
    expect(body.revision).toBe(2);
    expect(body.id).toBe('a-save');
    const byId = Object.fromEntries(body.indicators.map((f) => [f.id, f]));
    expect(byId[WAGES]).toMatchObject({ answer: 'observed', workers: 9 });
    expect(byId[HOURS]).toMatchObject({ answer: 'observed', observation: '14 hours a day' });
    expect(byId[PAPERS]).toMatchObject({ answer: 'observed', workers: 4 });
    expect(body.breaches.map((b) => b.breach).sort()).toEqual(['excessive_hours', 'unpaid_wages']);
  });

  it('removes a breach the phone took off, even if they kept it', () => {
    const base: FindingsState = { ...BASE, breaches: [{ breach: 'unpaid_wages', workers: 2, note: '' }] };
    const body = layMine(base, { ...MINE, breaches: [] }, THEIRS);
    expect(body.breaches).toEqual([]);
  });
});
