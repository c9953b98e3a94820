import { z } from 'zod';
import { instant, line, text, uuid } from '../platform/text.ts';
import {
  NEED_DOMAINS,
  NEED_LEVELS,
  SERVICE_STATUSES,
  SERVICES,
  SHAREABLE_ITEMS,
  VICTIM_STATUSES,
} from './catalogue.ts';
import { day, language } from './schemas.ts';

// What the routes of a protection case take: its needs, services, the person's word on the status of victim,
// consents, stays, a child's steps, the person's identity and who may read it, and a provider's answer to a
// referral. The web app's request types are taken from these schemas (zod only: the web build reads this file).

const note = text(2000, { empty: true }).default('');

/**
 * What a phone's field kit adds to what it recorded without a connection (src/operations/sync-rules.ts): an id made
 * on the phone (the same id sent again is answered as the one recorded) and when it was recorded there.
 */
const fromPhone = { id: uuid.optional(), at: instant().optional() };
/** The service's status the step was recorded on (null: the service was not on the case); a stale one is refused. */
const base = z.enum(SERVICE_STATUSES).nullable().optional();

/** A needs assessment: every domain assessed, in the language it was held in. */
export const needsBody = z.strictObject({
  ...fromPhone,
  language,
  needs: z
    .array(z.strictObject({ domain: z.enum(NEED_DOMAINS), level: z.enum(NEED_LEVELS), note }))
    .min(1)
    .max(NEED_DOMAINS.length),
});

/** A service offered to the person, explained in their language. */
export const serviceOfferBody = z.strictObject({
  ...fromPhone,
  base,
  service: z.enum(SERVICES),
  language,
  note,
});

/** The person's answer on a service, or its completion. */
export const serviceDecisionBody = z.strictObject({
  ...fromPhone,
  base,
  decision: z.enum(['accepted', 'declined', 'withdrawn', 'completed']),
  language,
  note,
});

/** The person's own word on the status of victim. */
export const victimStatusBody = z.strictObject({ status: z.enum(VICTIM_STATUSES), language });

/** The person's consent to share one item of their case with one agency. */
export const consentBody = z.strictObject({ item: z.enum(SHAREABLE_ITEMS), agencyId: uuid, language });

/** A shelter stay: where, from when, whether the person is free to leave, any court date. */
export const stayBody = z.strictObject({
  place: line(200),
  providerId: uuid.optional(),
  startedOn: day,
  freeToLeave: z.boolean(),
  courtDate: day.optional(),
});

/** The end of a shelter stay. */
export const stayEndBody = z.strictObject({ endedOn: day });

/** Each kind of a child's protection step and the outcomes it may record (null: no outcome, only its detail). */
export const CHILD_STEPS = {
  guardian: ['state_appointed', 'relative', 'ngo', 'legal_representative'],
  best_interests_assessment: null,
  best_interests_determination: [
    'return_to_family',
    'care_in_origin_country',
    'local_integration',
    'alternative_care_here',
    'third_country',
  ],
  family_tracing: ['found', 'not_found', 'ongoing'],
  family_assessment: ['safe', 'unsafe', 'unclear'],
  child_views: null,
} as const satisfies Record<string, readonly string[] | null>;
export type ChildStepKind = keyof typeof CHILD_STEPS;
export const CHILD_STEP_KINDS = Object.keys(CHILD_STEPS) as ChildStepKind[];

/** A step of a child's protection, with its outcome when its kind records one. */
export const childStepBody = z.strictObject({
  kind: z.enum(CHILD_STEP_KINDS),
  outcome: z.string().max(40).optional(),
  detail: text(4000, { empty: true }),
  language,
  occurredOn: day,
});

export const DOCUMENT_KINDS = [
  'passport',
  'national_id',
  'birth_certificate',
  'work_permit',
  'seafarer_book',
  'other',
] as const;
const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code such as MM or KH');

/** The person's identity, sealed when saved. */
export const identityBody = z.strictObject({
  names: z.array(line(200)).min(1).max(8),
  birthDate: z
    .string()
    .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'must be a date YYYY-MM-DD or a year')
    .refine((d) => d.length === 4 || !Number.isNaN(Date.parse(d)), 'is not a date')
    .nullable(),
  nationality: country.nullable(),
  phones: z.array(line(40)).max(6),
  documents: z.array(z.strictObject({ kind: z.enum(DOCUMENT_KINDS), number: line(60), country })).max(8),
  address: text(500, { empty: true }),
  photo: z
    .string()
    .max(700_000, 'must be under 500 KB')
    .regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/, 'must be a JPEG, PNG or WebP image')
    .nullable(),
});

/** A colleague let in to read the person's identity, or no longer. */
export const identityAccessBody = z.strictObject({ allow: z.boolean() });

/** A provider's answer to a referral sent to its services. */
export const referralAnswerBody = z.strictObject({
  decision: z.enum(['accepted', 'declined']),
  services: z.array(z.enum(SERVICES)).max(SERVICES.length).optional(),
});
