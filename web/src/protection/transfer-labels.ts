import { exploitationOptions, languageOptions, type Options, wordFor } from '../screening/labels.ts';
import { NEED_DOMAINS, NEED_LEVELS, SERVICE_STATUSES, SERVICES } from './labels.ts';
import type { SharedValues } from './transfer-types.ts';

/** Words for the transfer API's codes. */

export const TRANSFER_KINDS: Options = [
  ['return_to_origin', 'Return to their country of origin'],
  ['transfer_in_country', 'Transfer to another agency in this country'],
  ['transfer_to_destination', 'Transfer to another country'],
];

export const TRANSFER_STATUSES: Options = [
  ['sent', 'Sent, waiting for the receiver’s answer'],
  ['accepted', 'Accepted by the receiver'],
  ['declined', 'Declined by the receiver'],
  ['completed', 'Completed: the person arrived'],
  ['cancelled', 'Cancelled: the person withdrew their consent'],
];

/** What a transfer may share, each explained: [code, words, what the receiver reads]. */
export const TRANSFER_ITEMS: readonly (readonly [string, string, string])[] = [
  ['pseudonym', 'The name they go by here (pseudonym)', 'Otherwise the receiver sees a neutral name.'],
  [
    'age_group',
    'Their age group',
    'e.g. 15-17, and whether they are treated as a child; never the birth date.',
  ],
  ['sex', 'Their sex, as they stated it', 'As the person said it at the screening.'],
  ['language', 'The language they speak', 'So that the receiver can arrange an interpreter.'],
  ['exploitation', 'The kind of exploitation', 'Labour, sexual, forced criminality or other.'],
  ['needs', 'Their needs, as levels', 'The level in each domain of the latest assessment; never the notes.'],
  ['services', 'Their services and answers', 'Each service offered and whether they accepted it.'],
  ['return_plan_note', 'A note on the return plan', 'The note written below, for the receiver.'],
];

export const itemWords = (code: string): string => TRANSFER_ITEMS.find(([c]) => c === code)?.[1] ?? code;

/** Countries of the region first; the server takes any ISO 3166 code in use. */
const COUNTRY_CODES = [
  'MM',
  'KH',
  'LA',
  'VN',
  'TH',
  'CN',
  'MY',
  'ID',
  'PH',
  'BD',
  'NP',
  'LK',
  'IN',
  'SG',
  'KR',
  'JP',
];
const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });

/** A country's name in English from its code: "Myanmar (Burma)" for MM. */
export const countryName = (code: string | null | undefined): string =>
  code ? (REGIONS.of(code) ?? code) : 'Not given';

export const COUNTRIES: Options = COUNTRY_CODES.map((code) => [code, countryName(code)] as const);

const SEXES: Options = [
  ['female', 'Female'],
  ['male', 'Male'],
  ['other', 'Other'],
  ['undisclosed', 'Prefers not to say'],
];

/** What arrived with a transfer, each shared item in words; what was not shared is not shown at all. */
export function sharedWords(v: SharedValues): [string, string][] {
  const out: [string, string][] = [];
  if (v.pseudonym !== undefined) out.push(['Pseudonym', v.pseudonym]);
  if (v.ageGroup)
    out.push([
      'Age group',
      `${v.ageGroup.group === 'unknown' ? 'Unknown' : v.ageGroup.group}${v.ageGroup.treatedAsChild ? ', treated as a child' : ''}`,
    ]);
  if (v.sex !== undefined) out.push(['Sex', v.sex ? wordFor(SEXES, v.sex) : 'Not stated']);
  if (v.language !== undefined)
    out.push(['Language', v.language ? wordFor(languageOptions(), v.language) : 'Not recorded']);
  if (v.exploitation !== undefined)
    out.push([
      'Exploitation',
      v.exploitation ? wordFor(exploitationOptions(), v.exploitation) : 'Not recorded',
    ]);
  if (v.needs)
    out.push([
      'Needs',
      v.needs.length === 0
        ? 'None assessed'
        : v.needs
            .map((n) => `${wordFor(NEED_DOMAINS, n.domain)}: ${wordFor(NEED_LEVELS, n.level).toLowerCase()}`)
            .join('; '),
    ]);
  if (v.services)
    out.push([
      'Services',
      v.services.length === 0
        ? 'None offered'
        : v.services
            .map(
              (s) => `${wordFor(SERVICES, s.service)}: ${wordFor(SERVICE_STATUSES, s.status).toLowerCase()}`,
            )
            .join('; '),
    ]);
  if (v.returnPlanNote !== undefined) out.push(['Note on the return plan', v.returnPlanNote]);
  return out;
}
