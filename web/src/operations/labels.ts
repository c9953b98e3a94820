import type { Options } from '../screening/labels.ts';

/** Words shown for the operations API's codes. */

export const INTERVENTIONS: Options = [
  ['immediate_rescue', 'Immediate rescue'],
  ['planned_raid_and_rescue', 'Planned raid and rescue'],
  ['labour_inspection', 'Labour inspection'],
  ['intelligence_build_up', 'Continue building intelligence'],
  ['community_monitoring', 'Community and NGO monitoring'],
];

export const DANGER: Options = [
  ['immediate', 'Immediate'],
  ['high', 'High'],
  ['moderate', 'Moderate'],
  ['low', 'Low'],
];

export const CHILDREN: Options = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['unknown', 'Not known'],
];

export const EXPLOITATION: Options = [
  ['labour', 'Labour exploitation'],
  ['sexual', 'Sexual exploitation'],
  ['forced_criminality', 'Forced criminality'],
];

export const EVIDENCE: Options = [
  ['financial', 'Financial records'],
  ['call_records', 'Call records'],
  ['documents', 'Documents'],
  ['surveillance', 'Surveillance'],
  ['inspection_findings', 'Inspection findings'],
  ['crossings', 'Border crossing records'],
];

export const LEVELS: Options = [
  ['low', 'Low'],
  ['medium', 'Medium'],
  ['high', 'High'],
];

export const SOURCE_GRADES: Options = [
  ['1', '1 — Reliable'],
  ['2', '2 — Untested'],
  ['3', '3 — Not reliable'],
];

export const INFO_GRADES: Options = [
  ['A', 'A — Known directly to the source'],
  ['B', 'B — Known indirectly but corroborated'],
  ['C', 'C — Known indirectly to the source'],
  ['D', 'D — Not known'],
  ['E', 'E — Suspected to be false'],
];

export const STATUSES: Options = [
  ['awaiting_approval', 'Awaiting approval'],
  ['approved', 'Approved'],
  ['rejected', 'Rejected'],
];

/** A server message with the intervention codes in it put into words. */
export const inWords = (message: string | null): string | null =>
  message === null ? null : INTERVENTIONS.reduce((m, [code, words]) => m.replaceAll(code, words), message);
