import { z } from 'zod';
import { line, text, uuid } from '../platform/text.ts';
import { day, language } from './schemas.ts';

// What the routes of a person's way back take: a transfer of the case or a referral for return, its steps and
// answers, the reintegration plan and its follow-ups. The web app's request types are taken from these schemas
// (zod only: the web build reads this file).

export const TRANSFER_KINDS = ['return_to_origin', 'transfer_in_country', 'transfer_to_destination'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/** What a transfer may share, each item by the person's choice; nothing else of the case exists to share. */
export const TRANSFER_ITEMS = [
  'pseudonym',
  'age_group',
  'sex',
  'language',
  'exploitation',
  'needs',
  'services',
  'return_plan_note',
] as const;
export type TransferItem = (typeof TRANSFER_ITEMS)[number];

/** Whether the person was reached on a follow-up, and how they are. */
export const CONTACT_OUTCOMES = ['reached', 'not_reached'] as const;
export const WELLBEING_LEVELS = ['good', 'fair', 'poor', 'at_risk'] as const;

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/** Whether `code` is an ISO 3166 alpha-2 country code in use (KH, LA, MM, TH, VN, CN…). */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) return false;
  return REGIONS.of(code) !== code;
}

/** A country's ISO 3166 alpha-2 code. */
export const country = z
  .string()
  .refine(isCountryCode, 'must be an ISO 3166 alpha-2 country code such as KH, LA, MM, TH, VN or CN');

/** A transfer of the case, or a referral for return, with the person's consent and the items they chose. */
export const transferBody = z.strictObject({
  kind: z.enum(TRANSFER_KINDS),
  toAgencyId: uuid.optional(),
  toOrganisation: line(200).optional(),
  toCountry: country.optional(),
  country: country.optional(),
  consent: z.boolean(),
  language,
  items: z.array(z.enum(TRANSFER_ITEMS)).max(TRANSFER_ITEMS.length),
  note: text(4000, { empty: true }).default(''),
});

/** An outside organisation's answer to a transfer, or its completion on the day the person arrived. */
export const transferStepBody = z.strictObject({
  status: z.enum(['accepted', 'declined', 'completed']),
  on: day.optional(),
});

/** The person's consent to a transfer withdrawn, in the language they gave it. */
export const transferWithdrawBody = z.strictObject({ language });

/** The receiving agency's answer to a transfer sent to it. */
export const transferAnswerBody = z.strictObject({ decision: z.enum(['accepted', 'declined']) });

/** The case's reintegration plan: the person's goals, where they live now, when it started. */
export const planBody = z.strictObject({ goals: text(4000), country, area: line(200), startedOn: day });

/** A follow-up held with the person. */
export const followUpBody = z.strictObject({
  heldOn: day,
  dueDays: z.number().int().min(1).max(3650).optional(),
  contact: z.enum(CONTACT_OUTCOMES),
  wellbeing: z.enum(WELLBEING_LEVELS).optional(),
  note: text(4000, { empty: true }).default(''),
  retraffickingConcern: z.boolean(),
  language,
});
