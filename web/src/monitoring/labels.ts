import type { Options } from '../screening/labels.ts';

/** Words shown for the monitoring API's codes: never a code on screen. */

export const CHANNELS: Options = [
  ['hotline', 'Hotline call'],
  ['walk_in', 'Walk-in'],
  ['online', 'Online'],
  ['social_media', 'Social media'],
  ['ngo', 'From an NGO'],
  ['monitor', 'Community monitor'],
  ['public_page', 'Public reporting page'],
  ['public', 'Public reporting page'],
  ['routing', 'Routed from another agency'],
  ['inspection', 'Labour inspection'],
];
/** The channels a person enters a tip by (the public page and routed copies arrive by themselves). */
export const INTAKE_CHANNELS: Options = CHANNELS.slice(0, 6);

/** The languages a reporter speaks, each in English and in its own script. */
export const TIP_LANGUAGES: Options = [
  ['th', 'Thai (ไทย)'],
  ['my', 'Burmese (မြန်မာ)'],
  ['km', 'Khmer (ខ្មែរ)'],
  ['lo', 'Lao (ລາວ)'],
  ['vi', 'Vietnamese (Tiếng Việt)'],
  ['zh', 'Chinese (中文)'],
  ['en', 'English'],
];

export const KINDS: Options = [
  ['labour', 'Forced or exploited labour'],
  ['sexual', 'Sexual exploitation'],
  ['forced_criminality', 'Forced criminality (scams, drugs, theft)'],
  ['begging', 'Forced begging'],
  ['forced_marriage', 'Forced marriage'],
  ['domestic_servitude', 'Domestic servitude'],
  ['other', 'Another kind of exploitation'],
  ['unknown', 'Not known yet'],
];

/** As src/monitoring/triage-targets.ts words them. */
export const DANGERS: Options = [
  ['life', 'Risk to life now'],
  ['high', 'Serious harm likely soon'],
  ['medium', 'Exploitation going on, no immediate danger'],
  ['low', 'Concern, no sign of present harm'],
  ['unknown', 'Not known'],
];

export const CHILDREN: Options = [
  ['yes', 'Yes, children are involved'],
  ['no', 'No children'],
  ['unknown', 'Not known'],
];

/** Short words for a table cell. */
export const CHILDREN_SHORT: Options = [
  ['yes', 'Children'],
  ['no', 'No children'],
  ['unknown', 'Children not known'],
];

export const COUNTRIES: Options = [
  ['TH', 'Thailand'],
  ['KH', 'Cambodia'],
  ['LA', 'Laos'],
  ['MM', 'Myanmar'],
  ['VN', 'Viet Nam'],
  ['CN', 'China'],
  ['MY', 'Malaysia'],
];

export const PERSON_ROLES: Options = [
  ['victim', 'Person at risk'],
  ['suspect', 'Suspected exploiter'],
  ['witness', 'Witness'],
  ['other', 'Other'],
];

export const TIP_STATUSES: Options = [
  ['new', 'Waiting for triage'],
  ['triaged', 'Triaged'],
  ['routed', 'Routed'],
  ['closed', 'Closed'],
  ['imported', 'Imported'],
];

export const ROUTING_STATUSES: Options = [
  ['sent', 'Sent, not yet received'],
  ['received', 'Received'],
  ['acting', 'Acting on it'],
  ['no_action', 'No action taken'],
  ['closed', 'Closed'],
];

/** What the receiving agency may tell the sender. */
export const FEEDBACK_STATUSES: Options = [
  ['acting', 'We are acting on it'],
  ['no_action', 'We are taking no action'],
  ['closed', 'We have closed it'],
];

export const EVENT_KINDS: Options = [
  ['entered', 'Entered'],
  ['triaged', 'Triaged'],
  ['escalated', 'Escalated'],
  ['routed', 'Routed'],
  ['closed', 'Closed'],
  ['reopened', 'Reopened'],
  ['note', 'Note'],
  ['reporter_added', 'Reporter added a message'],
  ['replied', 'Replied to the reporter'],
];

export const DUPLICATE_STATUSES: Options = [
  ['suggested', 'Possible duplicate'],
  ['confirmed', 'Confirmed the same matter'],
  ['rejected', 'Not the same matter'],
];

/** The TLP 2.0 markings, strictest last, with who may hear what is marked. */
export const TLP_OPTIONS: Options = [
  ['CLEAR', 'TLP:CLEAR — disclosure is not limited'],
  ['GREEN', 'TLP:GREEN — the community, not public channels'],
  ['AMBER', 'TLP:AMBER — the recipients’ organisations, need to know'],
  ['AMBER+STRICT', 'TLP:AMBER+STRICT — the receiving organisation only'],
  ['RED', 'TLP:RED — named recipients only'],
];

/** The 3x5x2 grades, as src/intel/grading.ts words them. */
export const SOURCE_GRADES: Options = [
  ['1', 'Reliable'],
  ['2', 'Untested'],
  ['3', 'Not reliable'],
];
export const INFO_GRADES: Options = [
  ['A', 'Known directly to the source'],
  ['B', 'Known indirectly to the source but corroborated'],
  ['C', 'Known indirectly to the source'],
  ['D', 'Not known'],
  ['E', 'Suspected to be false'],
];

export const AGENCY_KINDS: Options = [
  ['police', 'Police'],
  ['labour', 'Labour inspectorate'],
  ['ngo', 'NGO'],
  ['prosecution', 'Prosecution'],
  ['services', 'Victim services'],
  ['coordination', 'Coordination'],
];

/** The path of a tip's page. */
export const tipPath = (id: string): string => `/monitoring/tips/${encodeURIComponent(id)}`;
/** The API path of a tip, with an optional tail such as `/triage`. */
export const tipApi = (id: string, tail = ''): string =>
  `/api/monitoring/tips/${encodeURIComponent(id)}${tail}`;
