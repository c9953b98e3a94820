import { z } from 'zod';
import { amount, currency } from '../platform/money.ts';
import { day, line, text, uuid } from '../platform/text.ts';
import { language } from './schemas.ts';

// What the routes of a person's witness support and compensation claims take. The web app's request types are
// taken from these schemas (zod only: the web build reads this file).

export const COOPERATION_STANCES = ['not_asked', 'considering', 'cooperating', 'declined'] as const;
export type CooperationStance = (typeof COOPERATION_STANCES)[number];

export const PERMIT_KINDS = ['temporary_stay_permit', 'work_permit'] as const;
export const PAID_KINDS = ['travel', 'subsistence'] as const;
export const MEASURE_KINDS = [
  ...PERMIT_KINDS,
  'family_kept_together',
  'witness_protection',
  'reprisal_risk_family',
  'hearing_support',
  ...PAID_KINDS,
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Risk of reprisals against the family at home. */
export const REPRISAL_LEVELS = ['none', 'some', 'serious', 'urgent'] as const;
export const HEARING_SUPPORTS = [
  'accompanied',
  'separate_waiting_room',
  'video_link',
  'interpreter',
] as const;

/** A measure is requested first; granted or refused; a granted one provided or expired; asked again after. */
export const MEASURE_STATUSES = ['requested', 'granted', 'refused', 'expired', 'provided'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const CLAIM_ROUTES = [
  'labour_claim',
  'civil_claim_in_criminal_case',
  'compensation_order_on_conviction',
  'state_victim_fund',
  'confiscated_assets',
] as const;
export type ClaimRoute = (typeof CLAIM_ROUTES)[number];

/** The steps a caseworker records on a claim; payments move an awarded claim on. */
export const CLAIM_STEPS = ['filed', 'awarded', 'rejected', 'withdrawn'] as const;
export type ClaimStep = (typeof CLAIM_STEPS)[number];

/** Who the person received money from. */
export const PAYERS = ['offender', 'state_fund', 'employer', 'confiscated_assets'] as const;
export type Payer = (typeof PAYERS)[number];

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const country = z
  .string()
  .refine(
    (c) => /^[A-Z]{2}$/.test(c) && c !== 'ZZ' && REGIONS.of(c) !== undefined,
    'must be an ISO 3166 country code such as MM or KH',
  );

/** The person's stance on cooperating with a prosecution, as discussed with them on a day. */
export const cooperationBody = z.strictObject({ stance: z.enum(COOPERATION_STANCES), on: day(), language });

/** A support measure asked for the person; what it needs besides its kind follows the kind. */
export const measureBody = z.strictObject({
  kind: z.enum(MEASURE_KINDS),
  validUntil: day().optional(),
  reprisalLevel: z.enum(REPRISAL_LEVELS).optional(),
  country: country.optional(),
  hearingOn: day().optional(),
  support: z.array(z.enum(HEARING_SUPPORTS)).max(HEARING_SUPPORTS.length).optional(),
  amount: amount.optional(),
  currency: currency.optional(),
  note: text(2000, { empty: true }).default(''),
});

/** A support measure's next status, with a permit's valid-until date or the day travel or subsistence was paid. */
export const measureStepBody = z.strictObject({
  status: z.enum(MEASURE_STATUSES),
  validUntil: day().optional(),
  paidOn: day().optional(),
});

/** A compensation claim being prepared. */
export const claimBody = z.strictObject({
  route: z.enum(CLAIM_ROUTES),
  forum: line(200),
  amountClaimed: amount,
  currency,
  prosecutionRef: line(100).optional(),
  assetExhibitIds: z.array(uuid).max(50).default([]),
});

/** A claim's next step: the amount with an award, the person's language with a withdrawal. */
export const claimStepBody = z.strictObject({
  status: z.enum(CLAIM_STEPS),
  on: day(),
  amountAwarded: amount.optional(),
  language: language.optional(),
});

/** Money the person received on an awarded claim, and from whom. */
export const paymentBody = z.strictObject({ amount, receivedOn: day(), from: z.enum(PAYERS) });
