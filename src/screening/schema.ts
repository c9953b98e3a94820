import { z } from 'zod';
import { line, text, uuid } from '../platform/text.ts';

export const SOURCES = ['operation', 'tip', 'inspection', 'walk_in', 'hotline', 'shelter'] as const;
/** Safe places only: there is no value for the crime scene, so a screening cannot be recorded as held there. */
export const PLACE_KINDS = [
  'shelter',
  'interview_room',
  'ngo_office',
  'hospital',
  'labour_office',
  'other_safe_place',
] as const;
export const SHARE_ITEMS = [
  'pseudonym',
  'age',
  'language',
  'outcome',
  'medical_needs',
  'contact_details',
] as const;
export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'in_service', 'closed'] as const;

const exploitation = z.enum(['labour', 'sexual', 'forced_criminality', 'other']);
const answer = z.strictObject({
  answer: z.enum(['yes', 'no', 'unknown']),
  observation: text(2000, { empty: true }),
});

export const startBody = z.strictObject({
  source: z.enum(SOURCES),
  sourceRef: line(100, { empty: true }).optional(),
  pseudonym: text(100),
  place: z.strictObject({ kind: z.enum(PLACE_KINDS), description: text(300) }),
  language: line(12).min(2),
  interpreter: z.strictObject({
    used: z.boolean(),
    name: line(200, { empty: true }).optional(),
    language: line(12, { empty: true }).optional(),
  }),
  consent: z.strictObject({
    interview: z.boolean(),
    toldRights: z.boolean(),
    toldOptions: z.boolean(),
    toldServicesVoluntary: z.boolean(),
  }),
  age: z.number().int().min(0).max(120).nullable(),
  ageDoubtful: z.boolean(),
  /** As the person states it; checked against what a provider takes before a referral. */
  sex: z.enum(['female', 'male', 'other', 'undisclosed']).optional(),
  guardian: line(200, { empty: true }).nullable().optional(),
  exploitation,
  setId: line(120, { empty: true }),
  /** A worker referred from a labour inspection: the screening takes the referral up (source inspection). */
  inspectionReferralId: uuid.optional(),
});
export type StartInput = z.output<typeof startBody>;

export const answersBody = z.strictObject({
  version: z.number().int().min(1),
  answers: z.record(line(120, { empty: true }), answer),
});
export const completeBody = z.strictObject({ version: z.number().int().min(1) });
export const referralBody = z.strictObject({
  providerId: uuid,
  consent: z.boolean(),
  sharedItems: z.array(z.enum(SHARE_ITEMS)).max(SHARE_ITEMS.length),
  note: text(1000, { empty: true }).optional(),
  /** The provider works in another language and an interpreter is arranged for the person. */
  interpreterArranged: z.boolean().optional(),
});
export const referralStatusBody = z.strictObject({ status: z.enum(REFERRAL_STATUSES) });

export const referralView = z.object({
  id: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  kind: z.string(),
  status: z.string(),
  sharedItems: z.array(z.string()),
  providerServices: z.array(z.string()),
  consentRecordedAt: z.date(),
  createdAt: z.date(),
});

export const screeningView = z.object({
  id: z.string(),
  pseudonym: z.string(),
  status: z.string(),
  version: z.number(),
  source: z.string(),
  sourceRef: z.string().nullable(),
  place: z.object({ kind: z.string(), description: z.string() }),
  language: z.string(),
  interpreter: z.object({ used: z.boolean(), name: z.string().optional(), language: z.string().optional() }),
  consent: z.object({
    interview: z.boolean(),
    toldRights: z.boolean(),
    toldOptions: z.boolean(),
    toldServicesVoluntary: z.boolean(),
  }),
  age: z.number().nullable(),
  ageDoubtful: z.boolean(),
  sex: z.string().nullable(),
  guardian: z.string().nullable(),
  exploitation: z.string(),
  setId: z.string(),
  setVersion: z.string(),
  answers: z.record(z.string(), answer),
  evaluation: z.record(z.string(), z.unknown()).nullable(),
  nonPunishment: z.boolean(),
  startedAt: z.date(),
  completedAt: z.date().nullable(),
  referrals: z.array(referralView),
  protectionCase: z.object({ id: z.string(), status: z.string(), openedAt: z.date() }).nullable(),
});

export const providerView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  languages: z.array(z.string()),
  area: z.string(),
  acceptsChildren: z.boolean(),
  acceptsAdults: z.boolean(),
  sexes: z.array(z.string()),
  beds: z.number().nullable(),
  freeBeds: z.number().nullable(),
  runByAgencyId: z.string().nullable(),
});
