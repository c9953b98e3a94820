import { describe, expect, it } from 'vitest';
import { describeStay } from './stays.ts';

// The stay warnings at their thresholds, on a fixed day.

const today = new Date('2026-12-03T09:00:00Z');
const stay = (startedOn: string, over: Partial<Parameters<typeof describeStay>[0]> = {}) => ({
  id: 's',
  case_id: 'c',
  place: 'Provincial shelter',
  started_on: startedOn,
  ended_on: null,
  free_to_leave: true,
  court_date: null,
  ...over,
});

describe('a shelter stay', () => {
  it('warns from the day it reaches each threshold, naming the highest passed', () => {
    expect(describeStay(stay('2026-11-04'), [30, 90], today)).toMatchObject({ days: 29, warnings: [] });
    expect(describeStay(stay('2026-11-03'), [30, 90], today)).toMatchObject({
      days: 30,
      warnings: ['over_30_days'],
    });
    expect(describeStay(stay('2026-09-05'), [30, 90], today).warnings).toEqual(['over_30_days']);
    expect(describeStay(stay('2026-09-04'), [30, 90], today)).toMatchObject({
      days: 90,
      warnings: ['over_90_days'],
    });
  });

  it('warns at once when tied to a court date or when the person is not free to leave', () => {
    expect(describeStay(stay('2026-12-01', { court_date: '2027-01-15' }), [30], today).warnings).toEqual([
      'tied_to_court_date',
    ]);
    expect(describeStay(stay('2026-12-03', { free_to_leave: false }), [30], today).warnings).toEqual([
      'not_free_to_leave',
    ]);
  });

  it('warns no more once ended, and counts its days to the end', () => {
    const ended = describeStay(
      stay('2026-06-01', { ended_on: '2026-07-01', free_to_leave: false }),
      [30],
      today,
    );
    expect(ended).toMatchObject({ days: 30, warnings: [] });
  });
});
