import { type Options, wordFor } from '../screening/labels.ts';

/** Words for the remedy API's codes (src/prosecution/remedies.ts). */

export const REMEDY_KINDS: Options = [
  ['site_closure_labour', 'Site closure by the labour inspectorate'],
  ['site_closure_tax', 'Site closure by the tax authority'],
  ['licence_revocation', 'Licence revocation'],
  ['tax_assessment', 'Tax assessment'],
  ['labour_order', 'Labour order (wages owed, conditions)'],
  ['civil_suit', 'Civil suit'],
  ['debarment', 'Debarment from public contracts'],
];

export const REMEDY_STATUSES: Options = [
  ['requested', 'Requested'],
  ['ordered', 'Ordered'],
  ['refused', 'Refused'],
  ['complied', 'Complied with'],
  ['appealed', 'Appealed'],
];

export const REMEDY_TARGETS: Options = [
  ['suspect', 'A suspect'],
  ['site', 'The case’s site'],
];

/** "Licence revocation against Somchai", how a remedy is named in forms and messages. */
export const remedyName = (r: { kind: string; target: string; suspect: { label: string } | null }): string =>
  `${wordFor(REMEDY_KINDS, r.kind)} against ${r.target === 'site' ? 'the site' : (r.suspect?.label ?? 'a suspect')}`;
