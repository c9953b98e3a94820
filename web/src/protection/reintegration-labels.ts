import type { Options } from '../screening/labels.ts';

/** Words for the reintegration API's codes. */

export const CONTACT_OUTCOMES: Options = [
  ['reached', 'Reached'],
  ['not_reached', 'Not reached'],
];

export const WELLBEING_LEVELS: Options = [
  ['good', 'Doing well'],
  ['fair', 'Fair'],
  ['poor', 'Poor'],
  ['at_risk', 'At risk'],
];

export const SCHEDULE_STATES: Options = [
  ['recorded', 'Recorded'],
  ['due', 'Due now'],
  ['upcoming', 'Upcoming'],
];

export const RETRAFFICKING_FLAGS: Options = [
  ['follow_up', 'A follow-up raised a concern that the person may have been trafficked again.'],
  ['identity_match', 'The person was recognised from an earlier case: they may have been trafficked again.'],
];

/** "The 90-day follow-up". */
export const followUpName = (days: number): string => `The ${days}-day follow-up`;
