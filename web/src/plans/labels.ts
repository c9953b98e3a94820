import { languageOptions, type Options, wordFor } from '../screening/labels.ts';

/** Words shown for the operation-plan API's codes. */

export const OP_STATUSES: Options = [
  ['planning', 'Planning'],
  ['approved', 'Approved'],
  ['executing', 'Executing'],
  ['concluded', 'Concluded'],
  ['cancelled', 'Cancelled'],
];

export const MEMBER_ROLES: Options = [
  ['command', 'Command'],
  ['entry', 'Entry'],
  ['scene_security', 'Scene security'],
  ['arrest', 'Arrest'],
  ['evidence', 'Evidence'],
  ['victim_care', 'Victim care'],
  ['transport', 'Transport'],
  ['screening', 'Screening'],
  ['interpreter', 'Interpreter'],
  ['prosecutor', 'Prosecutor'],
  ['liaison', 'Liaison'],
];

export const EVIDENCE_CATEGORIES: Options = [
  ['ledger', 'Ledger'],
  ['phone', 'Phone'],
  ['computer', 'Computer'],
  ['cctv', 'CCTV recording'],
  ['retained_passport', 'Retained passport'],
  ['identity_document', 'Identity document'],
  ['contract', 'Contract'],
  ['weapon', 'Weapon'],
  ['cash', 'Cash'],
  ['bank_record', 'Bank record'],
  ['other', 'Other'],
];

export const SITE_KINDS: Options = [
  ['shelter', 'Shelter'],
  ['interview_room', 'Interview room'],
  ['ngo_office', 'NGO office'],
  ['hospital', 'Hospital or clinic'],
  ['labour_office', 'Labour office'],
  ['other_safe_place', 'Another safe place'],
];

export const HARMED: Options = [
  ['victims', 'Victims'],
  ['bystanders', 'Bystanders'],
  ['lawful_workers', 'Lawful workers'],
  ['officers', 'Officers'],
  ['suspects', 'Suspects'],
  ['children', 'Children'],
];

/** Language codes as names with the code beside them, e.g. "Burmese (my)". */
export const languageWords = (codes: readonly string[]): string =>
  codes.length
    ? codes
        .map((c) => (wordFor(languageOptions(), c) === c ? c : `${wordFor(languageOptions(), c)} (${c})`))
        .join(', ')
    : 'None given';

/** "my, km" → ['my', 'km']: lower case, no blanks or repeats. */
export const parseLanguages = (s: string): string[] => [
  ...new Set(
    s
      .split(/[\s,;]+/)
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean),
  ),
];
