/** Words shown for the screening API's codes. */

export type Options = readonly (readonly [string, string])[];

export const SOURCES: Options = [
  ['operation', 'An operation'],
  ['tip', 'A tip'],
  ['inspection', 'A labour inspection'],
  ['walk_in', 'Came in on their own'],
  ['hotline', 'A hotline call'],
  ['shelter', 'Already at a shelter'],
];

export const PLACES: Options = [
  ['shelter', 'Shelter'],
  ['interview_room', 'Interview room'],
  ['ngo_office', 'NGO office'],
  ['hospital', 'Hospital or clinic'],
  ['labour_office', 'Labour office'],
  ['other_safe_place', 'Another safe place'],
];

export const LANGUAGES: Options = [
  ['my', 'Burmese'],
  ['kar', 'Karen'],
  ['shn', 'Shan'],
  ['km', 'Khmer'],
  ['lo', 'Lao'],
  ['th', 'Thai'],
  ['vi', 'Vietnamese'],
  ['zh', 'Chinese'],
  ['en', 'English'],
];

/** The person's sex as they state it (never assumed); checked against what a provider takes. */
export const SEXES: Options = [
  ['female', 'Female'],
  ['male', 'Male'],
  ['other', 'Other'],
  ['undisclosed', 'Prefers not to say'],
];

export const EXPLOITATION: Options = [
  ['labour', 'Labour exploitation'],
  ['sexual', 'Sexual exploitation'],
  ['forced_criminality', 'Forced criminality'],
  ['other', 'Other exploitation'],
];

export const SHARE_ITEMS: Options = [
  ['pseudonym', 'The name they go by here (pseudonym)'],
  ['age', 'Their age'],
  ['language', 'The language they speak'],
  ['outcome', 'The screening outcome'],
  ['medical_needs', 'Their medical needs'],
  ['contact_details', 'How to contact them'],
];

export const PROVIDER_KINDS: Options = [
  ['shelter', 'Shelter'],
  ['medical', 'Medical care'],
  ['legal', 'Legal aid'],
  ['return_reintegration', 'Return and reintegration'],
  ['labour_rights', 'Labour rights'],
];

export const REFERRAL_STATUSES: Options = [
  ['sent', 'Sent, waiting for an answer'],
  ['accepted', 'Accepted'],
  ['declined', 'Declined'],
  ['in_service', 'In service'],
  ['closed', 'Closed'],
];

export const STATUSES: Options = [
  ['in_progress', 'In progress'],
  ['completed', 'Completed'],
];

export const OUTCOMES: Options = [
  ['presumed_trafficked', 'Presumed trafficked'],
  ['exploited_not_trafficked', 'Exploited, not trafficked'],
  ['not_indicated', 'Trafficking not indicated'],
  ['insufficient_information', 'Insufficient information'],
];

/** The words for a code, or the code itself when it has none. */
export const wordFor = (options: Options, code: string | null | undefined): string =>
  code == null ? '' : (options.find(([c]) => c === code)?.[1] ?? code.replaceAll('_', ' '));

const EXPLOITATION_SHORT: Record<string, string> = {
  labour: 'labour',
  sexual: 'sexual exploitation',
  forced_criminality: 'forced criminality',
  other: 'other exploitation',
};

/** The outcome in words, e.g. "Presumed trafficked (labour)". */
export function outcomeWords(outcome: string, exploitation: string | null): string {
  if (outcome === 'presumed_trafficked') {
    const kind = exploitation ? (EXPLOITATION_SHORT[exploitation] ?? exploitation) : null;
    return kind ? `Presumed trafficked (${kind})` : 'Presumed trafficked';
  }
  if (outcome === 'exploited_not_trafficked') return 'Exploited, not trafficked: a labour-rights case';
  return wordFor(OUTCOMES, outcome);
}
